namespace SmqBot.Cards.Meetings;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class MeetingVerbs
{
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
}
