using Microsoft.Extensions.Options;

namespace SmqBot.Bot.Features.Outbox;

/// <summary>
/// Keeps sends within Teams' limits: a tenant-wide rate (evenly spaced slots), and per conversation at most
/// 7 in any 1 s, 8 in any 2 s and 60 in any 30 s. After a 429, no send before its Retry-After.
/// Each caller reserves the earliest slot that satisfies every limit, then waits for it.
/// Teams counts requests when they arrive, and network delays vary (the first request on a new connection is slower),
/// so the pacer keeps a margin: each conversation window is 100 ms wider, and the tenant rate 2% lower, than Teams'.
/// </summary>
public sealed class Pacer(IOptions<OutboxOptions> options, TimeProvider time)
{
    private static readonly TimeSpan WindowMargin = TimeSpan.FromMilliseconds(100);
    private const double RateMargin = 0.98;

    private static readonly (TimeSpan Window, int Limit)[] ConversationLimits =
        [(TimeSpan.FromSeconds(1) + WindowMargin, 7), (TimeSpan.FromSeconds(2) + WindowMargin, 8), (TimeSpan.FromSeconds(30) + WindowMargin, 60)];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<long>> _sendsByConversation = [];
    private readonly long _interval = (long)(time.TimestampFrequency / (options.Value.TenantRequestsPerSecond * RateMargin));
    private long _nextTenantSlot;
    private long _blockedUntil;
    private long _lastPrune;

    public async Task WaitTurnAsync(string conversationId, CancellationToken ct)
    {
        long slot;
        lock (_gate)
        {
            var now = time.GetTimestamp();
            Prune(now);
            var sends = _sendsByConversation.TryGetValue(conversationId, out var list) ? list : _sendsByConversation[conversationId] = [];
            slot = Math.Max(Math.Max(now, _blockedUntil), EarliestFor(sends, now));
            slot = Math.Max(slot, _nextTenantSlot);
            _nextTenantSlot = slot + _interval;
            sends.Add(slot);
        }
        var wait = time.GetElapsedTime(time.GetTimestamp(), slot);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);
    }

    /// <summary>The connector said 429: nobody sends before <paramref name="retryAfter"/> has passed.</summary>
    public void Throttled(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = time.GetTimestamp() + (long)(retryAfter.TotalSeconds * time.TimestampFrequency);
            _blockedUntil = Math.Max(_blockedUntil, until);
            _nextTenantSlot = Math.Max(_nextTenantSlot, _blockedUntil);
        }
    }

    /// <summary>The earliest time at which one more send to this conversation keeps every window within its limit.</summary>
    private long EarliestFor(List<long> sends, long from)
    {
        var candidate = from;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (window, limit) in ConversationLimits)
            {
                var width = (long)(window.TotalSeconds * time.TimestampFrequency);
                // Sends inside (candidate - width, candidate]; sends are kept in reservation order, which is time order.
                var inside = sends.Where(s => s > candidate - width).ToList();
                if (inside.Count < limit) continue;
                candidate = inside[inside.Count - limit] + width + 1;
                changed = true;
            }
        }
        return candidate;
    }

    /// <summary>Forgets sends older than the longest window, so that memory follows active conversations only.</summary>
    private void Prune(long now)
    {
        var longest = (long)(ConversationLimits.Max(l => l.Window).TotalSeconds * time.TimestampFrequency);
        if (now - _lastPrune < longest) return;
        _lastPrune = now;
        foreach (var (conversation, sends) in _sendsByConversation.ToList())
        {
            sends.RemoveAll(s => s <= now - longest);
            if (sends.Count == 0) _sendsByConversation.Remove(conversation);
        }
    }
}
