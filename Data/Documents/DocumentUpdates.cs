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
}
