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

    /// <summary>
    /// The language ("fr" or "en") for people who have not chosen one in `profil`, instead of the one Teams reports; empty
    /// follows Teams. The Development settings say "fr": the Agents Playground reports en-US for everyone.
    /// </summary>
    public string? DefaultLanguage { get; set; }

    /// <summary>The staff entries that say something (trimmed; empty ones, as an unset environment variable leaves, ignored).</summary>
    public IReadOnlyList<string> StaffEntries() => [.. Staff.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())];
}

/// <summary>Turns what the activity says about its sender into a <see cref="Caller"/>: one point read, a write only when something changed.</summary>
public sealed class Callers(PeopleStore people, IOptionsMonitor<SmqOptions> options, TimeProvider time)
{
    /// <summary>How long a UPN Teams gave stays good enough to recognise staff named by UPN.</summary>
    public static readonly TimeSpan UpnFreshFor = TimeSpan.FromHours(24);

    public async Task<Caller> IdentifyAsync(Contact contact, CancellationToken ct)
    {
        // Without an Entra object id there is no one to remember: answered as a stranger, and nothing is stored.
        if (contact.AadObjectId.Length == 0) return FromActivity(contact);
        var known = await people.FindAsync(contact.AadObjectId, ct);
        var person = await people.RecordContactAsync(contact, known, ct);
        return For(person, contact.Locale) with { Reach = contact.Reach, FirstTurn = known is null };
    }

    /// <summary>Whether someone is staff now (configured, or granted in the store): what a download minted for them checks.</summary>
    public async Task<bool> IsStaffAsync(string aadObjectId, CancellationToken ct) =>
        await people.FindAsync(aadObjectId, ct) is { } person && For(person, null).Has(Role.Staff);

    /// <summary>
    /// The caller as the activity alone describes them, without reading the store. <paramref name="cardLanguage"/> is the
    /// language of the card the action came from (our cards carry it): the one the person reads in, stored choice or not.
    /// </summary>
    public Caller FromActivity(Contact contact, string? cardLanguage = null) =>
        For(new Person { AadObjectId = contact.AadObjectId, TenantId = contact.TenantId, Name = contact.Name, Locale = contact.Locale, Language = Language(cardLanguage) }, contact.Locale)
            with { Reach = contact.Reach };

    /// <summary>
    /// The texts someone reads: the language they chose in `profil`, else the configured default, else the locale of the
    /// activity (<paramref name="activityLocale"/>, null for a proactive message) or the last one Teams reported for them.
    /// </summary>
    public Texts TextsFor(Person person, string? activityLocale) =>
        Texts.For(Language(person.Language) ?? Language(options.CurrentValue.DefaultLanguage) ?? activityLocale ?? person.Locale);

    /// <summary>
    /// The texts of what a channel reads (shared by everyone in the team, whatever each one's locale): the configured
    /// default language, else French, the programme's first language (calls are posted in French too).
    /// </summary>
    public Texts ChannelTexts => Texts.For(Language(options.CurrentValue.DefaultLanguage) ?? "fr");

    /// <summary>"fr" or "en" when <paramref name="language"/> names one of them; null otherwise (card data and settings are checked, not trusted).</summary>
    public static string? Language(string? language) => language is "fr" or "en" ? language : null;

    /// <summary>
    /// Whether the UPN SmqBot holds for <paramref name="person"/> names staff in configuration but is too old to trust
    /// (<see cref="UpnFreshFor"/>): the edge then asks Teams for it again before the turn.
    /// </summary>
    public bool UpnNeedsCheck(Person person) =>
        person.Email is { } email && options.CurrentValue.StaffEntries().Contains(email, StringComparer.OrdinalIgnoreCase) && !UpnIsFresh(person);

    private bool UpnIsFresh(Person person) => person.EmailCheckedAt is { } at && time.GetUtcNow() - at <= UpnFreshFor;

    public Caller For(Person person, string? locale)
    {
        var staff = options.CurrentValue.StaffEntries();
        var namedStaff = (person.AadObjectId.Length > 0 && staff.Contains(person.AadObjectId, StringComparer.OrdinalIgnoreCase))
            || (person.Email is not null && UpnIsFresh(person) && staff.Contains(person.Email, StringComparer.OrdinalIgnoreCase));
        IReadOnlyList<Role> roles = namedStaff && !person.Roles.Contains(Role.Staff) ? [Role.Staff, .. person.Roles] : person.Roles;
        return new Caller(person, roles, TextsFor(person, locale));
    }
}
