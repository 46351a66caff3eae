using SmqBot.Cards.Forms;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;

namespace SmqBot.Cards.Calls;

/// <summary>A call for applications as staff compose it (French required, English optional), before the preview.</summary>
public sealed record CallForm(CallKind Kind, string TitleFr, string? TitleEn, string DescriptionFr, string? DescriptionEn, string? EligibilityFr, string? EligibilityEn,
    int Places, DateOnly Deadline, (string TeamId, string ChannelId) Channel)
{
    public static class Fields
    {
        public static readonly ChoiceField Kind = new("kind", t => t.Calls.CallKindLabel);
        public static readonly TextField TitleFr = new("titleFr", t => t.Calls.TitleFrLabel, 150, Required: true);
        public static readonly TextField TitleEn = new("titleEn", t => t.Calls.TitleEnLabel, 150);
        public static readonly TextField DescriptionFr = new("descriptionFr", t => t.Calls.DescriptionFrLabel, 2000, Required: true, Multiline: true);
        public static readonly TextField DescriptionEn = new("descriptionEn", t => t.Calls.DescriptionEnLabel, 2000, Multiline: true);
        public static readonly TextField EligibilityFr = new("eligibilityFr", t => t.Calls.EligibilityFrLabel, 500, Multiline: true);
        public static readonly TextField EligibilityEn = new("eligibilityEn", t => t.Calls.EligibilityEnLabel, 500, Multiline: true);
        public static readonly NumberField Places = new("places", t => t.Calls.PlacesLabel, 1, 100, Required: false, Step: 1);
        public static readonly DateField Deadline = new("deadline", t => t.Calls.DeadlineLabel);
        public static readonly ChoiceField Channel = new("channel", t => t.Calls.ChannelLabel);
    }

    /// <summary>When the call closes: the end of its deadline day in Montréal (23:59:59), as a UTC instant.</summary>
    public DateTimeOffset ClosesAt => new(TimeZoneInfo.ConvertTimeToUtc(Deadline.ToDateTime(new TimeOnly(23, 59, 59)), Data.Programme.TimeZone), TimeSpan.Zero);

    public static FormState New() => FormState.Of((Fields.Kind, nameof(CallKind.Cohort)), (Fields.Places, "10"));

    /// <summary>The form filled with a draft call (its channel found among the teams where SmqBot is installed).</summary>
    public static FormState Of(Call call, IReadOnlyList<Data.Installations.TeamInstallation> teams) => FormState.Of(
        (Fields.Kind, call.Kind.ToString()), (Fields.TitleFr, call.TitleFr), (Fields.TitleEn, call.TitleEn), (Fields.DescriptionFr, call.DescriptionFr),
        (Fields.DescriptionEn, call.DescriptionEn), (Fields.EligibilityFr, call.EligibilityFr), (Fields.EligibilityEn, call.EligibilityEn),
        (Fields.Places, call.Places.ToString(System.Globalization.CultureInfo.InvariantCulture)), (Fields.Deadline, DateField.Format(Data.Programme.DateOf(call.Deadline))),
        (Fields.Channel, call.PostedTo is { } to && teams.FirstOrDefault(t => t.Channels.Any(c => c.Id == to.ConversationId)) is { } team ? $"{team.TeamId}|{to.ConversationId}" : null));

    public static Bound<CallForm> Bind(FormBinder form)
    {
        var kind = Fields.Kind.Read(form, Enum.GetValues<CallKind>());
        var titleFr = Fields.TitleFr.Read(form);
        var titleEn = Fields.TitleEn.Read(form);
        var descriptionFr = Fields.DescriptionFr.Read(form);
        var descriptionEn = Fields.DescriptionEn.Read(form);
        var eligibilityFr = Fields.EligibilityFr.Read(form);
        var eligibilityEn = Fields.EligibilityEn.Read(form);
        var places = Fields.Places.Read(form) ?? 10;
        var deadline = Fields.Deadline.Read(form);
        (string, string)? channel = form.Text(Fields.Channel)?.Split('|') is [{ Length: > 0 } team, { Length: > 0 } id] ? (team, id) : null;
        if (channel is null) form.Refuse(Fields.Channel, form.Texts.Common.Required(form.Texts.Calls.ChannelLabel));
        return form.Result(() => new CallForm(kind!.Value, titleFr!, titleEn, descriptionFr!, descriptionEn, eligibilityFr, eligibilityEn, (int)places, deadline!.Value, channel!.Value));
    }
}

/// <summary>An application to a call, as a member fills it; the axis is asked (and required) for coaching calls only.</summary>
public sealed record ApplicationForm(string Institution, string People, Axis? Axis, string Areas, string Motivation)
{
    public static class Fields
    {
        public static readonly TextField Institution = new("institution", t => t.Coaching.InstitutionLabel, Data.Coaching.Institution.MaxName, Required: true);
        public static readonly TextField People = new("people", t => t.Calls.PeopleConcernedLabel, 300, Required: true);
        public static readonly ChoiceField Axis = new("axis", t => t.Coaching.AxisLabel, Required: false);
        public static readonly TextField Areas = new("areas", t => t.Calls.ImprovementAreasLabel, 1000, Required: true, Multiline: true);
        public static readonly TextField Motivation = new("motivation", t => t.Calls.MotivationLabel, 2000, Required: true, Multiline: true);
        public static readonly ToggleField Commitment = new("commitment", t => t.Calls.CommitmentLabel);
    }

    public static FormState Of(Application? existing) => existing is null
        ? FormState.Of((Fields.Commitment, ToggleField.Format(false)))
        : FormState.Of((Fields.Institution, existing.Institution), (Fields.People, existing.People), (Fields.Axis, existing.Axis?.ToString()),
            (Fields.Areas, existing.ImprovementAreas), (Fields.Motivation, existing.Motivation), (Fields.Commitment, ToggleField.Format(existing.Committed)));

    public static Bound<ApplicationForm> Bind(FormBinder form)
    {
        var institution = Fields.Institution.Read(form);
        var people = Fields.People.Read(form);
        var axis = Fields.Axis.Read(form, Enum.GetValues<Axis>());
        var areas = Fields.Areas.Read(form);
        var motivation = Fields.Motivation.Read(form);
        if (!Fields.Commitment.Read(form)) form.Refuse(Fields.Commitment, form.Texts.Calls.CommitmentRequired);
        return form.Result(() => new ApplicationForm(institution!, people!, axis, areas!, motivation!));
    }
}
