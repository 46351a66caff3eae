using SmqBot.Cards.Forms;
using SmqBot.Data;
using SmqBot.Data.Activities;

namespace SmqBot.Cards.Activities;

/// <summary>
/// An activity as staff compose it: what (form, title, subject, description), when (a day, its start and end in the
/// programme's time zone, the registration deadline), where (in person at a place, online, or both), how many places,
/// and for whom (everyone, or chosen cohorts and people), with the channel to post it in.
/// </summary>
public sealed record ActivityForm(ActivityKind Kind, string Title, string Subject, string Description, DateOnly Date, TimeOnly StartTime, TimeOnly EndTime,
    ActivityFormat Format, string? Place, string? Region, int? Capacity, DateOnly Deadline, IReadOnlyList<string> Cohorts, IReadOnlyList<string> People,
    (string TeamId, string ChannelId)? Channel)
{
    public const int MaxPeople = 200;
    public const int MaxCohorts = 20;

    public static class Fields
    {
        public static readonly ChoiceField Kind = new("kind", t => t.Activities.KindLabel);
        public static readonly TextField Title = new("title", t => t.Activities.TitleLabel, 150, Required: true);
        public static readonly TextField Subject = new("subject", t => t.Activities.SubjectLabel, 200, Required: true);
        public static readonly TextField Description = new("description", t => t.Activities.DescriptionLabel, 2000, Required: true, Multiline: true);
        public static readonly DateField Date = new("date", t => t.Activities.DateLabel);
        public static readonly TimeField StartTime = new("startTime", t => t.Activities.StartTimeLabel);
        public static readonly TimeField EndTime = new("endTime", t => t.Activities.EndTimeLabel);
        public static readonly ChoiceField Format = new("format", t => t.Activities.FormatLabel);
        public static readonly TextField Place = new("place", t => t.Activities.PlaceLabel, 300);
        public static readonly RegionField Region = new("region", t => t.Activities.RegionLabel, Required: false);
        public static readonly NumberField Capacity = new("capacity", t => t.Activities.CapacityLabel, 1, Activity.MaxCapacity, Required: false, Step: 1,
            Refusal: (t, _) => t.Activities.CapacityRange);
        public static readonly DateField Deadline = new("deadline", t => t.Activities.DeadlineLabel);
        public static readonly PeoplePickField Cohorts = new("cohorts", t => t.Activities.CohortsLabel, MaxCohorts, (t, n) => t.Activities.TooManyCohorts(n));
        public static readonly EmailsField People = new("people", t => t.Activities.PeopleLabel, MaxPeople, (t, n) => t.Activities.TooManyPeople(n), Required: false);
        public static readonly ChoiceField Channel = new("channel", t => t.Activities.ChannelLabel, Required: false);
    }

    public DateTimeOffset Start => Programme.Instant(Date, StartTime);
    public DateTimeOffset End => Programme.Instant(Date, EndTime);
    /// <summary>Registrations close at the end of the deadline day in Montréal, and at the start at the latest.</summary>
    public DateTimeOffset ClosesAt => Min(Programme.Instant(Deadline, new TimeOnly(23, 59, 59)), Start);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    public static FormState New(DateOnly today) => FormState.Of((Fields.Kind, nameof(ActivityKind.Conference)), (Fields.Format, nameof(ActivityFormat.Online)),
        (Fields.StartTime, "13:00"), (Fields.EndTime, "16:00"), (Fields.Date, DateField.Format(today.AddDays(30))), (Fields.Deadline, DateField.Format(today.AddDays(23))));

    /// <summary>The form filled with an activity (a draft to change, or a published one to edit).</summary>
    public static FormState Of(Activity a) => FormState.Of(
        (Fields.Kind, a.Kind.ToString()), (Fields.Title, a.Title), (Fields.Subject, a.Subject), (Fields.Description, a.Description),
        (Fields.Date, DateField.Format(Programme.DateOf(a.Start))), (Fields.StartTime, TimeField.Format(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(a.Start, Programme.TimeZone).DateTime))),
        (Fields.EndTime, TimeField.Format(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(a.End, Programme.TimeZone).DateTime))),
        (Fields.Format, a.Format.ToString()), (Fields.Place, a.Place), (Fields.Region, a.Region),
        (Fields.Capacity, a.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (Fields.Deadline, DateField.Format(Programme.DateOf(a.RegistrationDeadline))),
        (Fields.Cohorts, a.AudienceCohorts.Count == 0 ? null : string.Join(',', a.AudienceCohorts)));

    public static Bound<ActivityForm> Bind(FormBinder form)
    {
        var texts = form.Texts.Activities;
        var kind = Fields.Kind.Read(form, Enum.GetValues<ActivityKind>());
        var title = Fields.Title.Read(form);
        var subject = Fields.Subject.Read(form);
        var description = Fields.Description.Read(form);
        var date = Fields.Date.Read(form);
        var start = Fields.StartTime.Read(form);
        var end = Fields.EndTime.Read(form);
        var format = Fields.Format.Read(form, Enum.GetValues<ActivityFormat>());
        var place = Fields.Place.Read(form);
        var region = Fields.Region.Read(form);
        var capacity = Fields.Capacity.Read(form);
        var deadline = Fields.Deadline.Read(form);
        var cohorts = Fields.Cohorts.Read(form);
        var people = Fields.People.Read(form);
        (string, string)? channel = form.Text(Fields.Channel)?.Split('|') is [{ Length: > 0 } team, { Length: > 0 } id] ? (team, id) : null;
        if (form.Text(Fields.Channel) is { Length: > 0 } && channel is null) form.Refuse(Fields.Channel, form.Texts.Forms.NotAChoice(texts.ChannelLabel));

        if (start is { } s && end is { } e && e <= s) form.Refuse(Fields.EndTime, texts.EndBeforeStart);
        if (date is { } d && deadline is { } dl && dl > d) form.Refuse(Fields.Deadline, texts.DeadlineAfterStart);
        if (format is ActivityFormat.InPerson or ActivityFormat.Hybrid && place is null && !form.Refused(Fields.Place))
            form.Refuse(Fields.Place, form.Texts.Common.Required(texts.PlaceLabel));
        if (date is { } day && start is { } at && Programme.TimeZone.IsInvalidTime(day.ToDateTime(at))) form.Refuse(Fields.StartTime, form.Texts.Forms.NotATime(texts.StartTimeLabel));
        return form.Result(() => new ActivityForm(kind!.Value, title!, subject!, description!, date!.Value, start!.Value, end!.Value, format!.Value,
            format == ActivityFormat.Online ? null : place, format == ActivityFormat.Online ? null : region, capacity is { } c ? (int)c : null, deadline!.Value, cohorts, people, channel));
    }
}

/// <summary>What someone present thinks of an activity: satisfaction 1–5 (required), what they will apply, a comment.</summary>
public sealed record ActivityEvaluationForm(int Satisfaction, string? Apply, string? Comment)
{
    public static class Fields
    {
        public static readonly ChoiceField Satisfaction = new("satisfaction", t => t.Activities.SatisfactionLabel, Refusal: t => t.Activities.SatisfactionRequired);
        public static readonly TextField Apply = new("apply", t => t.Activities.ApplyLabel, 1000, Multiline: true);
        public static readonly TextField Comment = new("comment", t => t.Activities.CommentLabel, 1000, Multiline: true);
    }

    public static readonly IReadOnlyList<string> Scale = ["1", "2", "3", "4", "5"];

    public static FormState Of(ActivityEvaluation? given) => given is null ? FormState.Empty
        : FormState.Of((Fields.Satisfaction, given.Satisfaction.ToString(System.Globalization.CultureInfo.InvariantCulture)), (Fields.Apply, given.Apply), (Fields.Comment, given.Comment));

    public static Bound<ActivityEvaluationForm> Bind(FormBinder form)
    {
        var satisfaction = Fields.Satisfaction.Read(form, Scale);
        var apply = Fields.Apply.Read(form);
        var comment = Fields.Comment.Read(form);
        return form.Result(() => new ActivityEvaluationForm(int.Parse(satisfaction!, System.Globalization.CultureInfo.InvariantCulture), apply, comment));
    }
}
