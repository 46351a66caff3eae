using SmqBot.Data.Cohorts;

namespace SmqBot.Data.Meetings;

public enum MeetingStatus { Polling, Scheduled, Cancelled }

/// <summary>A candidate time, with how many of the calendars the bot could read are free then.</summary>
public sealed record Slot(string Id, DateTimeOffset Start, DateTimeOffset End, int FreeCalendars);

/// <summary>One voter's choice among the candidate slots (several allowed, none meaning "none suits me").</summary>
public sealed record Vote(string AadObjectId, string Name, IReadOnlyList<string> SlotIds, DateTimeOffset At);

/// <summary>
/// A codevelopment meeting of a cohort, from the poll of candidate slots to the event in the organiser mailbox's
/// calendar. Partitioned by cohort: a cohort's meetings are one partition, and each vote is one write.
/// </summary>
public sealed record Meeting : Privacy.IPersonalRecord<Meeting>
{
    /// <summary>A meeting names its organiser, the people asked to vote and their votes; nobody types text in it.</summary>
    public static Privacy.PersonalDataDeclaration<Meeting> PersonalData { get; } = new()
    {
        People = m => [new(m.Organiser.AadObjectId, Privacy.PersonRole.Organiser), .. m.Voters.Select(v => new Privacy.Reference(v.AadObjectId, Privacy.PersonRole.Voter))],
        Export = (m, me) => m.Organiser.AadObjectId != me && !m.Voters.Any(v => v.AadObjectId == me) ? [] :
        [
            Privacy.ExportRow.Of("meetings", ("course", m.CohortSubject), ("role", m.Organiser.AadObjectId == me ? "Organiser" : "Voter"), ("status", m.Status.ToString()),
                ("start", m.Start), ("end", m.End), ("vote", m.Votes.FirstOrDefault(v => v.AadObjectId == me) is { } vote ? string.Join(", ", vote.SlotIds) : null)),
        ],
        Erase = (m, e) => m with
        {
            Organiser = e.Ref(m.Organiser),
            Voters = [.. m.Voters.Select(e.Ref)],
            Votes = [.. m.Votes.Select(v => e.Is(v.AadObjectId) ? v with { AadObjectId = e.Pseudonym, Name = Privacy.Redaction.AnonymousName } : v)],
        },
    };

    public required string Id { get; init; }
    public required string CohortId { get; init; }
    public required string CohortSubject { get; init; }
    public required string TenantId { get; init; }
    /// <summary>Who scheduled it (staff or the cohort's expert): they close the poll, pick, reschedule and cancel.</summary>
    public required PersonRef Organiser { get; init; }
    public required int DurationMinutes { get; init; }
    public IReadOnlyList<Slot> Slots { get; init; } = [];
    /// <summary>How many calendars were read for the slots; the others (guests, external people) vote.</summary>
    public int CalendarsRead { get; init; }
    public IReadOnlyList<PersonRef> Voters { get; init; } = [];
    public IReadOnlyList<Vote> Votes { get; init; } = [];
    public DateTimeOffset PollClosesAt { get; init; }
    public MeetingStatus Status { get; init; } = MeetingStatus.Polling;
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    /// <summary>Whether the meeting is in a calendar (Microsoft Graph configured) or only stored and announced (local mode).</summary>
    public bool InCalendar { get; init; }
    public string? EventId { get; init; }
    public string? JoinUrl { get; init; }
    /// <summary>Sent with the event's creation, so that Graph makes one event however many times it is retried.</summary>
    public required string TransactionId { get; init; }
    /// <summary>Bumped by each reschedule, so that reminders and messages of a new time are new messages.</summary>
    public int Version { get; init; }
    /// <summary>When the scheduler next has something to do (Unix ms): close the poll, remind, follow up. Null: nothing.</summary>
    public long? DueAt { get; init; }
    public bool OrganiserToldPollClosed { get; init; }
    public bool Reminded { get; init; }
    public bool FollowedUp { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public bool PollOpen(DateTimeOffset now) => Status == MeetingStatus.Polling && now < PollClosesAt;

    public int VotesFor(string slotId) => Votes.Count(v => v.SlotIds.Contains(slotId));

    /// <summary>What the scheduler waits for next, given the state.</summary>
    public Meeting WithNextDue() => this with
    {
        DueAt = Status switch
        {
            MeetingStatus.Polling when !OrganiserToldPollClosed => PollClosesAt.ToUnixTimeMilliseconds(),
            MeetingStatus.Scheduled when !Reminded => Start!.Value.AddHours(-24).ToUnixTimeMilliseconds(),
            MeetingStatus.Scheduled when !FollowedUp => End!.Value.ToUnixTimeMilliseconds(),
            _ => null,
        },
    };
}
