using Microsoft.Extensions.Options;
using SmqBot.Data.Privacy;

namespace SmqBot.Bot.Features.Privacy;

/// <summary>
/// Anonymises the people of every course closed more than <see cref="PrivacyOptions.RetentionYears"/> ago (s. 23 of the
/// Act): see <see cref="PersonalData.RetentionPassAsync"/>. Each instance passes with its own name; a course is leased to
/// one of them at a time, so two instances never anonymise the same course at once, and a pass is idempotent. The same pass
/// forgets what delivered messages said after <see cref="PrivacyOptions.MessageRetentionDays"/> and access-log lines after
/// <see cref="PrivacyOptions.AccessLogYears"/>.
/// </summary>
public sealed class RetentionWorker(PersonalData data, PrivacyStore privacy, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<RetentionWorker> logger)
    : PeriodicWork(options.Value.RetentionEnabled, options.Value.RetentionInterval, time, logger)
{
    public string Instance { get; init; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";

    public override async Task RunOnceAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var forgotten = await data.ForgetOldAsync(now.AddDays(-options.Value.MessageRetentionDays), now.AddYears(-options.Value.AccessLogYears), ct);
        if (forgotten > 0) logger.LogInformation("Retention: {Count} old message cards and access-log lines forgotten", forgotten);
        var done = await data.RetentionPassAsync(Instance, now.AddYears(-options.Value.RetentionYears), ct);
        if (done == 0) return;
        logger.LogInformation("Retention: {Count} courses anonymised", done);
        await privacy.LogAsync("retention", AccessAction.Retention, $"{done}", ct);
    }
}
