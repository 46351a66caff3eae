using Microsoft.Extensions.Options;
using SmqBot.Cards.Coaching;
using SmqBot.Cards.Common;
using SmqBot.Cards.Meetings;
using SmqBot.Data;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Meetings;
using SmqBot.Data.People;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Meetings;

/// <summary>Meeting follow-ups (section <c>Meetings</c>).</summary>
public sealed class MeetingOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
    public bool SchedulerEnabled { get; set; } = true;
}

/// <summary>
/// What happens around a meeting without anyone pressing a button: the organiser is told when the poll closes; 24 hours
/// before, members and experts get a reminder; when it ends, the experts are asked to log the session's hours (the form
/// filled with its date and duration) and each member what they will apply in the field before the next meeting. Each
/// meeting says when it next needs the scheduler (<see cref="Meeting.DueAt"/>); every message has an idempotency key,
/// so two instances, or one that restarts, send each once.
/// </summary>
public sealed class MeetingScheduler(MeetingStore meetings, CohortStore cohorts, PeopleStore people, Outbox.OutboxQueue outbox, IOptions<MeetingOptions> options,
    TimeProvider time, ILogger<MeetingScheduler> logger) : PeriodicWork(options.Value.SchedulerEnabled, options.Value.Interval, time, logger)
{
    public override async Task RunOnceAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        await foreach (var meeting in meetings.DueAsync(now, ct))
        {
            if (await cohorts.FindAsync(meeting.CohortId, ct) is not { } cohort) continue;
            switch (meeting.Status)
            {
                case MeetingStatus.Polling when !meeting.OrganiserToldPollClosed:
                    await outbox.ToPersonIfReachableAsync(MessageKey.MeetingPollClosed(meeting.Id), SendOut.Meeting(meeting.Id), await people.FindAsync(meeting.Organiser.AadObjectId, ct),
                        t => ProposalCard.Build(meeting, now, t), ct);
                    await meetings.UpdateAsync(meeting.CohortId, meeting.Id, m => (m with { OrganiserToldPollClosed = true }).WithNextDue(), ct);
                    break;
                case MeetingStatus.Scheduled when !meeting.Reminded && now < meeting.End:
                    if (now < meeting.Start) await RemindAsync(cohort, meeting, now, ct);
                    await meetings.UpdateAsync(meeting.CohortId, meeting.Id, m => m.Version == meeting.Version ? (m with { Reminded = true }).WithNextDue() : m, ct);
                    break;
                case MeetingStatus.Scheduled when now >= meeting.End:
                    await FollowUpAsync(cohort, meeting, ct);
                    await meetings.UpdateAsync(meeting.CohortId, meeting.Id, m => m.Version == meeting.Version ? (m with { Reminded = true, FollowedUp = true }).WithNextDue() : m, ct);
                    break;
                default:
                    await meetings.UpdateAsync(meeting.CohortId, meeting.Id, m => m.WithNextDue(), ct);
                    break;
            }
        }
    }

    private async Task RemindAsync(Cohort cohort, Meeting m, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var person in cohort.Members.Concat(cohort.Experts).DistinctBy(p => p.AadObjectId))
            await outbox.ToPersonIfReachableAsync(MessageKey.MeetingReminder(m.Id, m.Version, person.AadObjectId), SendOut.Meeting(m.Id), await people.FindAsync(person.AadObjectId, ct),
                t => MeetingCard.Build(m, now, t, t.Meetings.MeetingReminder), ct);
    }

    private async Task FollowUpAsync(Cohort cohort, Meeting m, CancellationToken ct)
    {
        var date = Programme.DateOf(m.Start!.Value);
        foreach (var expert in cohort.Experts)
            await outbox.ToPersonIfReachableAsync(MessageKey.MeetingHours(m.Id, expert.AadObjectId), SendOut.Meeting(m.Id), await people.FindAsync(expert.AadObjectId, ct),
                t =>
                {
                    var hoursFor = new HoursFor(LedgerKind.Cohort, cohort.Id);
                    var session = new HourEntry("", date, m.DurationMinutes, WorkKind.Video, t.Meetings.MeetingNote, EntryStatus.Approved, m.End!.Value);
                    return HoursFormCard.Build([HoursView.Of(cohort, expert.AadObjectId)], Programme.Today(Time), Guid.NewGuid().ToString("N"), HoursForm.Of(hoursFor, session, Programme.Today(Time)), t,
                        note: t.Meetings.HoursAfterMeeting);
                }, ct);
        foreach (var member in cohort.Members)
            await outbox.ToPersonIfReachableAsync(MessageKey.MeetingReflection(m.Id, member.AadObjectId), SendOut.Meeting(m.Id), await people.FindAsync(member.AadObjectId, ct),
                t => ReflectionCard.Build(m, t), ct);
    }
}
