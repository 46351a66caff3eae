using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data.Activities;
using SmqBot.Data.Installations;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Activities;

/// <summary>For staff: the form of a new activity (or a draft, or a published one to edit).</summary>
public static class ActivityFormCard
{
    public static AdaptiveCard Build(IReadOnlyList<TeamInstallation> teams, IReadOnlyList<Data.Cohorts.Cohort> cohorts, DateOnly today, string nonce, FormState state, Texts texts)
    {
        var t = texts.Activities;
        return Card(texts, t.NewActivity,
            [
                Title(t.NewActivity),
                .. Refused(state, texts),
                .. What(state, today, texts),
                Note(t.AudienceNote),
                // A list without choices is not a valid card: no cohort under way, or no team, and the input is left out.
                .. cohorts.Count == 0 ? [] : ActivityForm.Fields.Cohorts.Input(state, texts, [.. cohorts.OrderBy(c => c.Start).Select(c => new Choice(c.Subject, c.Id))]),
                .. ActivityForm.Fields.People.Input(state, texts),
                .. teams.Sum(team => team.Channels.Count) == 0 ? [Note(texts.Teams.NoTeams)]
                    : ActivityForm.Fields.Channel.Input(state, texts, [.. teams.SelectMany(team => team.Channels.Select(c => new Choice($"{team.Name ?? team.TeamId} › {texts.Teams.Channel(c)}", $"{team.TeamId}|{c.Id}")))]),
            ],
            [Actions.Execute(t.Preview, new PreviewActivity(nonce), style: "positive")]);
    }

    /// <summary>A published activity, edited: what, when, where and the places; its audience and channel stay as published.</summary>
    public static AdaptiveCard Edit(Activity activity, DateOnly today, FormState state, Texts texts)
    {
        var t = texts.Activities;
        return Card(texts, t.EditActivityTitle,
            [Title(t.EditActivityTitle), .. Refused(state, texts), .. What(state, today, texts)],
            [Actions.Execute(t.Save, new UpdateActivity(activity.Id), style: "positive"), Actions.Execute(texts.Common.Cancel, ActivityVerbs.Activities)]);
    }

    private static IEnumerable<Element> What(FormState state, DateOnly today, Texts texts) =>
    [
        .. ActivityForm.Fields.Kind.Input(state, texts, [.. Enum.GetValues<ActivityKind>().Select(k => new Choice(texts.Activities.KindName(k), k.ToString()))]),
        .. ActivityForm.Fields.Title.Input(state, texts),
        .. ActivityForm.Fields.Subject.Input(state, texts),
        .. ActivityForm.Fields.Description.Input(state, texts),
        .. ActivityForm.Fields.Date.Input(state, texts, min: today),
        new ColumnSet(
        [
            new Column([.. ActivityForm.Fields.StartTime.Input(state, texts)]) { Width = "stretch" },
            new Column([.. ActivityForm.Fields.EndTime.Input(state, texts)]) { Width = "stretch" },
        ]),
        .. ActivityForm.Fields.Format.Input(state, texts, [.. Enum.GetValues<ActivityFormat>().Select(f => new Choice(texts.Activities.FormatName(f), f.ToString()))], ChoiceInputStyle.Expanded),
        .. ActivityForm.Fields.Place.Input(state, texts),
        .. ActivityForm.Fields.Region.Input(state, texts),
        .. ActivityForm.Fields.Capacity.Input(state, texts),
        .. ActivityForm.Fields.Deadline.Input(state, texts, min: today),
    ];
}

/// <summary>
/// An activity as one reader sees it: what, when, where, the places left, and their own registration (confirmed, or
/// their rank on the waiting list), with the buttons that are theirs. A card in a channel asks each reader's Teams for
/// their own view (<c>refresh</c>).
/// </summary>
public static class ActivityCard
{
    public static AdaptiveCard Build(Activity a, Seat seat, DateTimeOffset now, bool calendar, Texts texts, string? note = null)
    {
        var t = texts.Activities;
        var status = a.Cancelled ? t.Cancelled
            : seat.Confirmed ? t.Confirmed
            : seat.WaitingPosition > 0 ? t.WaitingAt(seat.WaitingPosition)
            : now >= a.Start ? t.Started
            : !a.Open(now) && a.Published ? t.RegistrationClosed
            : null;
        var canRegister = !seat.Registered && a.Open(now);
        var canCancel = seat.Registered && a.Published && !a.Cancelled && now < a.Start;
        return Card(texts, a.Title,
            [
                .. note is null ? Array.Empty<Element>() : [Note(note)],
                Title(a.Title),
                Note($"{t.KindName(a.Kind)} · {a.Subject}"),
                Paragraph(a.Description),
                new FactSet(
                [
                    new(t.WhenLabel, t.When(a.Start, a.End)),
                    new(t.WhereLabel, Where(a, texts)),
                    new(t.PlacesLabel, t.Places(a.Capacity, a.Confirmed.Count)),
                    new(t.RegistrationsLabel, t.RegistrationCount(a.Confirmed.Count, a.Waiting.Count)),
                    new(texts.Calls.DeadlineLabel, texts.Calls.LocalDateTime(TimeZoneInfo.ConvertTime(a.RegistrationDeadline, Data.Programme.TimeZone).DateTime)),
                ]),
                .. a.ForEveryone ? Array.Empty<Element>() : [Note(t.ForInvitedOnly)],
                .. a.Online && !a.Cancelled ? [Note(calendar ? t.CalendarInvite : t.NoCalendarInvite)] : Array.Empty<Element>(),
                .. status is null ? Array.Empty<Element>() : [new TextBlock(status) { Weight = TextWeight.Bolder }],
                .. canRegister ? [new TextInput { Id = RegisterToActivity.NeedsInput, Label = t.NeedsLabel, MaxLength = Registration.MaxNeeds, IsMultiline = true }] : Array.Empty<Element>(),
            ],
            [
                .. canRegister ? [Actions.Execute(t.Register, new RegisterToActivity(a.Id, null), style: "positive")] : Array.Empty<CardAction>(),
                .. seat.Confirmed && a.JoinUrl is { } join && !a.Cancelled && now < a.End ? [new OpenUrlAction(t.Join, join)] : Array.Empty<CardAction>(),
                .. canCancel ? [Actions.Destructive(t.CancelRegistration, new CancelRegistration(a.Id))] : Array.Empty<CardAction>(),
            ]) with { Refresh = a.Published ? new Refresh(Actions.Execute(t.Open, new ShowActivity(a.Id))) : null };
    }

    public static string Where(Activity a, Texts texts) => a.Format switch
    {
        ActivityFormat.Online => texts.Activities.Online,
        ActivityFormat.InPerson => Place(a),
        _ => $"{Place(a)} · {texts.Activities.Online}",
    };

    private static string Place(Activity a) => a.Region is { } region ? $"{a.Place} ({region})" : a.Place ?? "";
}

/// <summary>A message about an activity to one person (a place freed up, a reminder, a cancellation): the title says what, the facts say when and where.</summary>
public static class ActivityNoticeCard
{
    public static AdaptiveCard Build(Activity a, string title, string? text, Texts texts, bool withJoin = false)
    {
        var t = texts.Activities;
        return Card(texts, title,
            [
                Title(title),
                .. text is null ? Array.Empty<Element>() : [new TextBlock(text) { Weight = TextWeight.Bolder }],
                new FactSet([new(t.WhenLabel, t.When(a.Start, a.End)), new(t.WhereLabel, ActivityCard.Where(a, texts))]),
            ],
            [
                .. withJoin && a.JoinUrl is { } join ? [new OpenUrlAction(t.Join, join)] : Array.Empty<CardAction>(),
                Actions.Execute(t.Open, new ShowActivity(a.Id)),
            ]);
    }
}

/// <summary>For staff: the activities, newest first, each with its registrations and what can still be done.</summary>
public static class ActivitiesCard
{
    public static AdaptiveCard Build(IReadOnlyList<Activity> activities, DateTimeOffset now, Texts texts)
    {
        var t = texts.Activities;
        return Card(texts, t.ActivitiesTitle,
            [
                Title(t.ActivitiesTitle),
                .. activities.Count == 0 ? [Paragraph(t.NoActivities)] : activities.Select(a => (Element)new Container(
                [
                    Heading(a.Title),
                    Note($"{t.KindName(a.Kind)} · {t.When(a.Start, a.End)}"),
                    Note(a.Cancelled ? t.Cancelled : !a.Published ? t.Draft : t.RegistrationCount(a.Confirmed.Count, a.Waiting.Count)),
                    new ActionSet(
                    [
                        .. a.Published ? [Actions.Execute(t.Registrations, new ShowRegistrations(a.Id))] : Array.Empty<CardAction>(),
                        .. !a.Cancelled && now < a.Start ? [Actions.Execute(t.Edit, new OpenActivityForm(a.Published ? a.Id : null, a.Published ? null : a.Nonce))] : Array.Empty<CardAction>(),
                        .. a.Published && !a.Cancelled && now >= a.End ? [Actions.Execute(t.TakeAttendance, new OpenAttendance(a.Id))] : Array.Empty<CardAction>(),
                        .. a.Published && !a.Cancelled && now < a.End ? [Actions.Destructive(t.CancelActivity, new CancelActivity(a.Id))] : Array.Empty<CardAction>(),
                    ]),
                ]) { Separator = true }),
            ],
            [Actions.Execute(t.NewActivity, ActivityVerbs.Form, style: "positive")]);
    }
}

/// <summary>For staff: who has a place and who waits, in order, with their institution and needs; the lists to download.</summary>
public static class RegistrationsCard
{
    public static AdaptiveCard Build(Activity a, IReadOnlyDictionary<string, Registration> registrations, string workbookLink, string csvLink, Texts texts)
    {
        var t = texts.Activities;
        IEnumerable<Element> People(IReadOnlyList<string> ids, bool numbered) => ids.Count == 0 ? [Note(t.NobodyYet)] : ids.Select((id, i) =>
        {
            var r = registrations.GetValueOrDefault(id);
            var name = r is null ? id : r.Institution is { } institution ? $"{r.Name} · {institution}" : r.Name;
            return (Element)new Container(
            [
                new TextBlock(numbered ? $"{i + 1} – {name}" : name),
                .. r?.Needs is { } needs ? [Note(t.NeedsLine(needs))] : Array.Empty<Element>(),
            ]);
        });
        return Card(texts, t.RegistrationsTitle(a.Title),
            [
                Title(t.RegistrationsTitle(a.Title)),
                Note($"{t.When(a.Start, a.End)} · {t.Places(a.Capacity, a.Confirmed.Count)}"),
                Heading($"{t.ConfirmedHeading} ({a.Confirmed.Count})"),
                .. People(a.Confirmed, numbered: false),
                Heading($"{t.WaitingHeading} ({a.Waiting.Count})"),
                .. People(a.Waiting, numbered: true),
                new ActionSet([new OpenUrlAction(texts.Exports.DownloadXlsx, workbookLink), new OpenUrlAction("CSV", csvLink)]),
            ],
            [Actions.Execute(texts.Common.Back, ActivityVerbs.Activities)]);
    }
}

/// <summary>One's own registrations, soonest first, with where one stands.</summary>
public static class MyActivitiesCard
{
    public static AdaptiveCard Build(IReadOnlyList<(Activity Activity, Seat Seat)> mine, Texts texts)
    {
        var t = texts.Activities;
        return Card(texts, t.MyActivitiesTitle,
            [
                Title(t.MyActivitiesTitle),
                .. mine.Count == 0 ? [Paragraph(t.NoRegistrations)] : mine.Select(m => (Element)new Container(
                [
                    Heading(m.Activity.Title),
                    Note(t.When(m.Activity.Start, m.Activity.End)),
                    new TextBlock(m.Activity.Cancelled ? t.Cancelled : m.Seat.Confirmed ? t.Confirmed : t.WaitingAt(m.Seat.WaitingPosition)) { Weight = TextWeight.Bolder },
                    new ActionSet([Actions.Execute(t.Open, new ShowActivity(m.Activity.Id))]),
                ]) { Separator = true }),
            ]);
    }
}

/// <summary>For staff, when an activity is over: the button to the attendance.</summary>
public static class AttendanceDueCard
{
    public static AdaptiveCard Build(Activity a, Texts texts) =>
        Card(texts, texts.Activities.AttendanceDue(a.Title),
            [Title(texts.Activities.AttendanceDue(a.Title)), Note(texts.Activities.When(a.Start, a.End))],
            [Actions.Execute(texts.Activities.TakeAttendance, new OpenAttendance(a.Id), style: "positive")]);
}

/// <summary>One person on the attendance card: their id (the toggle's), name, institution, and whether they are proposed present.</summary>
public sealed record AttendanceLine(string AadObjectId, string Name, string? Institution, bool Present);

/// <summary>For staff: the confirmed people, each with a toggle, proposed present (by default, or from Teams' attendance report).</summary>
public static class AttendanceCard
{
    public const string Prefix = "present-";

    public static AdaptiveCard Build(Activity a, IReadOnlyList<AttendanceLine> people, string note, Texts texts)
    {
        var t = texts.Activities;
        return Card(texts, t.AttendanceTitle(a.Title),
            [
                Title(t.AttendanceTitle(a.Title)),
                Note(t.When(a.Start, a.End)),
                Paragraph(people.Count == 0 ? t.NobodyConfirmed : note),
                .. people.Select(p => (Element)new ToggleInput(p.Institution is { } i ? $"{p.Name} · {i}" : p.Name)
                    { Id = Prefix + p.AadObjectId, Value = p.Present ? "true" : "false", ValueOn = "true", ValueOff = "false" }),
            ],
            people.Count == 0 ? null : [Actions.Execute(t.SaveAttendance, new SaveAttendance(a.Id), style: "positive")]);
    }
}

/// <summary>What someone present receives: a short evaluation (satisfaction 1–5, what they will apply, a comment).</summary>
public static class ActivityEvaluationCard
{
    public static AdaptiveCard Build(Activity a, FormState state, Texts texts)
    {
        var t = texts.Activities;
        return Card(texts, t.EvaluationTitle(a.Title),
            [
                Title(t.EvaluationTitle(a.Title)),
                .. Refused(state, texts),
                .. ActivityEvaluationForm.Fields.Satisfaction.Input(state, texts, [.. ActivityEvaluationForm.Scale.Select(s => new Choice(s, s))], ChoiceInputStyle.Expanded),
                .. ActivityEvaluationForm.Fields.Apply.Input(state, texts),
                .. ActivityEvaluationForm.Fields.Comment.Input(state, texts),
            ],
            [Actions.Execute(t.SendEvaluation, new EvaluateActivity(a.Id), style: "positive")]);
    }
}
