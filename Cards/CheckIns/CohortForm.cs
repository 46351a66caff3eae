using SmqBot.Cards.Forms;
using SmqBot.Data.Cohorts;

namespace SmqBot.Cards.CheckIns;

/// <summary>
/// The cohort form (new or edited), as staff fill it: people by e-mail and picked from the roster of a team SmqBot is in
/// (by Entra id; the handler checks each is on a roster), the channel as "teamId|channelId" (the handler checks it is
/// one SmqBot is installed in), the check-in cadence.
/// </summary>
public sealed record CohortForm(string Subject, DateOnly Start, DateOnly End, IReadOnlyList<string> Experts, IReadOnlyList<string> Members,
    IReadOnlyList<string> Objectives, (string TeamId, string ChannelId)? Channel, int EveryWeeks, DayOfWeek Day, TimeOnly At, bool DigestInChannel,
    IReadOnlyList<string> PickedExperts, IReadOnlyList<string> PickedMembers)
{
    public const int MaxObjectiveLines = 10;
    public static readonly IReadOnlyList<int> Intervals = [1, 2, 3, 4];
    public static readonly IReadOnlyList<DayOfWeek> Days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static class Fields
    {
        public static readonly TextField Subject = new("subject", t => t.CheckIns.SubjectLabel, 200, Required: true);
        public static readonly DateField Start = new("start", t => t.Common.StartLabel);
        public static readonly DateField End = new("end", t => t.Common.EndLabel);
        // Not required by themselves: people may be picked from the roster instead (Bind asks for one or the other).
        public static readonly EmailsField Experts = new("experts", t => t.CheckIns.ExpertsLabel, Cohort.MaxMembers, (t, max) => t.CheckIns.TooManyMembers(max), Required: false);
        public static readonly EmailsField Members = new("members", t => t.CheckIns.MembersLabel, Cohort.MaxMembers, (t, max) => t.CheckIns.TooManyMembers(max), Required: false);
        public static readonly PeoplePickField PickedExperts = new("pickedExperts", t => t.CheckIns.PickExpertsLabel, Cohort.MaxMembers, (t, max) => t.CheckIns.TooManyMembers(max));
        public static readonly PeoplePickField PickedMembers = new("pickedMembers", t => t.CheckIns.PickMembersLabel, Cohort.MaxMembers, (t, max) => t.CheckIns.TooManyMembers(max));
        public static readonly TextField Objectives = new("objectives", t => t.CheckIns.ObjectivesLabel, 2000, Multiline: true);
        public static readonly ChoiceField Channel = new("channel", t => t.CheckIns.ChannelLabel, Required: false);
        public static readonly ChoiceField Every = new("every", t => t.CheckIns.EveryLabel);
        public static readonly ChoiceField Day = new("day", t => t.CheckIns.DayLabel);
        public static readonly TimeField Time = new("time", t => t.CheckIns.TimeLabel);
        public static readonly ToggleField DigestInChannel = new("digestInChannel", t => t.CheckIns.DigestInChannelLabel);
    }

    /// <summary>A new cohort's form: starting today, every two weeks on Monday at 9:00, the digest to the experts privately (Law 25, s. 9.1: private by default).</summary>
    public static FormState New(DateOnly today) => FormState.Of(
        (Fields.Start, DateField.Format(today)), (Fields.Every, "2"), (Fields.Day, nameof(DayOfWeek.Monday)),
        (Fields.Time, "09:00"), (Fields.DigestInChannel, ToggleField.Format(false)));

    /// <summary>The form filled with the cohort as it is.</summary>
    public static FormState Of(Cohort cohort) => FormState.Of(
        (Fields.Subject, cohort.Subject), (Fields.Start, DateField.Format(cohort.Start)), (Fields.End, DateField.Format(cohort.End)),
        (Fields.Experts, Emails(cohort.Experts, cohort.Invited.Where(i => i.AsExpert))), (Fields.Members, Emails(cohort.Members, cohort.Invited.Where(i => !i.AsExpert))), (Fields.Objectives, string.Join("\n", cohort.Objectives)),
        (Fields.Every, cohort.Cadence.EveryWeeks.ToString(System.Globalization.CultureInfo.InvariantCulture)), (Fields.Day, cohort.Cadence.Day.ToString()),
        (Fields.Time, TimeField.Format(cohort.Cadence.At)), (Fields.DigestInChannel, ToggleField.Format(cohort.DigestInChannel)));

    private static string Emails(IReadOnlyList<PersonRef> people, IEnumerable<Invitee> invited) =>
        string.Join(", ", people.Select(p => p.Email ?? p.Name).Concat(invited.Select(i => i.Email)));

    public static Bound<CohortForm> Bind(FormBinder form)
    {
        var subject = Fields.Subject.Read(form);
        var start = Fields.Start.Read(form);
        var end = Fields.End.Read(form);
        if (start is { } s && end is { } e && e <= s) form.Refuse(Fields.End, form.Texts.CheckIns.EndBeforeStart);
        var experts = Fields.Experts.Read(form);
        var members = Fields.Members.Read(form);
        var pickedExperts = Fields.PickedExperts.Read(form);
        var pickedMembers = Fields.PickedMembers.Read(form);
        if (experts.Count + pickedExperts.Count == 0) form.Refuse(Fields.Experts, form.Texts.Common.Required(Fields.Experts.Label(form.Texts)));
        if (members.Count + pickedMembers.Count == 0) form.Refuse(Fields.Members, form.Texts.Common.Required(Fields.Members.Label(form.Texts)));
        else if (members.Count + pickedMembers.Count > Cohort.MaxMembers) form.Refuse(Fields.Members, form.Texts.CheckIns.TooManyMembers(Cohort.MaxMembers));
        var objectives = Fields.Objectives.Read(form);
        var channelText = form.Text(Fields.Channel);
        (string, string)? channel = null;
        if (!string.IsNullOrEmpty(channelText))
        {
            if (channelText.Split('|') is [{ Length: > 0 } team, { Length: > 0 } id]) channel = (team, id);
            else form.Refuse(Fields.Channel, form.Texts.Forms.NotAChoice(form.Texts.CheckIns.ChannelLabel));
        }
        var every = Fields.Every.Read(form, Intervals.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var day = Fields.Day.Read(form, Days);
        var at = Fields.Time.Read(form);
        var digest = Fields.DigestInChannel.Read(form);
        return form.Result(() => new CohortForm(subject!, start!.Value, end!.Value, experts, members,
            [.. (objectives ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxObjectiveLines)],
            channel, int.Parse(every!, System.Globalization.CultureInfo.InvariantCulture), day!.Value, at!.Value, digest, pickedExperts, pickedMembers));
    }
}
