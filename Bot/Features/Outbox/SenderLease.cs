using Microsoft.Extensions.Options;
using SmqBot.Data.Documents;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Outbox;

/// <summary>
/// One sender at a time for the tenant, however many instances run: the outbox worker sends only while it holds the
/// lease in the shared <see cref="Pace"/> document (taken and renewed with conditional writes), so the
/// <see cref="Pacer"/> of that one process is the tenant's pace. A 429's Retry-After is written to the same document,
/// and a worker that takes the lease over waits it out before its first send.
///
/// <para><b>Why a lease and not a shared token bucket.</b> A bucket in the store costs a conditional write per send
/// (or per batch of tokens) from every instance, and two instances contend for the same document at 50 writes per
/// second; its pace is only as even as the store's latency. The lease costs one write per third of its duration, keeps
/// the exact in-process pacer (in-flight and completed requests per window, whatever the latency), and one instance
/// sends the tenant's 50 requests per second with room to spare. The price is the takeover: when the sender dies, the
/// others wait for its lease to run out (<see cref="OutboxOptions.SenderLease"/>) before sending.</para>
///
/// <para><b>Never two senders.</b> The holder renews every third of the lease and stops sending once half of it has
/// passed without a renewal (a store outage, a slow disk): it measures that on its own monotonic clock, from before the
/// write it last succeeded with. The others take over only once <see cref="Pace.LeaseUntil"/> has passed on the wall
/// clock, half a lease later: the margin absorbs clock skew between instances, and gives Teams' one-second tenant window
/// time to empty.</para>
/// </summary>
public sealed class SenderLease(PaceStore store, Pacer pacer, IOptions<OutboxOptions> options, TimeProvider time, ILogger<SenderLease> logger)
{
    private readonly TimeSpan _duration = options.Value.SenderLease;
    private readonly Lock _gate = new();
    private string? _holder;
    private long _renewedAt;

    /// <summary>How often the holder renews, and how often the others look whether it is free.</summary>
    public TimeSpan RenewEvery => _duration / 3;

    /// <summary>Whether <paramref name="worker"/> holds the lease and renewed it less than half a lease ago.</summary>
    public bool IsHeldBy(string worker)
    {
        lock (_gate) return _holder == worker && time.GetElapsedTime(_renewedAt) < _duration / 2;
    }

    /// <summary>
    /// Takes the lease when nobody holds it or it ran out, renews it when <paramref name="worker"/> holds it; false when
    /// another worker holds it (or wrote first). A worker taking it over honours the pause the previous one recorded.
    /// </summary>
    public async Task<bool> HoldAsync(string worker, CancellationToken ct)
    {
        var before = time.GetTimestamp();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        // On the latest version: a pause recorded meanwhile (by this worker's own 429) is kept, not a reason to let go.
        var written = await store.UpdateAsync(pace => pace is not null && pace.Sender != worker && pace.LeaseUntil > now
            ? pace
            : (pace ?? new Pace()) with { Sender = worker, LeaseUntil = now + (long)_duration.TotalMilliseconds }, ct);
        if (written.Value.Sender != worker) return Lost(worker);
        bool takenOver;
        lock (_gate)
        {
            takenOver = _holder != worker;
            _holder = worker;
            _renewedAt = before;
        }
        if (takenOver)
        {
            if (written.Value.BlockedUntil > now) pacer.Throttled(TimeSpan.FromMilliseconds(written.Value.BlockedUntil - now));
            logger.LogInformation("Outbox worker {Worker} is now the sender", worker);
        }
        return true;
    }

    private bool Lost(string worker)
    {
        lock (_gate)
        {
            if (_holder != worker) return false;
            _holder = null;
        }
        logger.LogWarning("Outbox worker {Worker} lost the sender lease", worker);
        return false;
    }

    /// <summary>The connector said 429: this process pauses at once, and the pause is recorded for whoever sends next.</summary>
    public async Task ThrottledAsync(TimeSpan retryAfter, CancellationToken ct)
    {
        pacer.Throttled(retryAfter);
        var until = (time.GetUtcNow() + retryAfter).ToUnixTimeMilliseconds();
        await store.UpdateAsync(pace => pace is not null && pace.BlockedUntil >= until ? pace : (pace ?? new Pace()) with { BlockedUntil = until }, ct);
    }

    /// <summary>
    /// Gives the lease back (a graceful stop), so that another instance takes over a second later (Teams' tenant window,
    /// for this one's last sends to leave it) instead of waiting the lease out.
    /// </summary>
    public async Task ReleaseAsync(string worker, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_holder != worker) return;
            _holder = null;
        }
        var releasedUntil = time.GetUtcNow().ToUnixTimeMilliseconds() + 1000;
        await store.UpdateAsync(pace => pace?.Sender == worker ? pace with { Sender = null, LeaseUntil = releasedUntil } : pace ?? new Pace(), ct);
    }
}
