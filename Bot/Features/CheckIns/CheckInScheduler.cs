using Microsoft.Extensions.Options;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.CheckIns;

/// <summary>Check-in scheduling (section <c>CheckIns</c>).</summary>
public sealed class CheckInOptions
{
    /// <summary>How often the scheduler looks for due rounds; rounds go out within this of their time.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
    public bool SchedulerEnabled { get; set; } = true;
}

/// <summary>
/// For each open cohort, its latest round (see <see cref="CheckInSchedule"/>): once the round's time has come, each
/// member who has not checked in (for this round, or on their own since <see cref="Cadence.ReminderAfter"/> before it)
/// gets the check-in card; <see cref="Cadence.ReminderAfter"/> later, those still silent get one reminder; after
/// <see cref="Cadence.DigestAfter"/>, the experts get the digest. Every message has an idempotency key (cohort, member,
/// round), so several scheduler instances, or one that restarts, send each message once; everything goes through the
/// outbox. A round is never prompted outside the cohort's dates, and nothing is caught up once the next round has come.
/// </summary>
public sealed class CheckInScheduler(CohortStore cohorts, PeopleStore people, Outbox.OutboxQueue outbox, Routing.Callers callers, IOptions<CheckInOptions> options,
    TimeProvider time, ILogger<CheckInScheduler> logger) : PeriodicWork(options.Value.SchedulerEnabled, options.Value.Interval, time, logger)
{
    public override async Task RunOnceAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        await foreach (var cohort in cohorts.OpenAsync(ct))
            if (CheckInSchedule.Latest(cohort, now) is { } round) await ScheduleAsync(cohort, round, now, ct);
    }

    private async Task ScheduleAsync(Cohort cohort, Round round, DateTimeOffset now, CancellationToken ct)
    {
        var cadence = cohort.Cadence;
        var broadcast = SendOut.CheckInRound(cohort.Id, round.Number);
        var ownWindowStart = round.At - cadence.ReminderAfter;
        var checkedIn = new List<string>();
        var silent = new List<string>();
        var obstacles = new List<(string, string)>();
        var shared = new List<(string, string)>();
        foreach (var member in cohort.Members)
        {
            var participation = (await cohorts.ReadParticipationAsync(cohort.Id, member.AadObjectId, ct))?.Value;
            if (participation is null) continue;
            if (participation.Answered(round, cadence))
            {
                checkedIn.Add(member.Name);
                foreach (var c in participation.CheckIns.Where(c => c.Round == round.Number || (c.Round is null && c.At >= ownWindowStart)))
                    if (c.Obstacles is { } o)
                    {
                        obstacles.Add((member.Name, o));
                        if (c.ShareObstacles) shared.Add((member.Name, o));
                    }
                continue;
            }
            silent.Add(member.Name);
            var person = await people.FindAsync(member.AadObjectId, ct);
            if (person?.PersonalConversation is null)
            {
                Logger.LogWarning("A member of a cohort cannot be reached: no personal chat with the bot");
                continue;
            }
            var texts = callers.TextsFor(person, null);
            var prompt = CheckInCard.Build(View(cohort, participation, round, now, reminder: false), texts);
            var promptedNow = await outbox.ToPersonAsync(MessageKey.CheckIn(cohort.Id, member.AadObjectId, round.Number), broadcast, person, prompt, ct: ct);
            // The reminder goes only to someone prompted earlier: a scheduler that was down does not send both at once.
            if (!promptedNow && now >= round.At + cadence.ReminderAfter)
            {
                var reminder = CheckInCard.Build(View(cohort, participation, round, now, reminder: true), texts);
                await outbox.ToPersonAsync(MessageKey.CheckInReminder(cohort.Id, member.AadObjectId, round.Number), broadcast, person, reminder, ct: ct);
            }
        }
        if (now >= round.At + cadence.DigestAfter) await DigestAsync(cohort, round, checkedIn, silent, obstacles, shared, ct);
    }

    private static CheckInView View(Cohort cohort, Participation participation, Round round, DateTimeOffset now, bool reminder) =>
        new(cohort.Id, cohort.Subject, round.Number, $"round-{round.Number}", cohort.Start, participation.Targets, participation.LastCheckIn, now, reminder,
            participation.Intentions.LastOrDefault()?.Text, PostsInChannel(cohort));

    /// <summary>Whether the cohort's digest is posted in its channel (staff chose it) rather than sent to its experts privately.</summary>
    public static bool PostsInChannel(Cohort? cohort) => cohort is { DigestInChannel: true, Channel: not null };

    /// <summary>
    /// The round's digest: to the experts privately, with every obstacle; or, when staff chose the channel, posted there
    /// with only the obstacles their authors chose to share, the experts then getting the full digest privately when
    /// some were kept out.
    /// </summary>
    private async Task DigestAsync(Cohort cohort, Round round, List<string> checkedIn, List<string> silent, List<(string, string)> obstacles,
        List<(string, string)> shared, CancellationToken ct)
    {
        var view = new DigestView(cohort.Subject, round.At, cohort.Cadence.TimeZone, checkedIn, silent, cohort.CollectiveTargets, obstacles);
        var broadcast = SendOut.Digest(cohort.Id);
        if (PostsInChannel(cohort))
        {
            await outbox.ToConversationAsync(MessageKey.DigestInChannel(cohort.Id, round.Number), broadcast, cohort.Channel!, DigestCard.Build(view with { Obstacles = shared }, Texts.French), ct: ct);
            if (shared.Count == obstacles.Count) return;
        }
        foreach (var expert in cohort.Experts)
        {
            var person = await people.FindAsync(expert.AadObjectId, ct);
            if (person?.PersonalConversation is null) continue;
            await outbox.ToPersonAsync(MessageKey.Digest(cohort.Id, round.Number, expert.AadObjectId), broadcast, person, DigestCard.Build(view, callers.TextsFor(person, null)), ct: ct);
        }
    }
}
