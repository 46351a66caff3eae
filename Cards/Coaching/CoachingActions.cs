using SmqBot.Cards.Model;
using SmqBot.Data.Coaching;

namespace SmqBot.Cards.Coaching;

/// <summary>An action on one accompaniment (kept in its expert's partition: the card names both).</summary>
public interface IAccompanimentAction
{
    string Expert { get; }
    string Accompaniment { get; }
}

/// <summary>An action on one hour entry of an accompaniment.</summary>
public interface IEntryAction : IAccompanimentAction
{
    string Entry { get; }
}

/// <summary>Opens the hours form: a new entry, or (with <see cref="For"/> and <see cref="Entry"/>) one of this month's to edit.</summary>
public sealed record OpenHoursForm(HoursFor? For, string? Entry) : ICardAction<OpenHoursForm> { public static string Verb => CoachingVerbs.HoursForm; }

/// <summary>Sends the hours form; the nonce is the entry's id (sent twice, logged once); <see cref="Replaces"/>, the entry it edits.</summary>
public sealed record LogHours(string Nonce, string? Replaces) : ICardAction<LogHours> { public static string Verb => CoachingVerbs.HoursLog; }

/// <summary>Deletes one of the expert's entries of this month (asks first).</summary>
public sealed record DeleteHours(HoursFor For, string Entry) : ICardAction<DeleteHours> { public static string Verb => CoachingVerbs.HoursDelete; }

/// <summary>Staff lock a month of a ledger: an accompaniment's (<see cref="Expert"/> names its partition) or a cohort's.</summary>
public sealed record LockMonth(HoursFor For, YearMonth Month, string? Expert) : ICardAction<LockMonth> { public static string Verb => CoachingVerbs.HoursLock; }

/// <summary>Staff approve an entry over the budget.</summary>
public sealed record ApproveHours(string Expert, string Accompaniment, string Entry) : ICardAction<ApproveHours>, IEntryAction { public static string Verb => CoachingVerbs.HoursApprove; }

/// <summary>Staff decline an entry over the budget.</summary>
public sealed record DeclineHours(string Expert, string Accompaniment, string Entry) : ICardAction<DeclineHours>, IEntryAction { public static string Verb => CoachingVerbs.HoursDecline; }

/// <summary>The approval card as it stands now (its refresh).</summary>
public sealed record ShowApproval(string Expert, string Accompaniment, string Entry) : ICardAction<ShowApproval>, IEntryAction { public static string Verb => CoachingVerbs.HoursApproval; }

/// <summary>Creates an accompaniment from the form; the nonce makes the same card sent twice one accompaniment.</summary>
public sealed record CreateAccompaniment(string Nonce) : ICardAction<CreateAccompaniment> { public static string Verb => CoachingVerbs.CoachingSave; }

/// <summary>Closes an accompaniment (asks first); its person is then asked for the evaluation.</summary>
public sealed record CloseAccompaniment(string Expert, string Accompaniment) : ICardAction<CloseAccompaniment>, IAccompanimentAction { public static string Verb => CoachingVerbs.CoachingClose; }

/// <summary>An expert's hour statement for a month.</summary>
public sealed record ShowStatement(string Expert, YearMonth Month) : ICardAction<ShowStatement> { public static string Verb => CoachingVerbs.Statement; }

/// <summary>Every entry of an accompaniment.</summary>
public sealed record ShowEntries(string Expert, string Accompaniment) : ICardAction<ShowEntries>, IAccompanimentAction { public static string Verb => CoachingVerbs.Entries; }

/// <summary>Sends the end-of-course evaluation of an accompaniment.</summary>
public sealed record SubmitEvaluation(string Expert, string Accompaniment) : ICardAction<SubmitEvaluation>, IAccompanimentAction { public static string Verb => CoachingVerbs.EvaluationSubmit; }
