using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SmqBot.Bot.Teams;

/// <summary>Per-caller budgets (section <c>Limits</c>). Defaults suit a person in Teams; a flood stays within them.</summary>
public sealed class LimitsOptions
{
    /// <summary>Turns a person may have a minute (messages and card actions).</summary>
    public int TurnsPerMinute { get; set; } = 60;
    /// <summary>Expensive turns a person may have a minute: `mes données`, `rapport`, hour statements.</summary>
    public int ExpensivePerMinute { get; set; } = 10;
    /// <summary>Downloads (files and charts) a person may open a minute.</summary>
    public int DownloadsPerMinute { get; set; } = 10;
    /// <summary>Refused requests (no token, a bad token, too large, not an activity) an address may send a minute before it is refused unread.</summary>
    public int FailuresPerMinute { get; set; } = 60;
}

/// <summary>
/// What one caller may cost, with the rate limiters of <c>System.Threading.RateLimiting</c> (the ones ASP.NET Core's
/// rate-limiting middleware is built on): before authentication, by remote address, counting only requests that were
/// refused (the Bot Connector's own addresses carry everyone's traffic, so only failures are held against an address);
/// once the Bot Framework has authenticated the activity, by the sender (Entra object id), a general budget and a small
/// one for expensive work. Windows slide, nothing queues: beyond a budget the answer is immediate.
/// </summary>
public sealed class EdgeLimits : IDisposable
{
    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _failures;
    private readonly PartitionedRateLimiter<string> _turns;
    private readonly PartitionedRateLimiter<string> _expensive;

    public EdgeLimits(IOptions<LimitsOptions> options)
    {
        var limits = options.Value;
        _failures = PerMinute(limits.FailuresPerMinute);
        _turns = PerMinute(limits.TurnsPerMinute);
        _expensive = PerMinute(limits.ExpensivePerMinute);
    }

    /// <summary>A sliding minute of <paramref name="permits"/> per key (six ten-second segments), no queue.</summary>
    internal static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => Window(permits)));

    internal static SlidingWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0, AutoReplenishment = true,
    };

    /// <summary>Whether an address may still be heard (it has not used up its refusals this minute); consumes nothing.</summary>
    public bool MayTry(string address)
    {
        using var lease = _failures.AttemptAcquire(address, 0);
        return lease.IsAcquired;
    }

    /// <summary>Holds a refused request against its address.</summary>
    public void Failed(string address) => _failures.AttemptAcquire(address).Dispose();

    /// <summary>Takes one turn from <paramref name="caller"/>'s general budget; false when it is spent.</summary>
    public bool TryTurn(string caller) => Take(_turns, caller);

    /// <summary>Takes one from <paramref name="caller"/>'s budget for expensive work; false when it is spent.</summary>
    public bool TryExpensive(string caller) => Take(_expensive, caller);

    private static bool Take(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _failures.Dispose();
        _turns.Dispose();
        _expensive.Dispose();
    }
}
