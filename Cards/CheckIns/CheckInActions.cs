using SmqBot.Cards.Model;

namespace SmqBot.Cards.CheckIns;

/// <summary>An action on one of a member's cohorts (or a cohort's collective targets) and, maybe, one of its targets.</summary>
public interface ITargetAction
{
    string Cohort { get; }
    string? Target { get; }
}

/// <summary>Sends a check-in: <see cref="Round"/> is the round it answers (absent: one the member chose to make); the nonce makes a card sent twice count once.</summary>
public sealed record SubmitCheckIn(string Cohort, string Nonce, int? Round) : ICardAction<SubmitCheckIn>
{
    public static string Verb => CheckInVerbs.CheckInSubmit;
    public const int MaxRound = 10_000;
}

/// <summary>Opens a check-in in one of the member's cohorts, when they like.</summary>
public sealed record OpenCheckIn(string Cohort) : ICardAction<OpenCheckIn> { public static string Verb => CheckInVerbs.CheckInForm; }

/// <summary>Opens the form for a new target of the member's (no <see cref="Target"/>), or to edit one.</summary>
public sealed record OpenTargetForm(string Cohort, string? Target) : ICardAction<OpenTargetForm>, ITargetAction { public static string Verb => CheckInVerbs.TargetForm; }

/// <summary>Saves the member's target form: a new target, or <see cref="Target"/> edited.</summary>
public sealed record SaveTarget(string Cohort, string? Target) : ICardAction<SaveTarget>, ITargetAction { public static string Verb => CheckInVerbs.TargetSave; }

/// <summary>Marks one of the member's targets achieved.</summary>
public sealed record MarkTargetAchieved(string Cohort, string Target) : ICardAction<MarkTargetAchieved>, ITargetAction { public static string Verb => CheckInVerbs.TargetAchieved; }

/// <summary>Abandons one of the member's targets (asks first).</summary>
public sealed record AbandonTarget(string Cohort, string Target) : ICardAction<AbandonTarget>, ITargetAction { public static string Verb => CheckInVerbs.TargetAbandoned; }

/// <summary>A cohort's collective targets.</summary>
public sealed record ShowCollective(string Cohort) : ICardAction<ShowCollective> { public static string Verb => CheckInVerbs.Collective; }

/// <summary>Opens the form for a new collective target (no <see cref="Target"/>), or to edit one.</summary>
public sealed record OpenCollectiveForm(string Cohort, string? Target) : ICardAction<OpenCollectiveForm>, ITargetAction { public static string Verb => CheckInVerbs.CollectiveForm; }

/// <summary>Saves the collective target form.</summary>
public sealed record SaveCollectiveTarget(string Cohort, string? Target) : ICardAction<SaveCollectiveTarget>, ITargetAction { public static string Verb => CheckInVerbs.CollectiveSave; }

/// <summary>Reports a collective target's new value, typed in its own input (<see cref="ValueInput"/>).</summary>
public sealed record ReportCollectiveValue(string Cohort, string Target) : ICardAction<ReportCollectiveValue>, ITargetAction
{
    public static string Verb => CheckInVerbs.CollectiveReport;
    /// <summary>The id of a collective target's value input (one per target on the card, so each has its own).</summary>
    public static string ValueInput(string target) => $"value_{target}";
}

/// <summary>Creates a cohort from the cohort form; the nonce makes the same card sent twice one cohort.</summary>
public sealed record CreateCohort(string Nonce) : ICardAction<CreateCohort> { public static string Verb => CheckInVerbs.CohortSave; }

/// <summary>Opens the cohort form to edit a cohort.</summary>
public sealed record EditCohort(string Cohort) : ICardAction<EditCohort> { public static string Verb => CheckInVerbs.CohortEdit; }

/// <summary>Saves the cohort form of an existing cohort.</summary>
public sealed record UpdateCohort(string Cohort) : ICardAction<UpdateCohort> { public static string Verb => CheckInVerbs.CohortUpdate; }

/// <summary>Closes a cohort (asks first).</summary>
public sealed record CloseCohort(string Cohort) : ICardAction<CloseCohort> { public static string Verb => CheckInVerbs.CohortClose; }
