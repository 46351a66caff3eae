namespace SmqBot.Bot.Features.Outbox;

/// <summary>Outbox delivery settings (section <c>Outbox</c>). Defaults follow Teams' documented limits.</summary>
public sealed class OutboxOptions
{
    /// <summary>Requests per second to the Bot Connector for the whole tenant (Teams: about 50 per app per tenant).</summary>
    public double TenantRequestsPerSecond { get; set; } = 50;
    /// <summary>
    /// Attempts before a message is dead-lettered (marked failed with its last reason). With the default back-off, ten
    /// attempts ride out about two minutes of connector failures.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;
    /// <summary>How long a claimed message is reserved for the worker that claimed it; afterwards another may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>
    /// How long the sender's lease runs (<see cref="SenderLease"/>): one instance sends for the tenant; if it dies,
    /// another takes over once this has passed since its last renewal.
    /// </summary>
    public TimeSpan SenderLease { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Messages sent at once by one worker (the pacer keeps the rate).</summary>
    public int Concurrency { get; set; } = 8;
    /// <summary>Due messages read per poll.</summary>
    public int BatchSize { get; set; } = 200;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
    /// <summary>
    /// First retry delay without Retry-After; doubles per attempt, with jitter, up to <see cref="MaxBackoff"/>. Short, so
    /// that a lone 503 costs its recipient a quarter of a second rather than a second (at the end of a send-out, the
    /// whole send-out waits for it); the doubling, not the start, is what protects a connector that is really down.
    /// </summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Run the worker in this process (turn off for an instance that should only answer turns).</summary>
    public bool Enabled { get; set; } = true;
}
