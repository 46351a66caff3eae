using Microsoft.Extensions.Options;

namespace SmqBot.Bot.Features.Outbox;

/// <summary>
/// Keeps sends within Teams' limits: per tenant a rate (at most N requests in any second), and per conversation at
/// most 7 in any 1 s, 8 in any 2 s and 60 in any 30 s. After a 429, no send before its Retry-After.
/// <para>Each caller first reserves the earliest evenly spaced slot that satisfies the conversation windows. Teams counts
/// requests when they <i>arrive</i>, and arrival times drift with network and scheduling delays, so the tenant limit
/// is then enforced on what the bot can observe: a request may start only while those still in flight plus those
/// completed within the last second are fewer than the limit. Any request arriving within a given second has either
/// completed within it or is still in flight, so Teams never sees more than the limit, whatever the latency; the
/// price is the latency itself (about 1% at a few milliseconds). Conversation windows get a 100 ms margin instead.</para>
/// The caller disposes the returned ticket when the connector has answered.
/// </summary>
public sealed class Pacer(IOptions<OutboxOptions> options, TimeProvider time)
{
    private static readonly TimeSpan WindowMargin = TimeSpan.FromMilliseconds(100);

    private static readonly (TimeSpan Window, int Limit)[] ConversationLimits =
        [(TimeSpan.FromSeconds(1) + WindowMargin, 7), (TimeSpan.FromSeconds(2) + WindowMargin, 8), (TimeSpan.FromSeconds(30) + WindowMargin, 60)];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<long>> _sendsByConversation = [];
    private readonly long _interval = (long)(time.TimestampFrequency / options.Value.TenantRequestsPerSecond);
    private readonly int _tenantLimit = Math.Max(1, (int)Math.Floor(options.Value.TenantRequestsPerSecond));
    private readonly Queue<long> _completed = new();
    private int _inFlight;
    private long _nextTenantSlot;
    private long _blockedUntil;
    private long _lastPrune;

    public async Task<IDisposable> WaitTurnAsync(string conversationId, CancellationToken ct)
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

        while (true)
        {
            TimeSpan until;
            lock (_gate)
            {
                var now = time.GetTimestamp();
                while (_completed.Count > 0 && _completed.Peek() <= now - time.TimestampFrequency) _completed.Dequeue();
                if (_inFlight + _completed.Count < _tenantLimit && now >= _blockedUntil)
                {
                    _inFlight++;
                    return new Ticket(this);
                }
                var next = Math.Max(_blockedUntil, _completed.Count > 0 ? _completed.Peek() + time.TimestampFrequency : now);
                until = time.GetElapsedTime(now, next);
            }
            await Task.Delay(until > TimeSpan.FromMilliseconds(1) ? until : TimeSpan.FromMilliseconds(1), time, ct);
        }
    }

    private void Completed()
    {
        lock (_gate)
        {
            _inFlight--;
            _completed.Enqueue(time.GetTimestamp());
        }
    }

    private sealed class Ticket(Pacer pacer) : IDisposable
    {
        private int _done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) pacer.Completed();
        }
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
