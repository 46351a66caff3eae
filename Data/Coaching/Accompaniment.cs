using SmqBot.Data.Cohorts;

namespace SmqBot.Data.Coaching;

/// <summary>The five axes of individual coaching (DESIGN.md section 1).</summary>
public enum Axis { Positioning, Audiences, Welcome, Management, Sustainability }

public enum WorkKind { Video, InPerson, Phone, Preparation, Report }

/// <summary>An hour entry counts once approved; one that would go over the budget waits for staff.</summary>
public enum EntryStatus { Approved, Pending, Declined }

/// <summary>A museum institution, as people type it (reports count institutions by name, ignoring case, accents and spacing).</summary>
public sealed record Institution(string Name, string Region)
{
    public const int MaxName = 200;

    /// <summary>The member institution it is on SMQ's member list (<see cref="Institutions.MemberInstitution"/>), when it was matched.</summary>
    public string? MemberId { get; init; }
}

/// <summary>The hours and dates staff agree for an accompaniment.</summary>
public sealed record AccompanimentTerms(int BudgetMinutes, DateOnly Start, DateOnly End);

public enum Outcome { Achieved, Partly, Not }

public sealed record TargetOutcome(string TargetId, string What, Outcome Outcome);

/// <summary>The coached person's end-of-course evaluation.</summary>
public sealed record Evaluation(IReadOnlyList<TargetOutcome> Targets, int Satisfaction, bool WouldRecommend, string? Comments, DateTimeOffset At);

/// <summary>One piece of work an expert logged: a date, a duration in minutes (quarter hours), its kind, a note.</summary>
/// <param name="By">The expert who logged it, where several may log (a cohort's entries); null on an accompaniment (its one expert).</param>
public sealed record HourEntry(string Id, DateOnly Date, int Minutes, WorkKind Kind, string? Note, EntryStatus Status, DateTimeOffset LoggedAt, string? By = null);

/// <summary>
/// An individual coaching ("accompagnement individualisé"): one coached person of one institution, one expert, one
/// axis, an hour budget (usually 15 h), agreed objectives, and the expert's hour entries (bounded: a few dozen).
/// Partitioned by the expert: an expert's list is one single-partition query, logging hours one point read found by
/// the caller's own id (another expert's accompaniment is not found at all).
/// </summary>
public sealed record Accompaniment : Privacy.IPersonalRecord<Accompaniment>
{
    /// <summary>
    /// An accompaniment names its coached person, its expert and the staff member in charge. The coached person typed
    /// their evaluation; the expert typed their hours' notes. The agreed objectives are the programme's terms, kept.
    /// </summary>
    public static Privacy.PersonalDataDeclaration<Accompaniment> PersonalData { get; } = new()
    {
        People = a => [new(a.CoachedPerson.AadObjectId, Privacy.PersonRole.Coached), new(a.Expert.AadObjectId, Privacy.PersonRole.Expert),
            new(a.StaffOwner.AadObjectId, Privacy.PersonRole.StaffOwner)],
        Texts = a =>
        [
            .. a.Evaluation?.Comments is { } comments ? [new Privacy.TypedText(a.CoachedPerson.AadObjectId, "evaluation:comments", comments)] : Array.Empty<Privacy.TypedText>(),
            .. (a.Evaluation?.Targets ?? []).Select(t => new Privacy.TypedText(a.CoachedPerson.AadObjectId, $"evaluation:{t.TargetId}", t.What)),
            .. a.Hours.Notes(a.Expert.AadObjectId),
        ],
        Export = (a, me) => a.CoachedPerson.AadObjectId == me ?
            [
                Privacy.ExportRow.Of("accompaniments", ("institution", a.Institution.Name), ("axis", a.Axis.ToString()), ("role", "Coached"), ("expert", a.Expert.Name),
                    ("budgetMinutes", a.BudgetMinutes), ("start", a.Start), ("end", a.End), ("closed", a.Closed), ("objectives", string.Join(" | ", a.Objectives))),
                .. a.Evaluation is { } ev ? [Privacy.ExportRow.Of("evaluations", ("institution", a.Institution.Name), ("date", ev.At), ("satisfaction", ev.Satisfaction),
                    ("wouldRecommend", ev.WouldRecommend), ("comments", ev.Comments), ("targets", string.Join(" | ", ev.Targets.Select(t => $"{t.What}: {t.Outcome}"))))] : Array.Empty<Privacy.ExportRow>(),
                .. a.Hours.Export(a.Institution.Name, _ => true, withNotes: false),
            ]
            : a.Expert.AadObjectId == me ?
            [
                Privacy.ExportRow.Of("accompaniments", ("institution", a.Institution.Name), ("axis", a.Axis.ToString()), ("role", "Expert"),
                    ("budgetMinutes", a.BudgetMinutes), ("start", a.Start), ("end", a.End), ("closed", a.Closed)),
                .. a.Hours.Export(a.Institution.Name, _ => true, withNotes: true),
            ]
            : a.StaffOwner.AadObjectId == me
                ? [Privacy.ExportRow.Of("accompaniments", ("institution", a.Institution.Name), ("axis", a.Axis.ToString()), ("role", "StaffOwner"), ("start", a.Start), ("end", a.End))]
                : [],
        Erase = (a, e) => a with
        {
            CoachedPerson = e.Ref(a.CoachedPerson),
            Expert = e.Ref(a.Expert),
            StaffOwner = e.Ref(a.StaffOwner),
            Evaluation = a.Evaluation is { } ev && e.Is(a.CoachedPerson.AadObjectId)
                ? ev with { Comments = ev.Comments is null ? null : Privacy.Redaction.Erased, Targets = [.. ev.Targets.Select(t => t with { What = Privacy.Redaction.Erased })] }
                : a.Evaluation,
            Hours = a.Hours.Erase(e, a.Expert.AadObjectId),
        },
        Blank = (a, path) => path switch
        {
            "evaluation:comments" when a.Evaluation is { } ev => a with { Evaluation = ev with { Comments = Privacy.Redaction.Erased } },
            _ when path.StartsWith("evaluation:", StringComparison.Ordinal) && a.Evaluation is { } ev =>
                a with { Evaluation = ev with { Targets = [.. ev.Targets.Select(t => $"evaluation:{t.TargetId}" == path ? t with { What = Privacy.Redaction.Erased } : t)] } },
            _ => a with { Hours = a.Hours.Blank(path) },
        },
    };

    public const int DefaultBudgetMinutes = 15 * 60;

    /// <summary>An hour budget staff may agree: 1 to 100 hours, in quarter hours.</summary>
    public static bool IsValidBudget(double hours) => hours is >= 1 and <= 100 && hours * 4 == Math.Floor(hours * 4);

    public required string Id { get; init; }
    public required Institution Institution { get; init; }
    public required PersonRef CoachedPerson { get; init; }
    public required PersonRef Expert { get; init; }
    public required Axis Axis { get; init; }
    public int BudgetMinutes { get; init; } = DefaultBudgetMinutes;
    public IReadOnlyList<string> Objectives { get; init; } = [];
    public required string FiscalYear { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public required string TenantId { get; init; }
    /// <summary>The staff member who follows it, told at 80% of the budget and asked to approve overruns.</summary>
    public required PersonRef StaffOwner { get; init; }
    /// <summary>The expert's hour entries and the months staff locked.</summary>
    public HourLedger Hours { get; init; } = new();
    public bool EightyPercentNoticeSent { get; init; }
    public bool Closed { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public Evaluation? Evaluation { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Set by the retention pass (see Privacy.PersonalData): once done, its people are pseudonyms and their texts gone.</summary>
    public Privacy.Retention? Retention { get; init; }

    public int UsedMinutes => Hours.ApprovedMinutes;
}
