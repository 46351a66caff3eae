using System.Text.Json.Nodes;
using Humanizer;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Installations;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Calls;

/// <summary>For staff: the form of a new call, in French and optionally English, with the channel to post it to.</summary>
public static class CallFormCard
{
    public static AdaptiveCard Build(IReadOnlyList<TeamInstallation> teams, DateOnly today, string nonce, FormState state, Texts texts) =>
        Card(texts, texts.Calls.NewCall,
            [
                Title(texts.Calls.NewCall),
                .. Layout.Refused(state, texts),
                .. CallForm.Fields.Kind.Input(state, texts, [.. Enum.GetValues<CallKind>().Select(k => new Choice(texts.Calls.CallKindName(k), k.ToString()))], ChoiceInputStyle.Expanded),
                .. Texts(state, today, texts),
                .. CallForm.Fields.Channel.Input(state, texts, [.. teams.SelectMany(t => t.Channels.Select(c => new Choice(ChannelName(t, c, texts), $"{t.TeamId}|{c.Id}")))]),
                // An empty list says nothing: say how to give it channels.
                .. teams.Count == 0 ? [Paragraph(texts.Teams.NoTeams)] : Array.Empty<Element>(),
            ],
            [Actions.Execute(texts.Calls.Preview, new PreviewCall(nonce), style: "positive")]);

    /// <summary>
    /// A posted call, edited: its texts, places and deadline; not its kind (applications depend on it) nor its channel
    /// (the card is there already). Saving updates the card in the channel.
    /// </summary>
    public static AdaptiveCard Edit(Call call, IReadOnlyList<TeamInstallation> teams, DateOnly today, FormState state, Texts texts)
    {
        var channel = teams.SelectMany(t => t.Channels.Select(c => (Team: t, Channel: c))).FirstOrDefault(x => x.Channel.Id == call.PostedTo?.ConversationId);
        // The form's fields that this card does not show travel with its button; the handler keeps the call's own whatever comes back.
        var save = new UpdateCall(call.Id, call.Kind, channel.Team is null ? "-|-" : $"{channel.Team.TeamId}|{channel.Channel.Id}");
        return Card(texts, texts.Calls.EditCallTitle,
            [
                Title(texts.Calls.EditCallTitle),
                .. Layout.Refused(state, texts),
                Note(texts.Calls.EditCallNote(channel.Team is null ? texts.Calls.ChannelLabel : ChannelName(channel.Team, channel.Channel, texts))),
                .. Texts(state, today, texts),
            ],
            [
                Actions.Execute(texts.Calls.SaveCall, save, style: "positive"),
                Actions.Execute(texts.Common.Cancel, CallVerbs.Calls),
            ]);
    }

    private static string ChannelName(TeamInstallation team, TeamChannel channel, Texts texts) => $"{team.Name ?? team.TeamId} › {texts.Teams.Channel(channel)}";

    private static IEnumerable<Element> Texts(FormState state, DateOnly today, Texts texts) =>
            [
                .. CallForm.Fields.TitleFr.Input(state, texts),
                .. CallForm.Fields.TitleEn.Input(state, texts),
                .. CallForm.Fields.DescriptionFr.Input(state, texts),
                .. CallForm.Fields.DescriptionEn.Input(state, texts),
                .. CallForm.Fields.EligibilityFr.Input(state, texts),
                .. CallForm.Fields.EligibilityEn.Input(state, texts),
                new ColumnSet(
                [
                    new Column([.. CallForm.Fields.Places.Input(state, texts)]) { Width = "stretch" },
                    new Column([.. CallForm.Fields.Deadline.Input(state, texts, min: today.AddDays(1))]) { Width = "stretch" },
                ]),
            ];
}

/// <summary>
/// The call as it stands in the channel, seen by one reader: the deadline in words, how many have applied, and that
/// reader's own application. The card's <c>refresh</c> makes each reader's Teams client ask for their own view, so the
/// count is current and the buttons are theirs.
/// </summary>
public static class CallCard
{
    /// <summary>The deadline as a date and time in Montréal, and while the call is open how far it is ("dans 5 jours").</summary>
    public static string Deadline(Call call, DateTimeOffset now, Texts texts)
    {
        var at = texts.Calls.LocalDateTime(TimeZoneInfo.ConvertTime(call.Deadline, Data.Programme.TimeZone).DateTime);
        return now < call.Deadline ? texts.Calls.DeadlineIn(texts.Ago(call.Deadline, now), at) : at;
    }

    public static AdaptiveCard Build(Call call, int applications, Application? mine, DateTimeOffset now, Texts texts, string? note = null)
    {
        var english = texts.Culture.TwoLetterISOLanguageName == "en";
        var title = english && call.TitleEn is { } te ? te : call.TitleFr;
        var description = english && call.DescriptionEn is { } de ? de : call.DescriptionFr;
        var eligibility = english && call.EligibilityEn is { } ee ? ee : call.EligibilityFr;
        var open = now < call.Deadline;
        var status = !open ? texts.Calls.CallClosed
            : mine is { Status: ApplicationStatus.Submitted } ? texts.Calls.ApplicationSent
            : mine is { Status: ApplicationStatus.Withdrawn } ? texts.Calls.Withdrawn
            : null;
        return Card(texts, title,
            [
                .. note is null ? Array.Empty<Element>() : [Note(note)],
                Title(title),
                Note($"{texts.Calls.CallKindName(call.Kind)} · {texts.Calls.PlacesCount(call.Places)}"),
                Paragraph(description),
                .. eligibility is null ? Array.Empty<Element>() : [Paragraph(eligibility)],
                new FactSet(
                [
                    new(texts.Calls.DeadlineLabel, Deadline(call, now, texts)),
                    new(texts.Calls.ApplicationsLabel, texts.Calls.ApplicationCount(applications)),
                ]),
                .. status is null ? Array.Empty<Element>() : [new TextBlock(status) { Weight = TextWeight.Bolder }],
            ],
            !open ? null
            : mine is { Status: ApplicationStatus.Submitted }
                ? [Actions.Execute(texts.Calls.EditApplication, new ApplyToCall(call.Id)), Actions.Destructive(texts.Calls.Withdraw, new WithdrawApplication(call.Id))]
                : [Actions.Execute(texts.Calls.Apply, new ApplyToCall(call.Id), style: "positive")])
            with { Refresh = new Refresh(Actions.Execute(texts.Calls.Apply, new ShowCall(call.Id))) };
    }
}

/// <summary>One member's application form: their institution, the people concerned, axis (coaching), aims, motivation, commitment.</summary>
public static class ApplicationFormCard
{
    public static AdaptiveCard Build(Call call, FormState state, Texts texts) =>
        Card(texts, texts.Calls.ApplyTitle,
            [
                Title(texts.Calls.ApplyTitle),
                .. Layout.Refused(state, texts),
                Note(texts.Culture.TwoLetterISOLanguageName == "en" && call.TitleEn is { } te ? te : call.TitleFr),
                .. ApplicationForm.Fields.Institution.Input(state, texts),
                .. ApplicationForm.Fields.People.Input(state, texts),
                .. call.Kind == CallKind.Coaching
                    ? ApplicationForm.Fields.Axis.Input(state, texts, [.. Enum.GetValues<Axis>().Select(a => new Choice(texts.Coaching.AxisName(a), a.ToString()))], ChoiceInputStyle.Expanded)
                        .Select(e => e is ChoiceSetInput c ? c with { IsRequired = true, ErrorMessage = c.ErrorMessage ?? texts.Common.Required(texts.Coaching.AxisLabel) } : e)
                    : [],
                .. ApplicationForm.Fields.Areas.Input(state, texts),
                .. ApplicationForm.Fields.Motivation.Input(state, texts),
                .. ApplicationForm.Fields.Commitment.Input(state, texts)
                    .Select(e => e is ToggleInput t ? t with { Label = texts.Calls.CommitmentTitle, IsRequired = true, ErrorMessage = t.ErrorMessage ?? texts.Calls.CommitmentRequired } : e),
            ],
            [Actions.Execute(texts.Calls.SendApplication, new SubmitApplication(call.Id), style: "positive")]);
}

/// <summary>For staff: the recent calls, and a new one.</summary>
public static class CallsCard
{
    public static AdaptiveCard Build(IReadOnlyList<(Call Call, int Applications)> calls, DateTimeOffset now, Texts texts) =>
        Card(texts, texts.Calls.CallsTitle,
            [
                Title(texts.Calls.CallsTitle),
                .. calls.Count == 0 ? [Paragraph(texts.Calls.NoCalls)] : calls.Select(c => (Element)new Container(
                [
                    Heading(c.Call.TitleFr),
                    Note($"{texts.Calls.CallKindName(c.Call.Kind)} · {texts.Calls.ApplicationCount(c.Applications)} · {(now < c.Call.Deadline ? texts.Calls.EndsIn(texts.Ago(c.Call.Deadline, now)) : texts.Calls.CallClosed)}"),
                    new ActionSet(
                    [
                        Actions.Execute(texts.Calls.ApplicationsLabel, new ReviewApplications(c.Call.Id, null)),
                        .. c.Call.IsOpen(now) ? [Actions.Execute(texts.Calls.EditCall, new OpenCallForm(c.Call.Id, null))] : Array.Empty<CardAction>(),
                        .. c.Call.IsOpen(now) ? [Actions.Destructive(texts.Calls.CloseCall, new CloseCall(c.Call.Id))] : Array.Empty<CardAction>(),
                    ]),
                ]) { Separator = true }),
            ],
            [Actions.Execute(texts.Calls.NewCall, CallVerbs.CallForm, style: "positive")]);
}

/// <summary>For staff: a call's applications, filtered by status, each to open.</summary>
public static class ReviewCard
{
    public static AdaptiveCard Build(Call call, IReadOnlyList<Application> applications, ApplicationStatus? filter, Texts texts)
    {
        var shown = applications.Where(a => filter is null ? a.Status != ApplicationStatus.Withdrawn : a.Status == filter).OrderBy(a => a.SubmittedAt).ToList();
        return Card(texts, texts.Calls.ApplicationsTitle(call.TitleFr),
            [
                Title(texts.Calls.ApplicationsTitle(call.TitleFr)),
                new ActionSet([.. new ApplicationStatus?[] { null, ApplicationStatus.Submitted, ApplicationStatus.Selected, ApplicationStatus.Declined }.Select(f =>
                    (CardAction)Actions.Execute(texts.Calls.ApplicationFilter(f), new ReviewApplications(call.Id, f)))]),
                Note(texts.Calls.ApplicationFilter(filter)),
                .. shown.Count == 0 ? [Paragraph(texts.Calls.NoApplications)] : shown.Select(a => (Element)new Container(
                [
                    Heading($"{a.Name} · {a.Institution}"),
                    Note(texts.Calls.ApplicationStatusName(a.Status)),
                    new ActionSet([Actions.Execute(texts.Calls.OpenApplication, new ShowApplication(call.Id, a.AadObjectId))]),
                ]) { Separator = true }),
            ]);
    }
}

/// <summary>
/// For staff: one application, to select or decline with a message. Selecting places the applicant in one step, so the
/// card asks for the placement: a cohort under way (cohort calls), or the accompaniment's terms (coaching calls). These
/// inputs are not marked required, so that declining does not ask for them; the handler checks them when selecting.
/// </summary>
public static class ApplicationCard
{
    public const int MaxMessage = 1000;

    /// <param name="notRecognised">A coaching call's applicant whose institution is not on the member list as recognised for its tourism potential.</param>
    public static AdaptiveCard Build(Call call, Application a, IReadOnlyList<Data.Cohorts.Cohort> openCohorts, DateOnly today, Texts texts, bool notRecognised = false)
    {
        var open = a.Status == ApplicationStatus.Submitted;
        return Card(texts, $"{a.Name} · {a.Institution}",
            [
                Title($"{a.Name} · {a.Institution}"),
                Note(call.TitleFr),
                .. notRecognised ? [new Container([new TextBlock(texts.Calls.NotRecognisedMember) { Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Attention }] : Array.Empty<Element>(),
                new FactSet(
                [
                    new(texts.Calls.PeopleConcernedLabel, a.People),
                    .. a.Axis is { } axis ? [new Fact(texts.Coaching.AxisLabel, texts.Coaching.AxisName(axis))] : Array.Empty<Fact>(),
                    new(texts.Calls.ImprovementAreasLabel, a.ImprovementAreas),
                    new(texts.Calls.MotivationLabel, a.Motivation),
                    new(texts.Coaching.StatusLabel, texts.Calls.ApplicationStatusName(a.Status)),
                ]),
                .. a.Placement is { } p ? [Paragraph(p.IsCohort ? texts.Calls.PlacedInCohort(p.Name)
                    : p.AwaitsExpert ? texts.Calls.PlacedAwaitingExpert(p.Name)
                    : texts.Calls.PlacedInAccompaniment(p.Name))] : Array.Empty<Element>(),
                .. a.DecisionMessage is { } m ? [Paragraph(m)] : Array.Empty<Element>(),
                .. open ? PlacementInputs(call, openCohorts, today, texts) : [],
                .. open ? [new TextInput { Id = SelectApplication.MessageInput, Label = texts.Calls.DecisionMessageLabel, IsMultiline = true, MaxLength = MaxMessage }] : Array.Empty<Element>(),
            ],
            open
                ? [Actions.Execute(texts.Calls.SelectApplication, new SelectApplication(call.Id, a.AadObjectId, null, null, null), style: "positive"),
                   Actions.Destructive(texts.Calls.DeclineApplication, new DeclineApplication(call.Id, a.AadObjectId, null))]
                : [Actions.Execute(texts.Calls.ApplicationsLabel, new ReviewApplications(call.Id, null))]);
    }

    private static Element[] PlacementInputs(Call call, IReadOnlyList<Data.Cohorts.Cohort> openCohorts, DateOnly today, Texts texts) => call.Kind switch
    {
        CallKind.Cohort when openCohorts.Count == 0 => [Note(texts.Calls.NoCohortToPlaceIn)],
        CallKind.Cohort =>
        [
            new ChoiceSetInput([.. openCohorts.OrderBy(c => c.Start).Select(c => new Choice($"{c.Subject} ({texts.ShortDate(c.Start, withYear: true)})", c.Id))])
                { Id = SelectApplication.CohortInput, Label = texts.Calls.PlaceInCohortLabel, Value = openCohorts.Count == 1 ? openCohorts[0].Id : null },
        ],
        _ =>
        [
            Note(texts.Calls.AccompanimentTermsNote),
            new TextInput { Id = SelectApplication.ExpertInput, Label = texts.Coaching.ExpertLabel, MaxLength = 254 },
            .. Coaching.AccompanimentForm.Fields.Region.Input(FormState.Empty, texts),
            new NumberInput { Id = "budget", Label = texts.Coaching.BudgetLabel, Value = Accompaniment.DefaultBudgetMinutes / 60, Min = 1, Max = 100 },
            new ColumnSet(
            [
                new Column([new DateInput { Id = "start", Label = texts.Common.StartLabel, Value = today.ToString("yyyy-MM-dd") }]) { Width = "stretch" },
                new Column([new DateInput { Id = "end", Label = texts.Common.EndLabel, Value = today.AddMonths(6).ToString("yyyy-MM-dd") }]) { Width = "stretch" },
            ]),
        ],
    };
}

/// <summary>What the applicant receives with the decision.</summary>
public static class DecisionCard
{
    public static AdaptiveCard Build(Call call, bool selected, string? message, Texts texts)
    {
        var title = texts.Calls.DecisionTitle(texts.Culture.TwoLetterISOLanguageName == "en" && call.TitleEn is { } te ? te : call.TitleFr);
        return Card(texts, title,
            [Title(title), new TextBlock(texts.Calls.DecisionText(selected)) { Weight = TextWeight.Bolder }, .. message is null ? Array.Empty<Element>() : [Paragraph(message)]]);
    }
}
