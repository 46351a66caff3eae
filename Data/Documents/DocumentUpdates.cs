namespace SmqBot.Data.Documents;

public static class DocumentUpdates
{
    private const int MaxAttempts = 50;

    /// <summary>
    /// Read-modify-write under optimistic concurrency: reads the document (or starts from null), applies
    /// <paramref name="change"/>, and writes it back only if nobody wrote in between; otherwise reads again and
    /// re-applies the change, so that concurrent writers lose nothing. <paramref name="change"/> must be a pure
    /// function of the current version; returning the same instance means "no change" and writes nothing.
    /// </summary>
    public static async Task<Stored<T>> UpdateAsync<T>(this IDocumentContainer container, string partitionKey, string id,
        Func<T?, T> change, CancellationToken ct = default) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await container.ReadAsync<T>(partitionKey, id, ct);
            var next = change(current?.Value);
            if (current is not null && ReferenceEquals(next, current.Value)) return current;
            var written = current is null
                ? await container.CreateAsync(partitionKey, id, next, ct)
                : await container.ReplaceAsync(partitionKey, id, next, current.ETag, ct);
            if (written is not null) return written;
            if (attempt == MaxAttempts)
                throw new InvalidOperationException($"Gave up updating a document in {container.Name} after {MaxAttempts} conflicting writes.");
            // Someone else wrote first: back off a little, with jitter, so that the writers spread out.
            await Task.Delay(Random.Shared.Next(1, 5 * Math.Min(attempt, 10)), ct);
        }
    }

    /// <summary>
    /// Changes an existing document on its latest version (again, after a short jittered wait, if someone wrote in
    /// between): <paramref name="change"/> returns the document as it should be, the same instance to leave it as it
    /// is, or null to delete it. A missing document stays missing.
    /// </summary>
    public static async Task<DocumentChange> ChangeAsync<T>(this IDocumentContainer container, string partitionKey, string id,
        Func<T, T?> change, CancellationToken ct = default) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await container.ReadAsync<T>(partitionKey, id, ct);
            if (current is null) return DocumentChange.Missing;
            var next = change(current.Value);
            if (next is null) return await container.DeleteAsync(partitionKey, id, ct) ? DocumentChange.Deleted : DocumentChange.Missing;
            if (ReferenceEquals(next, current.Value)) return DocumentChange.Unchanged;
            if (await container.ReplaceAsync(partitionKey, id, next, current.ETag, ct) is not null) return DocumentChange.Replaced;
            if (attempt == MaxAttempts)
                throw new InvalidOperationException($"Gave up changing a document in {container.Name} after {MaxAttempts} conflicting writes.");
            await Task.Delay(Random.Shared.Next(1, 5 * Math.Min(attempt, 10)), ct);
        }
    }
}

/// <summary>What <see cref="DocumentUpdates.ChangeAsync{T}"/> did.</summary>
public enum DocumentChange { Missing, Unchanged, Replaced, Deleted }
