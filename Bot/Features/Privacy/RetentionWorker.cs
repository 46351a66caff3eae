using Microsoft.Extensions.Options;
using SmqBot.Data.Privacy;

namespace SmqBot.Bot.Features.Privacy;

/// <summary>
/// Anonymises the people of every course closed more than <see cref="PrivacyOptions.RetentionYears"/> ago (s. 23 of the
/// Act): see <see cref="PersonalData.RetentionPassAsync"/>. Each instance passes with its own name; a course is leased to
/// one of them at a time, so two instances never anonymise the same course at once, and a pass is idempotent.
/// </summary>
public sealed class RetentionWorker(PersonalData data, PrivacyStore privacy, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<RetentionWorker> logger)
    : PeriodicWork(options.Value.RetentionEnabled, options.Value.RetentionInterval, time, logger)
{
    public string Instance { get; init; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";

    public override async Task RunOnceAsync(CancellationToken ct)
    {
        var cutoff = Time.GetUtcNow().AddYears(-options.Value.RetentionYears);
        var done = await data.RetentionPassAsync(Instance, cutoff, ct);
        if (done == 0) return;
        logger.LogInformation("Retention: {Count} courses anonymised", done);
        await privacy.LogAsync("retention", AccessAction.Retention, $"{done}", ct);
    }
}
