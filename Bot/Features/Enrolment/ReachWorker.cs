using Microsoft.Extensions.Options;
using SmqBot.Data;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Enrolment;

/// <summary>Installing SmqBot for the people staff add (section <c>Reach</c>).</summary>
public sealed class ReachOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Passes that fail in a row before someone is reported unreachable ("failed").</summary>
    public int MaxAttempts { get; set; } = 6;
}

/// <summary>
/// The background pass that reaches people staff added before they had the app (<see cref="AppInstall"/> pending): install
/// SmqBot for them through Graph, then find the chat, keep it as their personal conversation and send every welcome they
/// are owed through the outbox. Installed is recorded before the chat is asked for, so a retry never installs twice;
/// a refusal (policy, blocked app) is recorded with its reason for staff; throttling and server errors are retried with
/// back-off. Two instances may both try one person: Graph answers the second installation with 409 (installed), and the
/// welcomes have idempotency keys, so nobody is welcomed twice.
/// </summary>
public sealed class ReachWorker(PeopleStore people, TeamsAppInstaller installer, Enrolments enrolment, IOptions<ReachOptions> options,
    TimeProvider time, ILogger<ReachWorker> logger) : PeriodicWork(options.Value.Enabled, options.Value.Interval, time, logger)
{
    public override async Task RunOnceAsync(CancellationToken ct)
    {
        if (!installer.Enabled) return;
        var now = Time.GetUtcNow().ToUnixTimeMilliseconds();
        var due = await people.InstallsDueAsync(now, 50, ct).ToListAsync(ct);
        foreach (var person in due)
        {
            try
            {
                await ReachAsync(person, now, ct);
            }
            catch (Exception e) when (TeamsAppInstaller.Transient(e) || e is Microsoft.Kiota.Abstractions.ApiException)
            {
                logger.LogWarning(e, "Reaching a person failed (attempt {Attempt})", person.AppInstall!.Attempts + 1);
                // From the stored state, not the one read before this pass: an installation it recorded stays recorded.
                await people.UpdateAsync(person.AadObjectId, p => p with { AppInstall = Retry(p.AppInstall!, now) }, ct);
            }
        }
    }

    /// <summary>Tried again later, with back-off (30 s doubling, at most an hour); after the last attempt, reported as failed.</summary>
    private AppInstall Retry(AppInstall install, long now)
    {
        var attempts = install.Attempts + 1;
        return attempts >= options.Value.MaxAttempts
            ? install with { Status = install.Status == AppInstallStatus.Installed ? AppInstallStatus.Installed : AppInstallStatus.Unreachable, Pending = false, Attempts = attempts, Reason = Unreachable.Failed }
            : install with { Attempts = attempts, DueAt = now + (long)Math.Min(3_600_000, 30_000 * Math.Pow(2, attempts - 1)) };
    }

    private async Task ReachAsync(Person person, long now, CancellationToken ct)
    {
        var install = person.AppInstall!;
        if (install.Status != AppInstallStatus.Installed)
        {
            if (await installer.InstallAsync(person.AadObjectId, ct) is { } refused)
            {
                logger.LogWarning("Installation refused for a person: {Reason}", refused);
                await people.UpdateAsync(person.AadObjectId, p => p with { AppInstall = install with { Status = AppInstallStatus.Unreachable, Pending = false, Reason = refused } }, ct);
                return;
            }
            // Recorded before anything else can fail: the next pass only looks for the chat.
            install = install with { Status = AppInstallStatus.Installed };
            await people.UpdateAsync(person.AadObjectId, p => p with { AppInstall = install }, ct);
        }
        // Just installed, the chat may not be there yet: asked again later, with the same back-off and limit as a failure.
        if (await installer.ChatIdAsync(person.AadObjectId, ct) is not { } chatId)
        {
            await people.UpdateAsync(person.AadObjectId, p => p with { AppInstall = Retry(p.AppInstall!, now) }, ct);
            return;
        }
        var reached = await people.UpdateAsync(person.AadObjectId, p => p with
        {
            PersonalConversation = p.PersonalConversation ?? new ConversationAddress(install.ServiceUrl, "msteams", chatId, p.TenantId, install.BotId, null),
            PersonalAppInstalled = true,
            AppInstall = install with { Pending = false, Reason = null },
        }, ct);
        await enrolment.WelcomeAllAsync(reached, ct);
    }
}
