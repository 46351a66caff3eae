using System.Security.Cryptography;
using System.Text;
using SmqBot.Data.Documents;

namespace SmqBot.Data.Outbox;

/// <summary>What a broadcast's messages add up to, for staff.</summary>
/// <param name="Subject">What the send-out is about, in words (its first message's).</param>
/// <param name="Recipients">Who it went to, by name, with how their message is doing.</param>
/// <param name="Messages">The different messages it holds (a cohort's welcomes, its check-ins, its reminders…), each with how many were queued, in the order they first were.</param>
public sealed record BroadcastSummary(string Broadcast, int Sent, int Pending, int Failed, IReadOnlyList<(string Reason, int Count)> FailureReasons,
    string? Subject = null, IReadOnlyList<(string Name, DeliveryStatus Status)>? Recipients = null, IReadOnlyList<(string Subject, int Count)>? Messages = null);

/// <summary>
/// The outbox: one document per message, id derived from the idempotency key, partitioned by broadcast so that a
/// broadcast's status is one single-partition query. The worker's due-message query is cross-partition (background
/// work, never a user turn).
/// </summary>
public sealed class OutboxStore(IDocumentDatabase database)
{
    private readonly IDocumentContainer _outbox = database.Container(ContainerNames.Outbox);

    /// <summary>The document id for a key: a hash, since keys may hold characters Cosmos ids forbid.</summary>
    public static string IdFor(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Adds the message unless one with the same key exists; true when this call added it.</summary>
    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken ct = default) =>
        await _outbox.CreateAsync(message.Broadcast, IdFor(message.Key), message, ct) is not null;

    public Task<Stored<OutboxMessage>?> ReadAsync(string broadcast, string key, CancellationToken ct = default) =>
        _outbox.ReadAsync<OutboxMessage>(broadcast, IdFor(key), ct);

    /// <summary>Writes a new state of a message read with <paramref name="etag"/>; null when someone else wrote it since.</summary>
    public Task<Stored<OutboxMessage>?> ReplaceAsync(OutboxMessage message, string etag, CancellationToken ct = default) =>
        _outbox.ReplaceAsync(message.Broadcast, IdFor(message.Key), message, etag, ct);

    /// <summary>Open messages due by <paramref name="nowMs"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public IAsyncEnumerable<OutboxMessage> DueAsync(long nowMs, int limit, CancellationToken ct = default) =>
        _outbox.QueryAsync<OutboxMessage>(DocumentQuery.AcrossPartitions().Where("open", true).WhereAtMost("dueAt", nowMs).OrderedBy("dueAt").Take(limit), ct);

    /// <summary>The broadcasts of the most recently queued messages, newest first (cross-partition: a staff view).</summary>
    public async Task<IReadOnlyList<string>> RecentBroadcastsAsync(int count, CancellationToken ct = default)
    {
        var names = new List<string>();
        await foreach (var message in _outbox.QueryAsync<OutboxMessage>(DocumentQuery.AcrossPartitions().OrderedBy("createdAt", descending: true).Take(500), ct))
            if (!names.Contains(message.Broadcast) && names.Count < count) names.Add(message.Broadcast);
        return names;
    }

    public async Task<BroadcastSummary> SummaryAsync(string broadcast, CancellationToken ct = default)
    {
        int sent = 0, pending = 0, failed = 0;
        string? subject = null;
        var recipients = new List<(string, DeliveryStatus)>();
        var reasons = new Dictionary<string, int>();
        var messages = new List<(string Subject, int Count)>();
        // Oldest first, so that the send-out is named after its first message and lists the others in the order they came.
        await foreach (var message in _outbox.QueryAsync<OutboxMessage>(DocumentQuery.InPartition(broadcast).OrderedBy("createdAt"), ct))
        {
            subject ??= message.Subject;
            if (message.Subject is { } about)
            {
                var at = messages.FindIndex(m => m.Subject == about);
                if (at < 0) messages.Add((about, 1));
                else messages[at] = (about, messages[at].Count + 1);
            }
            if (message.RecipientName is { } name) recipients.Add((name, message.Status));
            switch (message.Status)
            {
                case DeliveryStatus.Sent: sent++; break;
                case DeliveryStatus.Failed:
                    failed++;
                    var reason = message.LastError ?? "?";
                    reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                    break;
                default: pending++; break;
            }
        }
        return new(broadcast, sent, pending, failed, [.. reasons.OrderByDescending(r => r.Value).Select(r => (r.Key, r.Value))], subject, recipients, messages);
    }
}
