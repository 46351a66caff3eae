using Microsoft.Extensions.Options;
using SmqBot.Cards.Activities;
using SmqBot.Data.Activities;
using SmqBot.Data.Outbox;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Activities;

/// <summary>The activities' scheduler (section <c>Activities</c>).</summary>
public sealed class ActivityOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
    public bool SchedulerEnabled { get; set; } = true;
}

/// <summary>
/// What happens around an activity without anyone pressing a button: the day before, the confirmed people get a reminder
/// (and an hour before, online, with the link); when it ends, its creator is asked for the attendance; 30 days after it,
/// the particular needs people gave are erased. A failed attendee update is tried again. Each activity says when it next
/// needs the scheduler (<see cref="Activity.DueAt"/>); every message has an idempotency key, so two instances, or one that
/// restarts, send each once.
/// </summary>
public sealed class ActivityScheduler(ActivityStore activities, PeopleStore people, ActivityCalendar calendar, Outbox.OutboxQueue outbox, IOptions<ActivityOptions> options,
    TimeProvider time, ILogger<ActivityScheduler> logger) : PeriodicWork(options.Value.SchedulerEnabled, options.Value.Interval, time, logger)
{
    public override async Task RunOnceAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        foreach (var activity in await activities.DueAsync(now, ct).ToListAsync(ct))
        {
            if (activity.AttendeesStale) await calendar.SyncAttendeesAsync(activity.Id, ct);
            var done = activity;
            if (activity.Published && !activity.Cancelled)
            {
                if (!activity.RemindedDayBefore && now >= activity.Start.AddDays(-1))
                {
                    if (now < activity.Start) await RemindAsync(activity, "day", t => t.Activities.ReminderTomorrow(activity.Title), ct);
                    done = done with { RemindedDayBefore = true };
                }
                if (activity.Online && !activity.RemindedHourBefore && now >= activity.Start.AddHours(-1))
                {
                    if (now < activity.Start) await RemindAsync(activity, "hour", t => t.Activities.ReminderInAnHour(activity.Title), ct);
                    done = done with { RemindedHourBefore = true };
                }
                if (!activity.AttendanceAsked && now >= activity.End)
                {
                    await outbox.ToPersonIfReachableAsync(MessageKey.ActivityAttendance(activity.Id), SendOut.Activity(activity.Id), await people.FindAsync(activity.CreatedBy, ct),
                        t => AttendanceDueCard.Build(activity, t), ct);
                    done = done with { AttendanceAsked = true };
                }
            }
            if (activity.Published && !activity.NeedsErased && now >= activity.End + Activity.NeedsKept)
            {
                await foreach (var registration in activities.RegistrationsAsync(activity.Id, ct))
                    if (registration.Needs is not null)
                        await activities.SaveRegistrationAsync(activity.Id, registration.AadObjectId, r => r! with { Needs = null }, ct);
                done = done with { NeedsErased = true };
            }
            await activities.UpdateAsync(activity.Id, a => (a with
            {
                RemindedDayBefore = a.RemindedDayBefore || done.RemindedDayBefore, RemindedHourBefore = a.RemindedHourBefore || done.RemindedHourBefore,
                AttendanceAsked = a.AttendanceAsked || done.AttendanceAsked, NeedsErased = a.NeedsErased || done.NeedsErased,
            }).WithNextDue(), ct);
        }
    }

    private async Task RemindAsync(Activity a, string when, Func<Cards.Common.Texts, string> title, CancellationToken ct)
    {
        foreach (var id in a.Confirmed)
        {
            if (await activities.RegistrationOfAsync(a.Id, id, ct) is not { } registration) continue;
            var person = await people.FindAsync(id, ct) ?? registration.AsPerson();
            await outbox.ToPersonIfReachableAsync(MessageKey.ActivityReminder(a.Id, $"{when}-{a.Version}", id), SendOut.Activity(a.Id), person,
                t => ActivityNoticeCard.Build(a, title(t), t.Activities.Confirmed, t, withJoin: true), ct);
        }
    }
}
