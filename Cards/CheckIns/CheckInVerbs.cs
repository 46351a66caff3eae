namespace SmqBot.Cards.CheckIns;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class CheckInVerbs
{
    public const string CheckInSubmit = "checkin.submit";
    public const string CheckInForm = "checkin.form";
    public const string Cohorts = "cohorts.show";
    public const string Collective = "collective.show";
    public const string CollectiveForm = "collective.form";
    public const string CollectiveSave = "collective.save";
    public const string CollectiveReport = "collective.report";
    public const string CohortForm = "cohorts.form";
    public const string CohortSave = "cohorts.save";
    public const string CohortClose = "cohorts.close";
    public const string CohortEdit = "cohorts.edit";
    public const string CohortUpdate = "cohorts.update";
    public const string Targets = "targets.show";
    public const string TargetForm = "targets.form";
    public const string TargetSave = "targets.save";
    public const string TargetAchieved = "targets.achieved";
    public const string TargetAbandoned = "targets.abandoned";
}
