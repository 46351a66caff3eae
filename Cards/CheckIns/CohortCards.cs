using System.Text.Json.Nodes;
using SmqBot.Cards.Coaching;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Installations;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.CheckIns;

/// <summary>For staff: the cohorts under way, and the way to create or close one.</summary>
public static class CohortsCard
{
    /// <param name="reach">Where each cohort's people stand with SmqBot, by cohort id (none shown for a cohort without one).</param>
    public static AdaptiveCard Build(IReadOnlyList<Cohort> open, Texts texts, DateOnly? today = null, IReadOnlyDictionary<string, ReachSummary>? reach = null) =>
        Card(texts, texts.CheckIns.CohortsTitle,
            [
                Title(texts.CheckIns.CohortsTitle),
                .. open.Count == 0
                    ? [Paragraph(texts.CheckIns.NoOpenCohort)]
                    : open.OrderBy(c => c.Start).Select(c => (Element)new Container(
                    [
                        Heading(c.Subject),
                        Note($"{texts.CheckIns.CohortDates(texts.Date(c.Start), texts.Date(c.End))} {texts.CheckIns.MemberCount(c.Members.Count)} · {c.FiscalYear}"),
                        .. c.Invited.Any(i => i.Reason is null) ? [Note(texts.CheckIns.InvitedPeople(string.Join(", ", c.Invited.Where(i => i.Reason is null).Select(i => i.Email))))] : Array.Empty<Element>(),
                        .. (reach?.GetValueOrDefault(c.Id) ?? ReachSummary.None).Lines(texts).Select(line => (Element)Note(line)),
                        .. today is { } day && c.Hours.Entries.Count > 0 && c.Hours.CanLock(day.AddMonths(-1), c.Start, c.End) && !c.Hours.LockedMonths.Contains(day.AddMonths(-1).ToString("yyyy-MM"))
                            ? [new ActionSet([Actions.Execute(texts.Coaching.LockMonth(texts.Month(day.AddMonths(-1))),
                                new Coaching.LockMonth(new Data.Coaching.HoursFor(Data.Coaching.LedgerKind.Cohort, c.Id), YearMonth.Of(day.AddMonths(-1)), null))])]
                            : Array.Empty<Element>(),
                        new ActionSet(
                        [
                            Actions.Execute(texts.CheckIns.EditTarget, new EditCohort(c.Id)),
                            Actions.Execute(texts.CheckIns.CollectiveTargets, new ShowCollective(c.Id)),
                            Actions.Destructive(texts.CheckIns.CloseCohort, new CloseCohort(c.Id)),
                        ]),
                    ]) { Separator = true }),
            ],
            [Actions.Execute(texts.CheckIns.NewCohort, CheckInVerbs.CohortForm, style: "positive")]);
}

/// <summary>The form for a new cohort, or to change one. The channel is chosen among the teams where SmqBot is installed.</summary>
public static class CohortFormCard
{
    /// <param name="nonce">Becomes the cohort's id, so that the form sent twice creates one cohort.</param>
    public static AdaptiveCard New(IReadOnlyList<TeamInstallation> teams, string nonce, FormState state, Texts texts) =>
        Build(teams, state, texts.CheckIns.NewCohort, Actions.Execute(texts.CheckIns.CreateCohort, new CreateCohort(nonce), style: "positive"), texts);

    /// <summary>The form of an existing cohort (filled with it as it is, or as staff left it when refused).</summary>
    public static AdaptiveCard Edit(Cohort cohort, IReadOnlyList<TeamInstallation> teams, FormState state, Texts texts) =>
        Build(teams, state, cohort.Subject, Actions.Execute(texts.CheckIns.SaveCohort, new UpdateCohort(cohort.Id), style: "positive"), texts);

    /// <summary>The value the channel choice sends for a channel of a team.</summary>
    public static string ChannelChoice(string teamId, string channelId) => $"{teamId}|{channelId}";

    /// <summary>At most this many people from the rosters are offered (a card must stay under Teams' size limit); others are typed.</summary>
    public const int RosterChoices = 100;

    /// <summary>The people of the teams' rosters, once each, by name: the choices of the roster pickers.</summary>
    public static IReadOnlyList<Choice> Roster(IReadOnlyList<TeamInstallation> teams) =>
        [.. teams.SelectMany(t => t.Members).DistinctBy(m => m.AadObjectId).OrderBy(m => m.Name, StringComparer.CurrentCulture).Take(RosterChoices)
            .Select(m => new Choice(m.Email is { } email ? $"{m.Name} ({email})" : m.Name, m.AadObjectId))];

    private static AdaptiveCard Build(IReadOnlyList<TeamInstallation> teams, FormState state, string title, CardAction save, Texts texts)
    {
        var roster = Roster(teams);
        return Card(texts, title,
            [
                Title(title),
                .. Layout.Refused(state, texts),
                .. CohortForm.Fields.Subject.Input(state, texts),
                new ColumnSet(
                [
                    new Column([.. CohortForm.Fields.Start.Input(state, texts)]) { Width = "stretch" },
                    new Column([.. CohortForm.Fields.End.Input(state, texts)]) { Width = "stretch" },
                ]),
                .. CohortForm.Fields.Experts.Input(state, texts, t => t.CheckIns.PeoplePlaceholder),
                .. roster.Count == 0 ? [] : CohortForm.Fields.PickedExperts.Input(state, texts, roster),
                .. CohortForm.Fields.Members.Input(state, texts, t => t.CheckIns.PeoplePlaceholder),
                .. roster.Count == 0 ? [] : CohortForm.Fields.PickedMembers.Input(state, texts, roster),
                .. CohortForm.Fields.Objectives.Input(state, texts),
                .. teams.Count == 0 ? [] : CohortForm.Fields.Channel.Input(state, texts,
                    [.. teams.SelectMany(t => t.Channels.Select(c => new Choice($"{t.Name ?? t.TeamId} › {texts.Teams.Channel(c)}", ChannelChoice(t.TeamId, c.Id))))]),
                // The rhythm on a row of its own: in a third of a narrow card, "toutes les 2 semaines" was cut to "toutes les 2".
                .. CohortForm.Fields.Every.Input(state, texts, [.. CohortForm.Intervals.Select(n => new Choice(texts.CheckIns.EveryWeeks(n), n.ToString(System.Globalization.CultureInfo.InvariantCulture)))]),
                new ColumnSet(
                [
                    new Column([.. CohortForm.Fields.Day.Input(state, texts, [.. CohortForm.Days.Select(d => new Choice(texts.Culture.DateTimeFormat.GetDayName(d), d.ToString()))])]) { Width = "stretch" },
                    new Column([.. CohortForm.Fields.Time.Input(state, texts)]) { Width = "stretch" },
                ]),
                .. CohortForm.Fields.DigestInChannel.Input(state, texts),
            ],
            [save]);
    }
}

/// <summary>What a member gets when added to a cohort: the cohort, its objectives, its expert, its rhythm, and a start on targets.</summary>
public static class CohortWelcomeCard
{
    public static AdaptiveCard Build(Cohort cohort, Texts texts)
    {
        return Card(texts, texts.CheckIns.WelcomeToCohort(cohort.Subject),
            [
                Title(texts.CheckIns.WelcomeToCohort(cohort.Subject)),
                Paragraph(texts.CheckIns.CohortDates(texts.Date(cohort.Start), texts.Date(cohort.End))),
                .. cohort.Objectives.Count > 0 ? [Heading(texts.CheckIns.ObjectivesLabel.Split(" (")[0]), TextBlock.Bullets(cohort.Objectives)] : Array.Empty<Element>(),
                Paragraph(texts.CheckIns.YourExperts(string.Join(", ", cohort.Experts.Select(e => e.Name)))),
                Paragraph(texts.CheckIns.CheckInRhythm(texts.CheckIns.EveryWeeks(cohort.Cadence.EveryWeeks))),
                // Before their first check-in, members learn what the digest shares and with whom.
                Note(cohort.DigestInChannel && cohort.Channel is not null ? texts.CheckIns.DigestInChannelNotice : texts.CheckIns.DigestNotice),
                Paragraph(texts.CheckIns.NoTargetsYet),
            ],
            [Actions.Execute(texts.CheckIns.DefineTargets, new OpenTargetForm(cohort.Id, null), style: "positive"), Actions.Execute(texts.CheckIns.TargetsTitle, CheckInVerbs.Targets)]);
    }
}

/// <summary>What an expert gets when a cohort is created with them.</summary>
public static class CohortExpertCard
{
    public static AdaptiveCard Build(Cohort cohort, Texts texts) =>
        Card(texts, texts.CheckIns.ExpertOfCohort(cohort.Subject),
            [
                Title(texts.CheckIns.ExpertOfCohort(cohort.Subject)),
                Paragraph(texts.CheckIns.CohortDates(texts.Date(cohort.Start), texts.Date(cohort.End))),
                Paragraph(cohort.Members.Count == 0 ? texts.CheckIns.NoMembersYet : texts.CheckIns.CohortMembers(string.Join(", ", cohort.Members.Select(m => m.Name)))),
                Paragraph(texts.CheckIns.CheckInRhythm(texts.CheckIns.EveryWeeks(cohort.Cadence.EveryWeeks))),
            ],
            [Actions.Execute(texts.CheckIns.CollectiveTargets, new ShowCollective(cohort.Id), style: "positive"), Actions.Execute(texts.Coaching.LogHoursTitle, CoachingVerbs.HoursForm)]);

}

/// <summary>A cohort's collective targets; editors (staff, the cohort's experts) also report values, edit and add.</summary>
public static class CollectiveTargetsCard
{
    public static AdaptiveCard Build(Cohort cohort, bool canEdit, Texts texts)
    {
        var active = cohort.CollectiveTargets.Where(t => t.State != TargetState.Abandoned).ToList();
        return Card(texts, texts.CheckIns.CollectiveTitle(cohort.Subject),
            [
                Title(texts.CheckIns.CollectiveTitle(cohort.Subject)),
                .. active.Count == 0 ? [Paragraph(texts.CheckIns.NoCollectiveTargets)] : active.SelectMany(t => CollectiveTarget(cohort, t, canEdit, texts)),
            ],
            canEdit && cohort.CollectiveTargets.Count(t => t.State != TargetState.Abandoned) < Participation.MaxTargets
                ? [Actions.Execute(texts.CheckIns.AddCollectiveTarget, new OpenCollectiveForm(cohort.Id, null))]
                : null);
    }

    private static IEnumerable<Element> CollectiveTarget(Cohort cohort, Target target, bool canEdit, Texts texts)
    {
        yield return Heading(target.What);
        yield return Note(texts.CheckIns.TargetLine(target.Indicator, CheckInCard.Value(target, target.Latest, texts), CheckInCard.Value(target, target.Goal, texts), texts.Date(target.Due)));
        if (!canEdit) yield break;
        yield return new NumberInput { Id = ReportCollectiveValue.ValueInput(target.Id), Label = texts.CheckIns.NewValueLabel, Value = target.Latest };
        yield return new ActionSet([Actions.Execute(texts.CheckIns.ReportValue, new ReportCollectiveValue(cohort.Id, target.Id)), Actions.Execute(texts.CheckIns.EditTarget, new OpenCollectiveForm(cohort.Id, target.Id))]);
    }
}
