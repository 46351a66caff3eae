namespace SmqBot.Cards.Common;

/// <summary>The Action.Execute verbs of the cards: the contract between a card and the handler that answers it.</summary>
public static class Verbs
{
    public const string Help = "help.show";
    public const string Profile = "profile.show";
    public const string ProfileSave = "profile.save";
    public const string Teams = "teams.show";
    public const string Deliveries = "deliveries.show";
    public const string CheckInSubmit = "checkin.submit";
    public const string CheckInForm = "checkin.form";
    public const string Cohorts = "cohorts.show";
    public const string HoursForm = "hours.form";
    public const string HoursLog = "hours.log";
    public const string HoursApprove = "hours.approve";
    public const string HoursDelete = "hours.delete";
    public const string HoursLock = "hours.lock";
    public const string HoursDecline = "hours.decline";
    public const string Coaching = "coaching.show";
    public const string CoachingForm = "coaching.form";
    public const string CoachingSave = "coaching.save";
    public const string CoachingClose = "coaching.close";
    public const string Statement = "coaching.statement";
    public const string Entries = "coaching.entries";
    public const string Calls = "calls.show";
    public const string CallForm = "calls.form";
    public const string CallPreview = "calls.preview";
    public const string CallPost = "calls.post";
    public const string CallView = "calls.view";
    public const string CallApply = "calls.apply";
    public const string CallSubmit = "calls.submit";
    public const string CallWithdraw = "calls.withdraw";
    public const string CallReview = "calls.review";
    public const string CallApplication = "calls.application";
    public const string CallSelect = "calls.select";
    public const string CallDecline = "calls.decline";
    public const string EvaluationSubmit = "evaluation.submit";
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

    public const string MeetingForm = "meetings.form";
    public const string MeetingPropose = "meetings.propose";
    public const string MeetingProposal = "meetings.proposal";
    public const string MeetingPoll = "meetings.poll";
    public const string MeetingVote = "meetings.vote";
    public const string MeetingPick = "meetings.pick";
    public const string MeetingRescheduleForm = "meetings.rescheduleForm";
    public const string MeetingReschedule = "meetings.reschedule";
    public const string MeetingCancel = "meetings.cancel";
    public const string MeetingView = "meetings.view";
    public const string MeetingReflect = "meetings.reflect";
    public const string Report = "report.show";
    public const string Dashboard = "dashboard.show";
}
