using SmqBot.Bot.Features.Meetings;
using SmqBot.Data.Activities;

namespace SmqBot.Bot.Features.Activities;

/// <summary>
/// An online or hybrid activity's Outlook event, in the organiser mailbox (<see cref="GraphCalendar"/>): created once per
/// transaction id, its attendees kept to the confirmed people, moved when the activity is, cancelled with it, and its
/// Teams attendance report read for the attendance. Without Graph (local mode) nothing here calls out.
/// </summary>
public sealed class ActivityCalendar(GraphCalendar calendar, ActivityStore activities, ILogger<ActivityCalendar> logger)
{
    public bool Enabled => calendar.Enabled;

    private static string Body(Activity a) => $"{a.Subject}\n\n{a.Description}";

    public async Task<(string EventId, string? JoinUrl)> CreateAsync(Activity a, CancellationToken ct)
    {
        var created = await calendar.CreateAsync(a.Title, Body(a), a.Start, a.End, [], a.TransactionId, ct);
        return (created.Id, created.JoinUrl);
    }

    public async Task ChangeAsync(Activity a, CancellationToken ct)
    {
        try
        {
            await calendar.ChangeAsync(a.EventId!, a.Title, Body(a), a.Start, a.End, ct);
        }
        catch (Exception e) when (MeetingsFeature.GraphFailure(e) is { } detail)
        {
            logger.LogWarning("Could not move the event of activity {Activity}: {Detail}", a.Id, detail);
        }
    }

    public async Task DeleteAsync(string eventId, CancellationToken ct)
    {
        try
        {
            await calendar.DeleteAsync(eventId, ct);
        }
        catch (Exception e) when (MeetingsFeature.GraphFailure(e) is { } detail)
        {
            logger.LogWarning("Could not cancel event {Event}: {Detail}", eventId, detail);
        }
    }

    /// <summary>
    /// Makes the event's attendees the confirmed people (those with an address), as the activity stands when it is read;
    /// read again after the call, and again while the seats changed meanwhile, so that the last writer's list wins. A
    /// failure marks the activity for the scheduler to try again.
    /// </summary>
    public async Task SyncAttendeesAsync(string activityId, CancellationToken ct)
    {
        if (!Enabled) return;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await activities.FindAsync(activityId, ct) is not { EventId: { } eventId, Cancelled: false } activity) return;
            var registrations = await activities.RegistrationsAsync(activityId, ct).ToDictionaryAsync(r => r.AadObjectId, cancellationToken: ct);
            var attendees = activity.Confirmed.Select(id => registrations.GetValueOrDefault(id)).OfType<Registration>()
                .Where(r => r.Email is { Length: > 0 }).Select(r => (r.Email!, r.Name)).ToList();
            try
            {
                await calendar.SetAttendeesAsync(eventId, attendees, ct);
            }
            catch (Exception e) when (MeetingsFeature.GraphFailure(e) is { } detail)
            {
                logger.LogWarning("Could not update the attendees of activity {Activity}: {Detail}", activityId, detail);
                await activities.UpdateAsync(activityId, a => (a with { AttendeesStale = true }).WithNextDue(), ct);
                return;
            }
            var after = await activities.UpdateAsync(activityId, a => a.AttendeesStale ? (a with { AttendeesStale = false }).WithNextDue() : a, ct);
            if (after.Confirmed.SequenceEqual(activity.Confirmed)) return;
        }
    }

    /// <summary>Who attended the meeting (ids and addresses); null when the report cannot be read (yet), which the card then says.</summary>
    public async Task<IReadOnlySet<string>?> AttendedAsync(string joinUrl, CancellationToken ct)
    {
        if (!Enabled) return null;
        try
        {
            return await calendar.AttendedAsync(joinUrl, ct);
        }
        catch (Exception e) when (MeetingsFeature.GraphFailure(e) is { } detail)
        {
            logger.LogWarning("Could not read the attendance report: {Detail}", detail);
            return null;
        }
    }
}
