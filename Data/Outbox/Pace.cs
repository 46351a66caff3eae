using SmqBot.Data.Documents;

namespace SmqBot.Data.Outbox;

/// <summary>
/// The outbox's pace, shared by every instance on the store: which worker sends (a lease that runs until
/// <see cref="LeaseUntil"/>), and the moment before which nobody sends because the connector answered 429 with a
/// Retry-After. Worker ids name an instance, not a person.
/// </summary>
public sealed record Pace
{
    /// <summary>The worker that holds the lease (<c>machine/guid</c>), or null when it was given back.</summary>
    public string? Sender { get; init; }
    /// <summary>Unix milliseconds: the lease runs until then; afterwards any worker may take it.</summary>
    public long LeaseUntil { get; init; }
    /// <summary>Unix milliseconds: the tenant was told to wait until then (the latest Retry-After).</summary>
    public long BlockedUntil { get; init; }
}

/// <summary>The one <see cref="Pace"/> document (container <c>leases</c>), changed only under its ETag.</summary>
public sealed class PaceStore(IDocumentDatabase database)
{
    private const string Partition = "outbox";
    private const string Id = "pace";
    private readonly IDocumentContainer _leases = database.Container(ContainerNames.Leases);

    public Task<Stored<Pace>?> ReadAsync(CancellationToken ct = default) => _leases.ReadAsync<Pace>(Partition, Id, ct);

    /// <summary>
    /// Read-modify-write (<see cref="DocumentUpdates.UpdateAsync{T}"/>): <paramref name="change"/> is applied again to
    /// the latest version when someone wrote in between, so a renewal and a recorded pause do not undo each other.
    /// </summary>
    public Task<Stored<Pace>> UpdateAsync(Func<Pace?, Pace> change, CancellationToken ct = default) =>
        _leases.UpdateAsync(Partition, Id, change, ct);
}
