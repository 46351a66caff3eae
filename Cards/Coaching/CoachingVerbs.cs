namespace SmqBot.Cards.Coaching;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class CoachingVerbs
{
    public const string HoursForm = "hours.form";
    public const string HoursLog = "hours.log";
    public const string HoursApprove = "hours.approve";
    public const string HoursDelete = "hours.delete";
    public const string HoursLock = "hours.lock";
    public const string HoursDecline = "hours.decline";
    public const string HoursApproval = "hours.approval";
    public const string Coaching = "coaching.show";
    public const string CoachingForm = "coaching.form";
    public const string CoachingSave = "coaching.save";
    public const string CoachingClose = "coaching.close";
    public const string Statement = "coaching.statement";
    public const string Entries = "coaching.entries";
    public const string EvaluationSubmit = "evaluation.submit";
}
