using Microsoft.Extensions.Options;
using SmqBot.Cards.Common;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Routing;

/// <summary>Programme settings (section <c>Smq</c>).</summary>
public sealed class SmqOptions
{
    /// <summary>SMQ staff, by Entra object id or user principal name. Staff can also be granted the role in the store.</summary>
    public List<string> Staff { get; set; } = [];

    /// <summary>The bot's public address (https://…/), for links it hands out, such as CSV downloads.</summary>
    public string PublicUrl { get; set; } = "http://localhost:3978/";
}

/// <summary>Turns what the activity says about its sender into a <see cref="Caller"/>: one point read, a write only when something changed.</summary>
public sealed class Callers(PeopleStore people, IOptionsMonitor<SmqOptions> options)
{
    public async Task<Caller> IdentifyAsync(Contact contact, CancellationToken ct)
    {
        var known = await people.FindAsync(contact.AadObjectId, ct);
        var person = await people.RecordContactAsync(contact, known, ct);
        return For(person, contact.Locale) with { Reach = contact.Reach };
    }

    /// <summary>Whether someone is staff now (configured, or granted in the store): what a download minted for them checks.</summary>
    public async Task<bool> IsStaffAsync(string aadObjectId, CancellationToken ct) =>
        await people.FindAsync(aadObjectId, ct) is { } person && For(person, null).Has(Role.Staff);

    /// <summary>The caller as the activity alone describes them, without reading the store.</summary>
    public Caller FromActivity(Contact contact) =>
        For(new Person { AadObjectId = contact.AadObjectId, TenantId = contact.TenantId, Name = contact.Name, Locale = contact.Locale }, contact.Locale) with { Reach = contact.Reach };

    public Caller For(Person person, string? locale)
    {
        var staff = options.CurrentValue.Staff;
        var namedStaff = staff.Contains(person.AadObjectId, StringComparer.OrdinalIgnoreCase)
            || (person.Email is not null && staff.Contains(person.Email, StringComparer.OrdinalIgnoreCase));
        IReadOnlyList<Role> roles = namedStaff && !person.Roles.Contains(Role.Staff) ? [Role.Staff, .. person.Roles] : person.Roles;
        return new Caller(person, roles, Texts.For(locale ?? person.Locale));
    }
}
