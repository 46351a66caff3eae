using System.Text.Json.Nodes;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Installations;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.CheckIns;

/// <summary>For staff: the cohorts under way, and the way to create or close one.</summary>
public static class CohortsCard
{
    public static AdaptiveCard Build(IReadOnlyList<Cohort> open, Texts texts, DateOnly? today = null) =>
        Card(texts, texts.CohortsTitle,
            [
                Title(texts.CohortsTitle),
                .. open.Count == 0
                    ? [Paragraph(texts.NoOpenCohort)]
                    : open.OrderBy(c => c.Start).Select(c => (Element)new Container(
                    [
                        Heading(c.Subject),
                        Note($"{texts.CohortDates(c.Start.ToString("d MMMM yyyy", texts.Culture), c.End.ToString("d MMMM yyyy", texts.Culture))} {texts.MemberCount(c.Members.Count)} · {c.FiscalYear}"),
                        .. today is { } day && c.HourEntries.Count > 0 && !c.LockedMonths.Contains(day.AddMonths(-1).ToString("yyyy-MM"))
                            ? [new ActionSet([Actions.Execute(texts.LockMonth(day.AddMonths(-1).ToString("MMMM yyyy", texts.Culture)), Verbs.HoursLock,
                                new JsonObject { ["accompaniment"] = c.Id, ["month"] = day.AddMonths(-1).ToString("yyyy-MM") })])]
                            : Array.Empty<Element>(),
                        new ActionSet(
                        [
                            Actions.Execute(texts.EditTarget, Verbs.CohortEdit, new JsonObject { ["cohort"] = c.Id }),
                            Actions.Execute(texts.CollectiveTargets, Verbs.Collective, new JsonObject { ["cohort"] = c.Id }),
                            Actions.Execute(texts.CloseCohort, Verbs.CohortClose, new JsonObject { ["cohort"] = c.Id }, style: "destructive"),
                        ]),
                    ]) { Separator = true }),
            ],
            [Actions.Execute(texts.NewCohort, Verbs.CohortForm, style: "positive")]);
}

/// <summary>The form for a new cohort. The channel is chosen among the teams where SmqBot is installed.</summary>
public static class CohortFormCard
{
    public const int MaxSubject = 200;
    public const int MaxPeopleText = 4000;
    public const int MaxObjectives = 2000;

    /// <param name="nonce">Becomes the cohort's id, so that the form sent twice creates one cohort.</param>
    public static AdaptiveCard Build(IReadOnlyList<TeamInstallation> teams, DateOnly today, string nonce, Texts texts) =>
        Build(teams, null, texts.NewCohort, today, new JsonObject { ["nonce"] = nonce }, Verbs.CohortSave, texts.CreateCohort, texts);

    /// <summary>The same form, filled with the cohort as it is, to change it.</summary>
    public static AdaptiveCard Edit(Cohort cohort, IReadOnlyList<TeamInstallation> teams, Texts texts) =>
        Build(teams, cohort, cohort.Subject, cohort.Start, new JsonObject { ["cohort"] = cohort.Id }, Verbs.CohortUpdate, texts.SaveCohort, texts);

    private static AdaptiveCard Build(IReadOnlyList<TeamInstallation> teams, Cohort? cohort, string title, DateOnly start, JsonObject data, string verb, string button, Texts texts) =>
        Card(texts, title,
            [
                Title(title),
                new TextInput { Id = "subject", Label = texts.SubjectLabel, Value = cohort?.Subject, MaxLength = MaxSubject, IsRequired = true, ErrorMessage = texts.Required(texts.SubjectLabel) },
                new ColumnSet(
                [
                    new Column([new DateInput { Id = "start", Label = texts.StartLabel, Value = start.ToString("yyyy-MM-dd"), IsRequired = true, ErrorMessage = texts.Required(texts.StartLabel) }]) { Width = "stretch" },
                    new Column([new DateInput { Id = "end", Label = texts.EndLabel, Value = cohort?.End.ToString("yyyy-MM-dd"), IsRequired = true, ErrorMessage = texts.Required(texts.EndLabel) }]) { Width = "stretch" },
                ]),
                new TextInput { Id = "experts", Label = texts.ExpertsLabel, Value = Emails(cohort?.Experts), Placeholder = texts.PeoplePlaceholder, IsMultiline = true, MaxLength = MaxPeopleText, IsRequired = true, ErrorMessage = texts.Required(texts.ExpertsLabel) },
                new TextInput { Id = "members", Label = texts.MembersLabel, Value = Emails(cohort?.Members), Placeholder = texts.PeoplePlaceholder, IsMultiline = true, MaxLength = MaxPeopleText, IsRequired = true, ErrorMessage = texts.Required(texts.MembersLabel) },
                new TextInput { Id = "objectives", Label = texts.ObjectivesLabel, Value = cohort is null ? null : string.Join("\n", cohort.Objectives), IsMultiline = true, MaxLength = MaxObjectives },
                .. teams.Count == 0 ? Array.Empty<Element>() :
                [
                    new ChoiceSetInput([.. teams.SelectMany(t => t.Channels.Select(c => new Choice($"{t.Name ?? t.TeamId} › {c.Name}", $"{t.TeamId}|{c.Id}")))])
                    {
                        Id = "channel", Label = texts.ChannelLabel, Style = ChoiceInputStyle.Compact,
                        Value = cohort?.Channel is { } channel ? teams.Where(t => t.Channels.Any(c => c.Id == channel.ConversationId)).Select(t => $"{t.TeamId}|{channel.ConversationId}").FirstOrDefault() : null,
                    },
                ],
                new ColumnSet(
                [
                    new Column([new ChoiceSetInput([.. new[] { 1, 2, 3, 4 }.Select(n => new Choice(texts.EveryWeeks(n), n.ToString(texts.Culture)))])
                        { Id = "every", Label = texts.EveryLabel, Value = (cohort?.Cadence.EveryWeeks ?? 2).ToString(texts.Culture) }]) { Width = "stretch" },
                    new Column([new ChoiceSetInput([.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                        .Select(d => new Choice(texts.Culture.DateTimeFormat.GetDayName(d), d.ToString()))]) { Id = "day", Label = texts.DayLabel, Value = (cohort?.Cadence.Day ?? DayOfWeek.Monday).ToString() }]) { Width = "stretch" },
                    new Column([new TimeInput { Id = "time", Label = texts.TimeLabel, Value = (cohort?.Cadence.At ?? new TimeOnly(9, 0)).ToString("HH:mm") }]) { Width = "stretch" },
                ]),
                new ToggleInput(texts.DigestInChannelLabel) { Id = "digestInChannel", Value = cohort is null || cohort.DigestInChannel ? "true" : "false", ValueOn = "true", ValueOff = "false" },
            ],
            [Actions.Execute(button, verb, data, style: "positive")]);

    private static string? Emails(IReadOnlyList<CohortMember>? people) =>
        people is null ? null : string.Join(", ", people.Select(p => p.Email ?? p.Name));
}

/// <summary>What a member gets when added to a cohort: the cohort, its objectives, its expert, its rhythm, and a start on targets.</summary>
public static class CohortWelcomeCard
{
    public static AdaptiveCard Build(Cohort cohort, Texts texts)
    {
        var data = new JsonObject { ["cohort"] = cohort.Id };
        return Card(texts, texts.WelcomeToCohort(cohort.Subject),
            [
                Title(texts.WelcomeToCohort(cohort.Subject)),
                Paragraph(texts.CohortDates(cohort.Start.ToString("d MMMM yyyy", texts.Culture), cohort.End.ToString("d MMMM yyyy", texts.Culture))),
                .. cohort.Objectives.Count > 0 ? [Heading(texts.ObjectivesLabel.Split(" (")[0]), Paragraph(string.Join("\n", cohort.Objectives.Select(o => $"- {o}")))] : Array.Empty<Element>(),
                Paragraph(texts.YourExperts(string.Join(", ", cohort.Experts.Select(e => e.Name)))),
                Paragraph(texts.CheckInRhythm(texts.EveryWeeks(cohort.Cadence.EveryWeeks))),
                Paragraph(texts.NoTargetsYet),
            ],
            [Actions.Execute(texts.DefineTargets, Verbs.TargetForm, data, style: "positive"), Actions.Execute(texts.TargetsTitle, Verbs.Targets)]);
    }
}

/// <summary>What an expert gets when a cohort is created with them.</summary>
public static class CohortExpertCard
{
    public static AdaptiveCard Build(Cohort cohort, Texts texts) =>
        Card(texts, texts.ExpertOfCohort(cohort.Subject),
            [
                Title(texts.ExpertOfCohort(cohort.Subject)),
                Paragraph(texts.CohortDates(cohort.Start.ToString("d MMMM yyyy", texts.Culture), cohort.End.ToString("d MMMM yyyy", texts.Culture))),
                Paragraph(texts.CohortMembers(string.Join(", ", cohort.Members.Select(m => m.Name)))),
                Paragraph(texts.CheckInRhythm(texts.EveryWeeks(cohort.Cadence.EveryWeeks))),
            ],
            [Actions.Execute(texts.CollectiveTargets, Verbs.Collective, new JsonObject { ["cohort"] = cohort.Id }, style: "positive"), Actions.Execute(texts.LogHoursTitle, Verbs.HoursForm)]);

}

/// <summary>A cohort's collective targets; editors (staff, the cohort's experts) also report values, edit and add.</summary>
public static class CollectiveTargetsCard
{
    public static AdaptiveCard Build(Cohort cohort, bool canEdit, Texts texts)
    {
        var data = new JsonObject { ["cohort"] = cohort.Id };
        var active = cohort.CollectiveTargets.Where(t => t.State != TargetState.Abandoned).ToList();
        return Card(texts, texts.CollectiveTitle(cohort.Subject),
            [
                Title(texts.CollectiveTitle(cohort.Subject)),
                .. active.Count == 0 ? [Paragraph(texts.NoCollectiveTargets)] : active.SelectMany(t => CollectiveTarget(cohort, t, canEdit, texts)),
            ],
            canEdit && cohort.CollectiveTargets.Count(t => t.State != TargetState.Abandoned) < Participation.MaxTargets
                ? [Actions.Execute(texts.AddCollectiveTarget, Verbs.CollectiveForm, data)]
                : null);
    }

    private static IEnumerable<Element> CollectiveTarget(Cohort cohort, Target target, bool canEdit, Texts texts)
    {
        yield return Heading(target.What);
        yield return Note(texts.TargetLine(target.Indicator, CheckInCard.Value(target, target.Latest, texts), CheckInCard.Value(target, target.Goal, texts), target.Due.ToString("d MMMM yyyy", texts.Culture)));
        if (!canEdit) yield break;
        var data = new JsonObject { ["cohort"] = cohort.Id, ["target"] = target.Id };
        yield return new NumberInput { Id = $"value_{target.Id}", Label = texts.NewValueLabel, Value = target.Latest };
        yield return new ActionSet([Actions.Execute(texts.ReportValue, Verbs.CollectiveReport, data), Actions.Execute(texts.EditTarget, Verbs.CollectiveForm, data.DeepClone().AsObject())]);
    }
}
