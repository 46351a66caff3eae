namespace SmqBot.Data.Outbox;

/// <summary>
/// The send-outs staff follow in `envois` (an outbox message's <see cref="OutboxMessage.Broadcast"/>, its partition), named
/// here once: the features that queue messages and what reads them back (erasure finds the messages about a course) use
/// the same names.
/// </summary>
public static class SendOut
{
    public const string Privacy = "privacy";
    public static string Cohort(string cohortId) => $"cohort:{cohortId}";
    public static string Coaching(string accompanimentId) => $"coaching:{accompanimentId}";
    public static string Hours(string accompanimentId) => $"hours:{accompanimentId}";
    public static string Meeting(string meetingId) => $"meeting:{meetingId}";
    public static string Call(string callId) => $"call:{callId}";
    public static string Activity(string activityId) => $"activity:{activityId}";
    public static string Digest(string cohortId) => $"digest:{cohortId}";
    public static string CheckInRound(string cohortId, int round) => $"checkin:{cohortId}:{round}";

    /// <summary>The send-outs about a course (a cohort or an accompaniment), where messages quoting its people are.</summary>
    public static IEnumerable<string> OfCourse(string courseId) => [Digest(courseId), Cohort(courseId), Coaching(courseId), Hours(courseId)];
}

/// <summary>
/// Each message's idempotency key (<see cref="OutboxMessage.Key"/>: the same key queued twice is one message), named
/// here once. A key says what the message is about and for whom, so that a retried step never sends it twice.
/// </summary>
public static class MessageKey
{
    public static string CheckIn(string cohortId, string person, int round) => $"checkin:{cohortId}:{person}:{round}";
    public static string CheckInReminder(string cohortId, string person, int round) => $"checkin-reminder:{cohortId}:{person}:{round}";
    public static string DigestInChannel(string cohortId, int round) => $"digest:{cohortId}:{round}";
    public static string Digest(string cohortId, int round, string expert) => $"digest:{cohortId}:{round}:{expert}";
    public static string CohortWelcome(string cohortId, string person) => $"cohort-welcome:{cohortId}:{person}";
    public static string CohortExpert(string cohortId, string person) => $"cohort-expert:{cohortId}:{person}";
    public static string CoachingWelcome(string accompanimentId) => $"coaching-welcome:{accompanimentId}";
    public static string CoachingExpert(string accompanimentId) => $"coaching-expert:{accompanimentId}";
    public static string CallPost(string callId) => $"call-post:{callId}";
    public static string CallEdit(string callId, DateTimeOffset at) => $"call-edit:{callId}:{at.ToUnixTimeMilliseconds()}";
    public static string CallDecision(string callId, string person) => $"call-decision:{callId}:{person}";
    public static string ActivityPost(string activityId) => $"activity-post:{activityId}";
    public static string ActivityEdit(string activityId, int version) => $"activity-edit:{activityId}:{version}";
    /// <summary>The activity sent to one invited person (again after each edit: the version is in the key).</summary>
    public static string ActivityInvite(string activityId, int version, string person) => $"activity-invite:{activityId}:{version}:{person}";
    /// <summary>A place freed up: the person waiting is confirmed (once per registration: its time is in the key).</summary>
    public static string ActivityConfirmed(string activityId, string person, DateTimeOffset registeredAt) => $"activity-confirmed:{activityId}:{person}:{registeredAt.ToUnixTimeMilliseconds()}";
    public static string ActivityCancelled(string activityId, string person) => $"activity-cancelled:{activityId}:{person}";
    public static string ActivityReminder(string activityId, string when, string person) => $"activity-reminder:{activityId}:{when}:{person}";
    public static string ActivityAttendance(string activityId) => $"activity-attendance:{activityId}";
    public static string ActivityEvaluation(string activityId, string person) => $"activity-evaluation:{activityId}:{person}";
    public static string PrivacyRequest(string requestId) => $"privacy-request:{requestId}";
    public static string PrivacyAnswer(string requestId) => $"privacy-answer:{requestId}";
    public static string PrivacyErased(string requestId) => $"privacy-erased:{requestId}";
    public static string MeetingPoll(string meetingId, string voter) => $"meeting-poll:{meetingId}:{voter}";
    public static string MeetingNews(string meetingId, string what, string person) => $"meeting:{meetingId}:{what}:{person}";
    public static string MeetingInChannel(string meetingId, string what) => $"meeting-channel:{meetingId}:{what}";
    public static string MeetingPollClosed(string meetingId) => $"meeting-poll-closed:{meetingId}";
    public static string MeetingReminder(string meetingId, int version, string person) => $"meeting-reminder:{meetingId}:{version}:{person}";
    public static string MeetingHours(string meetingId, string expert) => $"meeting-hours:{meetingId}:{expert}";
    public static string MeetingReflection(string meetingId, string member) => $"meeting-reflection:{meetingId}:{member}";
    public static string HoursApproval(string accompanimentId, string entryId) => $"hours-approval:{accompanimentId}:{entryId}";
    public static string HoursDecision(string accompanimentId, string entryId) => $"hours-decision:{accompanimentId}:{entryId}";
    public static string HoursEightyPercent(string accompanimentId, string person) => $"hours-80:{accompanimentId}:{person}";
    public static string Evaluation(string accompanimentId) => $"evaluation:{accompanimentId}";
    public static string EvaluationResult(string accompanimentId) => $"evaluation-result:{accompanimentId}";
}
