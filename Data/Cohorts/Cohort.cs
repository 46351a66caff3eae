using SmqBot.Data.People;

namespace SmqBot.Data.Cohorts;

/// <summary>Someone in a course, as staff picked them (from the team roster or by e-mail / UPN).</summary>
/// <param name="Institution">Their institution when they joined, from their profile: reports count a cohort's institutions by it.</param>
public sealed record PersonRef(string AadObjectId, string Name, string? Email = null, Coaching.Institution? Institution = null)
{
    /// <summary>How a course refers to someone SmqBot knows.</summary>
    public static PersonRef Of(People.Person person) => new(person.AadObjectId, person.Name ?? person.Email ?? person.AadObjectId, person.Email, person.Institution);

    /// <summary>
    /// Someone staff added by an address SmqBot does not know yet (an accompaniment waits for them in their invitation):
    /// no Entra id, named by the address until they come. Made only here; recognised only by <see cref="IsNotKnownYet"/>.
    /// Stored as it always was (an empty id), so that invitations already waiting still start.
    /// </summary>
    public static PersonRef Awaiting(string email) => new("", People.InvitationStore.Normal(email), People.InvitationStore.Normal(email));

    [System.Text.Json.Serialization.JsonIgnore] public bool IsNotKnownYet => AadObjectId.Length == 0;
}

/// <summary>Someone added to a cohort by an address SmqBot does not know yet; <paramref name="Reason"/> when Graph says they cannot be reached.</summary>
public sealed record Invitee(string Email, bool AsExpert, string? Reason = null);

/// <summary>
/// When check-ins go out: every <see cref="EveryWeeks"/> weeks on <see cref="Day"/> at <see cref="At"/> in
/// <see cref="TimeZone"/>, between the cohort's dates. A member who has not answered gets one reminder
/// <see cref="ReminderAfter"/> later; the expert's digest follows <see cref="DigestAfter"/> after the round.
/// </summary>
public sealed record Cadence
{
    public int EveryWeeks { get; init; } = 2;
    public DayOfWeek Day { get; init; } = DayOfWeek.Monday;
    public TimeOnly At { get; init; } = new(9, 0);
    public string TimeZone { get; init; } = "America/Toronto";
    public TimeSpan ReminderAfter { get; init; } = TimeSpan.FromDays(2);
    public TimeSpan DigestAfter { get; init; } = TimeSpan.FromDays(3);
}

/// <summary>How a target is measured: a number with a unit, or a 1–5 scale.</summary>
public enum MeasureKind { Number, Scale }

public enum TargetState { Active, Achieved, Abandoned }

public sealed record TargetValue(DateTimeOffset At, double Value);

/// <summary>A personal or collective target ("cible"): what to improve, how it is measured, from where to where, by when.</summary>
public sealed record Target
{
    public required string Id { get; init; }
    public required string What { get; init; }
    public required string Indicator { get; init; }
    public MeasureKind Kind { get; init; } = MeasureKind.Number;
    public string? Unit { get; init; }
    public double Baseline { get; init; }
    public double Goal { get; init; }
    public DateOnly Due { get; init; }
    public TargetState State { get; init; } = TargetState.Active;
    /// <summary>Values reported over time, oldest first.</summary>
    public IReadOnlyList<TargetValue> History { get; init; } = [];

    public double Latest => History.Count > 0 ? History[^1].Value : Baseline;

    /// <summary>
    /// On track when achieved, or when the way covered from baseline to goal is at least the share of time gone from
    /// <paramref name="start"/> to the due date, less a tenth (targets move in steps, not in a line).
    /// </summary>
    public bool OnTrack(DateOnly start, DateOnly today)
    {
        if (State == TargetState.Achieved) return true;
        var span = Goal - Baseline;
        var covered = span == 0 ? (Latest >= Goal ? 1 : 0) : (Latest - Baseline) / span;
        var days = Due.DayNumber - start.DayNumber;
        var elapsed = days <= 0 ? 1 : Math.Clamp((today.DayNumber - start.DayNumber) / (double)days, 0, 1);
        return covered >= elapsed - 0.1;
    }

    /// <summary>The values a report may hold: 1 to 5 on a scale; a finite number otherwise.</summary>
    public bool Accepts(double value) => Kind == MeasureKind.Scale ? value is >= 1 and <= 5 && value == Math.Floor(value) : double.IsFinite(value) && Math.Abs(value) <= 1e9;
}

/// <summary>A codevelopment cohort: a subject, its experts and members, its objectives and collective targets, and its check-in cadence.</summary>
public sealed record Cohort : Privacy.IPersonalRecord<Cohort>
{
    /// <summary>
    /// A cohort names its experts and members (and the addresses of people invited); the notes of the hours an expert
    /// logged are theirs. Its subject, objectives and collective targets are the programme's, not anyone's personal data.
    /// </summary>
    public static Privacy.PersonalDataDeclaration<Cohort> PersonalData { get; } = new()
    {
        People = c => [.. c.Experts.Select(p => new Privacy.Reference(p.AadObjectId, Privacy.PersonRole.Expert)),
            .. c.Members.Select(p => new Privacy.Reference(p.AadObjectId, Privacy.PersonRole.Member)),
            .. c.Hours.Entries.Where(e => e.By is not null).Select(e => new Privacy.Reference(e.By!, Privacy.PersonRole.Expert))],
        Texts = c => c.Hours.Notes(null),
        Export = (c, me) => !c.Experts.Concat(c.Members).Any(p => p.AadObjectId == me) && !c.Hours.Entries.Any(e => e.By == me) ? [] :
        [
            Privacy.ExportRow.Of("cohorts", ("course", c.Subject), ("role", c.Experts.Any(p => p.AadObjectId == me) ? "Expert" : "Member"),
                ("start", c.Start), ("end", c.End), ("closed", c.Closed)),
            .. c.Hours.Export(c.Subject, e => e.By == me, withNotes: true),
        ],
        Erase = (c, e) => c with
        {
            Experts = [.. c.Experts.Select(e.Ref)],
            Members = [.. c.Members.Select(e.Ref)],
            Invited = [.. c.Invited.Where(i => !e.Emails.Contains(i.Email))],
            Hours = c.Hours.Erase(e, null),
        },
        Blank = (c, path) => c with { Hours = c.Hours.Blank(path) },
    };

    public const int MaxMembers = 30;

    public required string Id { get; init; }
    public required string Subject { get; init; }
    /// <summary>April 1 to March 31, as "2026-2027".</summary>
    public required string FiscalYear { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public required string TenantId { get; init; }
    public IReadOnlyList<PersonRef> Experts { get; init; } = [];
    public IReadOnlyList<PersonRef> Members { get; init; } = [];
    /// <summary>
    /// People added by e-mail whom SmqBot does not know yet (see <see cref="People.Invitation"/>): they join
    /// <see cref="Members"/> or <see cref="Experts"/> when they first install or write.
    /// </summary>
    public IReadOnlyList<Invitee> Invited { get; init; } = [];
    public IReadOnlyList<string> Objectives { get; init; } = [];
    public IReadOnlyList<Target> CollectiveTargets { get; init; } = [];
    /// <summary>The Teams channel the cohort lives in, where the expert's digest can go.</summary>
    public ConversationAddress? Channel { get; init; }
    /// <summary>Post the digest in the channel (true) or to each expert in personal chat (false).</summary>
    public bool DigestInChannel { get; init; }
    public Cadence Cadence { get; init; } = new();
    public bool Closed { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Hours the cohort's experts logged for it (each entry names its expert; no budget: counted, not capped).</summary>
    public Coaching.HourLedger Hours { get; init; } = new();
    /// <summary>Set by the retention pass (see Privacy.PersonalData): once done, its people are pseudonyms and their texts gone.</summary>
    public Privacy.Retention? Retention { get; init; }
}
