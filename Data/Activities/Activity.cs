using SmqBot.Data.People;

namespace SmqBot.Data.Activities;

/// <summary>The forms an activité ponctuelle takes.</summary>
public enum ActivityKind { Conference, ProfessionalDay, Forum, Workshop, Webinar }

/// <summary>Where it happens: at a place, online (a Teams meeting), or both.</summary>
public enum ActivityFormat { InPerson, Online, Hybrid }

/// <summary>Where someone stands for an activity: not registered, confirmed, or waiting (at a position, from 1).</summary>
public sealed record Seat(bool Confirmed, int WaitingPosition)
{
    public static readonly Seat None = new(false, 0);
    public bool Registered => Confirmed || WaitingPosition > 0;
}

/// <summary>
/// An activité ponctuelle (conférence, journée professionnelle, forum…): what, when, where, for whom, and its places.
/// The seats are here, in order (<see cref="Confirmed"/>, then <see cref="Waiting"/>): registering and cancelling change
/// this one document under its ETag, so concurrent registrations for the last places confirm exactly the capacity.
/// What each person gave (institution, particular needs, presence, evaluation) is in their <see cref="Registration"/>,
/// in the same partition (the activity's id).
/// </summary>
public sealed record Activity : Privacy.IPersonalRecord<Activity>
{
    /// <summary>An activity names the staff member who created it and, in its seats, the people registered (by id only).</summary>
    public static Privacy.PersonalDataDeclaration<Activity> PersonalData { get; } = new()
    {
        People = a => [new(a.CreatedBy, Privacy.PersonRole.Creator), .. a.Confirmed.Concat(a.Waiting).Select(id => new Privacy.Reference(id, Privacy.PersonRole.Self))],
        Export = (a, me) => a.CreatedBy != me ? [] : [Privacy.ExportRow.Of("activitiesCreated", ("title", a.Title), ("created", a.CreatedAt), ("start", a.Start))],
        Erase = (a, e) => a with
        {
            CreatedBy = e.Id(a.CreatedBy), Confirmed = [.. a.Confirmed.Select(e.Id)], Waiting = [.. a.Waiting.Select(e.Id)],
        },
    };

    public const int MaxCapacity = 2000;

    private const string IdPrefix = "activity-";

    /// <summary>An activity's id, from the nonce of the form that composed it: previewing the same form again finds the same draft.</summary>
    public static string IdOf(string nonce) => IdPrefix + nonce;

    /// <summary>The nonce of the form that composed it (what "Modifier" on a draft opens the form with).</summary>
    [System.Text.Json.Serialization.JsonIgnore] public string Nonce => Id.StartsWith(IdPrefix, StringComparison.Ordinal) ? Id[IdPrefix.Length..] : Id;

    public string DocumentType => "activity";
    public required string Id { get; init; }
    public required ActivityKind Kind { get; init; }
    public required string Title { get; init; }
    public required string Subject { get; init; }
    public required string Description { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public required ActivityFormat Format { get; init; }
    /// <summary>The address, in person or hybrid.</summary>
    public string? Place { get; init; }
    public string? Region { get; init; }
    /// <summary>Places; null: as many as register.</summary>
    public int? Capacity { get; init; }
    /// <summary>Registrations are taken until this instant (the end of the deadline day in Montréal, and never after the start).</summary>
    public required DateTimeOffset RegistrationDeadline { get; init; }
    /// <summary>The cohorts whose members are invited; with <see cref="AudiencePeople"/> empty too, everyone is.</summary>
    public IReadOnlyList<string> AudienceCohorts { get; init; } = [];
    /// <summary>People invited by name (Entra ids).</summary>
    public IReadOnlyList<string> AudiencePeople { get; init; } = [];
    /// <summary>The channel it is posted to (or null: sent to the invited people only).</summary>
    public ConversationAddress? PostedTo { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Each edit counts (the channel card's updates and the reminders are keyed by it).</summary>
    public int Version { get; init; }

    public IReadOnlyList<string> Confirmed { get; init; } = [];
    public IReadOnlyList<string> Waiting { get; init; } = [];

    /// <summary>The Outlook event (online or hybrid, with Graph configured), created once per transaction id.</summary>
    public string TransactionId { get; init; } = "";
    public string? EventId { get; init; }
    public string? JoinUrl { get; init; }
    /// <summary>The confirmed people's addresses are not the event's attendees yet (a Graph call failed): the worker tries again.</summary>
    public bool AttendeesStale { get; init; }

    public bool RemindedDayBefore { get; init; }
    public bool RemindedHourBefore { get; init; }
    public bool AttendanceAsked { get; init; }
    public DateTimeOffset? AttendanceSavedAt { get; init; }
    public bool NeedsErased { get; init; }
    /// <summary>When the worker next has something to do for it (epoch ms), or null.</summary>
    public long? DueAt { get; init; }
    public Privacy.Retention? Retention { get; init; }

    /// <summary>How long particular needs are kept after the activity.</summary>
    public static readonly TimeSpan NeedsKept = TimeSpan.FromDays(30);

    [System.Text.Json.Serialization.JsonIgnore] public bool Online => Format is ActivityFormat.Online or ActivityFormat.Hybrid;
    [System.Text.Json.Serialization.JsonIgnore] public bool Cancelled => CancelledAt is not null;
    [System.Text.Json.Serialization.JsonIgnore] public bool Published => PublishedAt is not null;
    public bool Open(DateTimeOffset now) => Published && !Cancelled && now < RegistrationDeadline && now < Start;
    [System.Text.Json.Serialization.JsonIgnore] public bool ForEveryone => AudienceCohorts.Count == 0 && AudiencePeople.Count == 0;
    [System.Text.Json.Serialization.JsonIgnore] public bool HasRoom => Capacity is not { } capacity || Confirmed.Count < capacity;

    public Seat SeatOf(string aadObjectId) =>
        Confirmed.Contains(aadObjectId) ? new Seat(true, 0)
        : Waiting.ToList().IndexOf(aadObjectId) is var i and >= 0 ? new Seat(false, i + 1)
        : Seat.None;

    /// <summary>Takes a seat: confirmed while there is room, else last on the waiting list; someone registered already keeps theirs (the same instance).</summary>
    public Activity Register(string aadObjectId) =>
        SeatOf(aadObjectId).Registered ? this
        : HasRoom ? this with { Confirmed = [.. Confirmed, aadObjectId] }
        : this with { Waiting = [.. Waiting, aadObjectId] };

    /// <summary>Gives a seat up; a confirmed place freed goes to the first people waiting (<see cref="Promoted"/> tells whom).</summary>
    public Activity Cancel(string aadObjectId) =>
        !SeatOf(aadObjectId).Registered ? this
        : (this with { Confirmed = [.. Confirmed.Where(c => c != aadObjectId)], Waiting = [.. Waiting.Where(w => w != aadObjectId)] }).Fill();

    /// <summary>Confirms the first people waiting while there is room (after a cancellation, or when staff add places).</summary>
    public Activity Fill()
    {
        var (confirmed, waiting) = (Confirmed.ToList(), Waiting.ToList());
        while (waiting.Count > 0 && (Capacity is not { } c || confirmed.Count < c))
        {
            confirmed.Add(waiting[0]);
            waiting.RemoveAt(0);
        }
        return waiting.Count == Waiting.Count ? this : this with { Confirmed = confirmed, Waiting = waiting };
    }

    /// <summary>Who was waiting before and is confirmed in <paramref name="after"/>.</summary>
    public IReadOnlyList<string> Promoted(Activity after) => [.. after.Confirmed.Where(id => Waiting.Contains(id))];

    /// <summary>The next time the worker acts: reminders (the day before; an hour before, online), the attendance, and erasing the needs.</summary>
    public Activity WithNextDue()
    {
        DateTimeOffset? next = !Published ? null
            : Cancelled ? (NeedsErased ? null : End + NeedsKept)
            : AttendeesStale ? DateTimeOffset.UnixEpoch
            : !RemindedDayBefore ? Start.AddDays(-1)
            : Online && !RemindedHourBefore ? Start.AddHours(-1)
            : !AttendanceAsked ? End
            : !NeedsErased ? End + NeedsKept
            : null;
        return this with { DueAt = next?.ToUnixTimeMilliseconds() };
    }
}

/// <summary>
/// One person's registration to an activity: who they are, their institution (from their profile), their particular
/// needs (kept until 30 days after the activity), whether they came, and their evaluation. Whether they have a place is
/// the activity's seats' to say; a cancelled registration keeps <see cref="CancelledAt"/>.
/// </summary>
public sealed record Registration : Privacy.IPersonalRecord<Registration>
{
    public static Privacy.PersonalDataDeclaration<Registration> PersonalData { get; } = new()
    {
        People = r => [new(r.AadObjectId, Privacy.PersonRole.Self)],
        Texts = r => [new(r.AadObjectId, "needs", r.Needs ?? ""), new(r.AadObjectId, "apply", r.Evaluation?.Apply ?? ""), new(r.AadObjectId, "comment", r.Evaluation?.Comment ?? "")],
        Export = (r, me) => r.AadObjectId != me ? [] :
        [
            Privacy.ExportRow.Of("activities", ("title", r.Title), ("start", r.Start), ("institution", r.Institution), ("registered", r.RegisteredAt),
                ("cancelled", r.CancelledAt), ("needs", r.Needs), ("present", r.Present), ("satisfaction", r.Evaluation?.Satisfaction),
                ("applied", r.Evaluation?.Apply), ("comments", r.Evaluation?.Comment)),
        ],
        Erase = (r, e) => e.Is(r.AadObjectId)
            ? r with
            {
                AadObjectId = e.Pseudonym, Name = Privacy.Redaction.AnonymousName, Email = null, Reach = null, Needs = r.Needs is null ? null : Privacy.Redaction.Erased,
                Evaluation = r.Evaluation is { } ev ? ev with { Apply = ev.Apply is null ? null : Privacy.Redaction.Erased, Comment = ev.Comment is null ? null : Privacy.Redaction.Erased } : null,
            }
            : r,
        Blank = (r, path) => path switch
        {
            "needs" => r with { Needs = Privacy.Redaction.Erased },
            "apply" when r.Evaluation is { } ev => r with { Evaluation = ev with { Apply = Privacy.Redaction.Erased } },
            "comment" when r.Evaluation is { } ev => r with { Evaluation = ev with { Comment = Privacy.Redaction.Erased } },
            _ => r,
        },
    };

    public const int MaxNeeds = 500;

    public string DocumentType => "registration";
    public required string ActivityId { get; init; }
    /// <summary>The activity's title and start, copied for the person's own list and export.</summary>
    public required string Title { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required string AadObjectId { get; init; }
    public required string TenantId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? Institution { get; init; }
    public string? Region { get; init; }
    public string? Needs { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public Outbox.PersonalTarget? Reach { get; init; }
    public string? Locale { get; init; }
    /// <summary>Staff's attendance: null until it is saved.</summary>
    public bool? Present { get; init; }
    public ActivityEvaluation? Evaluation { get; init; }

    /// <summary>Someone who registered from a channel only, and is not in the people store: as their registration says to reach them.</summary>
    public Person AsPerson() => new() { AadObjectId = AadObjectId, TenantId = TenantId, Name = Name, Locale = Locale, Reach = Reach };
}

/// <summary>What someone present thought of an activity: satisfaction 1–5, what they will apply, a comment.</summary>
public sealed record ActivityEvaluation(int Satisfaction, string? Apply, string? Comment, DateTimeOffset At);
