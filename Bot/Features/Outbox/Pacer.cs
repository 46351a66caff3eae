using Microsoft.Extensions.Options;

namespace SmqBot.Bot.Features.Outbox;

/// <summary>
/// Keeps sends within Teams' limits: per tenant a rate (at most N requests in any second), and per conversation at
/// most 7 in any 1 s, 8 in any 2 s and 60 in any 30 s. After a 429, no send before its Retry-After.
/// <para>Teams counts requests when they <i>arrive</i>, and arrival times drift with network and scheduling delays, so
/// every limit is enforced on what the bot can observe: a request may start only while the requests still in flight
/// plus those completed within the window are fewer than the window's limit. Any request arriving within a window has
/// either completed within it or is still in flight, so Teams never sees more than the limit, whatever the latency;
/// the price is the latency itself (about 1% at a few milliseconds). Tenant requests are also spaced evenly, so that a
/// backlog does not start as a burst.</para>
/// The caller disposes the returned ticket when the connector has answered.
/// </summary>
public sealed class Pacer(IOptions<OutboxOptions> options, TimeProvider time)
{
    private static readonly (TimeSpan Window, int Limit)[] ConversationLimits =
        [(TimeSpan.FromSeconds(1), 7), (TimeSpan.FromSeconds(2), 8), (TimeSpan.FromSeconds(30), 60)];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Traffic> _conversations = [];
    private readonly Traffic _tenant = new();
    private readonly long _interval = (long)(time.TimestampFrequency / options.Value.TenantRequestsPerSecond);
    private readonly int _tenantLimit = Math.Max(1, (int)Math.Floor(options.Value.TenantRequestsPerSecond));
    private long _nextTenantSlot;
    private long _blockedUntil;
    private long _lastPrune;

    /// <summary>Requests in flight and completion times (oldest first) for one tenant or conversation.</summary>
    private sealed class Traffic
    {
        public int InFlight;
        public readonly List<long> Completed = [];
    }

    public async Task<IDisposable> WaitTurnAsync(string conversationId, CancellationToken ct)
    {
        long slot;
        lock (_gate)
        {
            slot = Math.Max(Math.Max(time.GetTimestamp(), _blockedUntil), _nextTenantSlot);
            _nextTenantSlot = slot + _interval;
        }
        var wait = time.GetElapsedTime(time.GetTimestamp(), slot);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);

        while (true)
        {
            TimeSpan until;
            lock (_gate)
            {
                var now = time.GetTimestamp();
                Prune(now);
                var conversation = _conversations.TryGetValue(conversationId, out var known) ? known : _conversations[conversationId] = new Traffic();
                var next = Math.Max(_blockedUntil, Math.Max(
                    NextFree(_tenant, now, time.TimestampFrequency, _tenantLimit),
                    ConversationLimits.Max(l => NextFree(conversation, now, (long)(l.Window.TotalSeconds * time.TimestampFrequency), l.Limit))));
                if (next <= now)
                {
                    _tenant.InFlight++;
                    conversation.InFlight++;
                    return new Ticket(this, conversation);
                }
                until = time.GetElapsedTime(now, next);
            }
            await Task.Delay(until > TimeSpan.FromMilliseconds(1) ? until : TimeSpan.FromMilliseconds(1), time, ct);
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

    /// <summary>
    /// When one more request may start within a window of <paramref name="width"/> ticks: now if in-flight plus completed
    /// within the window are under the limit; else when enough completions have left the window (or, if in-flight alone
    /// fill it, shortly, to look again once one completes).
    /// </summary>
    private static long NextFree(Traffic traffic, long now, long width, int limit)
    {
        var start = traffic.Completed.FindIndex(c => c > now - width);   // completions are kept oldest first
        var recent = start < 0 ? 0 : traffic.Completed.Count - start;
        var excess = traffic.InFlight + recent - limit;
        if (excess < 0) return now;
        if (excess >= recent) return now + width / 100; // all taken by requests in flight: look again shortly
        return traffic.Completed[start + excess] + width + 1; // once this one has left the window, one place is free
    }

    private void Completed(Traffic conversation)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            _tenant.InFlight--;
            _tenant.Completed.Add(now);
            conversation.InFlight--;
            conversation.Completed.Add(now);
        }
    }

    /// <summary>Forgets completions older than the longest window, and idle conversations, so that memory follows activity.</summary>
    private void Prune(long now)
    {
        _tenant.Completed.RemoveAll(c => c <= now - time.TimestampFrequency);
        var longest = (long)(ConversationLimits.Max(l => l.Window).TotalSeconds * time.TimestampFrequency);
        if (now - _lastPrune < time.TimestampFrequency) return;
        _lastPrune = now;
        foreach (var (id, traffic) in _conversations.ToList())
        {
            traffic.Completed.RemoveAll(c => c <= now - longest);
            if (traffic.InFlight == 0 && traffic.Completed.Count == 0) _conversations.Remove(id);
        }
    }

    private sealed class Ticket(Pacer pacer, Traffic conversation) : IDisposable
    {
        private int _done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) pacer.Completed(conversation);
        }
    }
}
