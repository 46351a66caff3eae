namespace SmqBot.Data.Documents;

/// <summary>A stored document with the ETag of the version that was read or written.</summary>
public sealed record Stored<T>(T Value, string ETag);

/// <summary>
/// One container of JSON documents, each addressed by (partition key, id), with optimistic concurrency by ETag.
/// Cosmos DB and SQLite implement it side by side; the aggregate stores (People, Installations, …) are written
/// once against it. Outcomes a caller must handle (missing, already exists, stale ETag) are return values;
/// exceptions are faults.
/// </summary>
public interface IDocumentContainer
{
    string Name { get; }

    /// <summary>Point read; null when there is no such document.</summary>
    Task<Stored<T>?> ReadAsync<T>(string partitionKey, string id, CancellationToken ct = default);

    /// <summary>Creates the document; null when one with that id already exists in the partition.</summary>
    Task<Stored<T>?> CreateAsync<T>(string partitionKey, string id, T document, CancellationToken ct = default);

    /// <summary>Replaces the version read with <paramref name="ifMatch"/>; null when it changed since (or is gone).</summary>
    Task<Stored<T>?> ReplaceAsync<T>(string partitionKey, string id, T document, string ifMatch, CancellationToken ct = default);

    Task<Stored<T>> UpsertAsync<T>(string partitionKey, string id, T document, CancellationToken ct = default);

    /// <summary>Deletes the document; false when there was none.</summary>
    Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken ct = default);

    /// <summary>
    /// Documents matching every filter. With <see cref="DocumentQuery.PartitionKey"/> set, a single-partition query;
    /// without it, a cross-partition one (reserved for staff reports and background work).
    /// </summary>
    IAsyncEnumerable<T> QueryAsync<T>(DocumentQuery query, CancellationToken ct = default);
}

/// <summary>The database: one container per aggregate, created on start-up when missing.</summary>
public interface IDocumentDatabase
{
    IDocumentContainer Container(string name);

    Task InitializeAsync(CancellationToken ct = default);
}
