namespace SmqBot.Bot.Features;

/// <summary>
/// A background pass run every <paramref name="interval"/> on the given clock, while <paramref name="enabled"/>: a pass
/// that fails is logged and the next one runs as usual. The schedulers are built on it; tests call
/// <see cref="RunOnceAsync"/> themselves instead.
/// </summary>
public abstract class PeriodicWork(bool enabled, TimeSpan interval, TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;
    protected ILogger Logger { get; } = logger;

    public abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Logger.LogError(e, "{Work} failed", GetType().Name);
            }
            try
            {
                await Task.Delay(interval, Time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
