using SmqBot.Data.Documents;

namespace SmqBot.Data.People;

/// <summary>A cohort someone was added to before SmqBot knew them: as a member, or as one of its experts.</summary>
public sealed record CohortInvite(string CohortId, bool AsExpert);

/// <summary>
/// Someone staff added by e-mail whom SmqBot does not know yet (they have neither installed the app nor written to it,
/// and Graph could not name them): what they were added to, kept until they first install or write with that address.
/// Then each entry is carried out as if staff had added them that moment. One document per address.
/// </summary>
public sealed record Invitation : Privacy.IPersonalRecord<Invitation>
{
    /// <summary>
    /// An invitation is addressed to one person, by address (erased with them); an accompaniment waiting in it also names
    /// its other person (the expert, say), who sees that it waits but never the invitee's address.
    /// </summary>
    public static Privacy.PersonalDataDeclaration<Invitation> PersonalData { get; } = new()
    {
        People = i => i.Accompaniments.SelectMany(a => new[] { a.CoachedPerson, a.Expert }).Where(p => !p.IsNotKnownYet)
            .Select(p => new Privacy.Reference(p.AadObjectId, Privacy.PersonRole.Expert)),
        Export = (i, me) => i.Accompaniments.Where(a => a.Expert.AadObjectId == me || a.CoachedPerson.AadObjectId == me)
            .Select(a => Privacy.ExportRow.Of("invitations", ("invited", i.InvitedAt), ("institution", a.Institution.Name), ("waitingFor", "Invited"))),
        Erase = (i, e) => e.Emails.Contains(i.Email) ? null : i with { Accompaniments = [.. i.Accompaniments.Select(a => a with { Expert = e.Ref(a.Expert), CoachedPerson = e.Ref(a.CoachedPerson) })] },
    };

    /// <summary>What the person it is addressed to sees of it (found by their address): when, and to how many courses.</summary>
    public IEnumerable<Privacy.ExportRow> ExportForInvitee() =>
        [Privacy.ExportRow.Of("invitations", ("invited", InvitedAt), ("email", Email), ("courses", Cohorts.Count + Accompaniments.Count))];

    /// <summary>Lower case; also the document's id and partition.</summary>
    public required string Email { get; init; }
    public required string TenantId { get; init; }
    public IReadOnlyList<CohortInvite> Cohorts { get; init; } = [];
    /// <summary>
    /// Accompaniments waiting for this person (and perhaps for the other one too): the accompaniment as staff made it,
    /// with this person's reference still without an Entra id. Started once both people are known.
    /// </summary>
    public IReadOnlyList<Coaching.Accompaniment> Accompaniments { get; init; } = [];
    public DateTimeOffset InvitedAt { get; init; }
}

/// <summary>Invitations by e-mail address (point reads only: the address is the key).</summary>
public sealed class InvitationStore(IDocumentDatabase database, TimeProvider time)
{
    private readonly IDocumentContainer _invitations = database.Container(ContainerNames.Invitations);

    /// <summary>The address in lower case.</summary>
    public static string Normal(string email) => email.Trim().ToLowerInvariant();

    // An address may hold characters a document id cannot ('/', '#', '?'): the id is its hash.
    private static string Key(string email) => Outbox.OutboxStore.IdFor("invitation:" + Normal(email));

    public async Task<Invitation?> FindAsync(string email, CancellationToken ct = default) =>
        (await _invitations.ReadAsync<Invitation>(Key(email), Key(email), ct))?.Value;

    /// <summary>Every invitation still waiting (cross-partition, for staff cards: a programme has a few dozen at most).</summary>
    public IAsyncEnumerable<Invitation> AllAsync(CancellationToken ct = default) =>
        _invitations.QueryAsync<Invitation>(DocumentQuery.AcrossPartitions(), ct);

    /// <summary>Adds to what the address was invited to (the same entry twice stays once).</summary>
    public async Task<Invitation> AddAsync(string email, string tenantId, Func<Invitation, Invitation> change, CancellationToken ct = default) =>
        (await _invitations.UpdateAsync<Invitation>(Key(email), Key(email), current =>
            change(current ?? new Invitation { Email = Normal(email), TenantId = tenantId, InvitedAt = time.GetUtcNow() }), ct)).Value;

    public Task<bool> DeleteAsync(string email, CancellationToken ct = default) => _invitations.DeleteAsync(Key(email), Key(email), ct);
}
