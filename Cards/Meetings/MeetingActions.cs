using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;

namespace SmqBot.Cards.Meetings;

/// <summary>An action on one meeting of a cohort (meetings are kept in their cohort's partition).</summary>
public interface IMeetingAction
{
    string Cohort { get; }
    string Meeting { get; }
}

/// <summary>Sends the scheduling form; the nonce makes the same card sent twice one poll.</summary>
public sealed record ProposeMeeting(string Nonce) : ICardAction<ProposeMeeting> { public static string Verb => MeetingVerbs.MeetingPropose; }

/// <summary>The organiser's view of a poll (or of the meeting, once scheduled).</summary>
public sealed record ShowProposal(string Cohort, string Meeting) : ICardAction<ShowProposal>, IMeetingAction { public static string Verb => MeetingVerbs.MeetingProposal; }

/// <summary>A voter's view of the poll.</summary>
public sealed record ShowPoll(string Cohort, string Meeting) : ICardAction<ShowPoll>, IMeetingAction { public static string Verb => MeetingVerbs.MeetingPoll; }

/// <summary>A vote: <see cref="Slots"/> comes from the poll's multi-select input (ids separated by commas; none, none suits).</summary>
public sealed record VoteOnMeeting(string Cohort, string Meeting, [FreeText(VoteOnMeeting.MaxSlots)] string? Slots) : ICardAction<VoteOnMeeting>, IMeetingAction
{
    public static string Verb => MeetingVerbs.MeetingVote;
    public const int MaxSlots = 400;
    /// <summary>The id of the poll's input, which Teams merges into the action's data as <see cref="Slots"/>.</summary>
    public const string SlotsInput = "slots";
}

/// <summary>The organiser picks a slot: the meeting is scheduled there.</summary>
public sealed record PickSlot(string Cohort, string Meeting, string Slot) : ICardAction<PickSlot>, IMeetingAction { public static string Verb => MeetingVerbs.MeetingPick; }

/// <summary>Opens the form that moves a scheduled meeting.</summary>
public sealed record OpenReschedule(string Cohort, string Meeting) : ICardAction<OpenReschedule>, IMeetingAction { public static string Verb => MeetingVerbs.MeetingRescheduleForm; }

/// <summary>Moves a scheduled meeting to the date and time of the form's inputs (their ids are these properties' keys).</summary>
public sealed record RescheduleMeeting(string Cohort, string Meeting, [FreeText(10)] string? Date, [FreeText(5)] string? Time) : ICardAction<RescheduleMeeting>, IMeetingAction
{
    public static string Verb => MeetingVerbs.MeetingReschedule;
    public const string DateInput = "date";
    public const string TimeInput = "time";
    public DateOnly? Day => DateField.Parse(Date);
    public TimeOnly? At => TimeField.Parse(Time);
}

/// <summary>Cancels a poll or a scheduled meeting (asks first).</summary>
public sealed record CancelMeeting(string Cohort, string Meeting) : ICardAction<CancelMeeting>, IMeetingAction { public static string Verb => MeetingVerbs.MeetingCancel; }

/// <summary>A member's or the organiser's view of a scheduled meeting.</summary>
public sealed record ShowMeeting(string Cohort, string Meeting) : ICardAction<ShowMeeting>, IMeetingAction { public static string Verb => MeetingVerbs.MeetingView; }

/// <summary>Sends what a member will apply in the field after a meeting (<see cref="ReflectionForm"/>).</summary>
public sealed record ReflectOnMeeting(string Cohort, string Meeting) : ICardAction<ReflectOnMeeting>, IMeetingAction { public static string Verb => MeetingVerbs.MeetingReflect; }

/// <summary>After a meeting: what the member will apply in the field.</summary>
public sealed record ReflectionForm(string Reflection)
{
    public const int MaxReflection = 1000;

    public static class Fields
    {
        public static readonly TextField Reflection = new("reflection", t => t.Meetings.ReflectionLabel, MaxReflection, Required: true, Multiline: true);
    }

    public static Bound<ReflectionForm> Bind(FormBinder form)
    {
        var reflection = Fields.Reflection.Read(form);
        return form.Result(() => new ReflectionForm(reflection!));
    }
}
