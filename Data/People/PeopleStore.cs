using SmqBot.Data.Documents;

namespace SmqBot.Data.People;

/// <summary>What the bot learnt about a person from one activity.</summary>
/// <param name="Reach">How to open a personal chat with them (their Teams user id, the service URL, the bot), from the activity.</param>
public sealed record Contact(string AadObjectId, string TenantId, string? Name, string? Locale, ConversationAddress? PersonalConversation, string? Email = null,
    Outbox.PersonalTarget? Reach = null);

/// <summary>People, one document each, partitioned by their AAD object id so that every turn is a point read.</summary>
public sealed class PeopleStore(IDocumentDatabase database, TimeProvider time)
{
    private readonly IDocumentContainer _people = database.Container(ContainerNames.People);

    public async Task<Person?> FindAsync(string aadObjectId, CancellationToken ct = default) =>
        (await _people.ReadAsync<Person>(aadObjectId, aadObjectId, ct))?.Value;

    /// <summary>
    /// Records who wrote and where to reach them (their personal chat, and how to open one: <see cref="Person.Reach"/>). Writes only when something changed, so a known person's
    /// ordinary turn costs one point read.
    /// </summary>
    public async Task<Person> RecordContactAsync(Contact contact, Person? known, CancellationToken ct = default)
    {
        contact = contact with { Email = contact.Email?.Trim().ToLowerInvariant() };
        if (known is not null && !Changes(known, contact)) return known;
        var stored = await _people.UpdateAsync<Person>(contact.AadObjectId, contact.AadObjectId, current =>
            current is null
                ? new Person
                {
                    AadObjectId = contact.AadObjectId,
                    TenantId = contact.TenantId,
                    Name = contact.Name,
                    Email = contact.Email,
                    EmailCheckedAt = contact.Email is null ? null : time.GetUtcNow(),
                    Locale = contact.Locale,
                    PersonalConversation = contact.PersonalConversation,
                    Reach = contact.Reach,
                    FirstSeen = time.GetUtcNow(),
                }
                : Changes(current, contact)
                    ? current with
                    {
                        Name = contact.Name ?? current.Name,
                        Email = contact.Email ?? current.Email,
                        EmailCheckedAt = contact.Email is null ? current.EmailCheckedAt : time.GetUtcNow(),
                        Locale = contact.Locale ?? current.Locale,
                        PersonalConversation = contact.PersonalConversation ?? current.PersonalConversation,
                        Reach = contact.Reach ?? current.Reach,
                    }
                    : current, ct);
        return stored.Value;
    }

    public async Task<Person> UpdateAsync(string aadObjectId, Func<Person, Person> change, CancellationToken ct = default) =>
        (await _people.UpdateAsync<Person>(aadObjectId, aadObjectId,
            current => change(current ?? throw new InvalidOperationException("No such person.")), ct)).Value;

    /// <summary>
    /// Someone known to the bot by e-mail / UPN (stored in lower case): cross-partition, for staff actions only. Text
    /// that cannot be an address (empty, without @, over 254 characters) finds nobody without a query.
    /// </summary>
    public async Task<Person?> FindByEmailAsync(string? email, CancellationToken ct = default)
    {
        if (email is not { Length: > 0 and <= 254 } || !email.Contains('@')) return null;
        await foreach (var person in _people.QueryAsync<Person>(DocumentQuery.AcrossPartitions().Where("email", email.Trim().ToLowerInvariant()).Take(1), ct))
            return person;
        return null;
    }

    /// <summary>
    /// Someone the bot has so far met only through actions that do not record people (an application from a channel):
    /// stored from <paramref name="seed"/> when unknown; someone known keeps their profile and learns how to be reached (and
    /// their institution, if their profile had none).
    /// </summary>
    public async Task<Person> EnsureKnownAsync(Person seed, CancellationToken ct = default) =>
        (await _people.UpdateAsync<Person>(seed.AadObjectId, seed.AadObjectId,
            current => current is null ? seed : current with { Reach = current.Reach ?? seed.Reach, Institution = current.Institution ?? seed.Institution }, ct)).Value;

    /// <summary>People SmqBot still has to install itself for (<see cref="AppInstall.Pending"/>), due by <paramref name="nowMs"/>: cross-partition, background work only.</summary>
    public IAsyncEnumerable<Person> InstallsDueAsync(long nowMs, int limit, CancellationToken ct = default) =>
        _people.QueryAsync<Person>(DocumentQuery.AcrossPartitions().Where("appInstall.pending", true).WhereAtMost("appInstall.dueAt", nowMs).Take(limit), ct);

    public Task<Person> GrantRoleAsync(string aadObjectId, Role role, CancellationToken ct = default) =>
        UpdateAsync(aadObjectId, p => p.Roles.Contains(role) ? p : p with { Roles = [.. p.Roles, role] }, ct);

    private static bool Changes(Person person, Contact contact) =>
        (contact.Name is not null && contact.Name != person.Name)
        // An address in the contact was just fetched from Teams: recorded with when, even if it is the same.
        || contact.Email is not null
        || (contact.Locale is not null && !string.Equals(contact.Locale, person.Locale, StringComparison.OrdinalIgnoreCase))
        || (contact.PersonalConversation is not null && contact.PersonalConversation != person.PersonalConversation)
        // How to reach them is learnt from every activity, in any scope; the same one each turn writes nothing.
        || (contact.Reach is not null && contact.Reach != person.Reach);
}
