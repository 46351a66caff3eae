using System.Text.Json.Nodes;
using SmqBot.Cards.Coaching;
using SmqBot.Cards.Meetings;
using SmqBot.Cards.Calls;
using ScottPlot;
using Image = SmqBot.Cards.Model.Image;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Coaching;
using SmqBot.Data.Reports;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Reports;

/// <summary>
/// The report's charts (<see cref="ChartStyle"/>: made for the card's width, readable on both themes), served behind
/// links (a card must stay small for Teams). Horizontal bars with their full labels, each with its value, on an axis
/// from 0 in the bars' own unit (hours as "1 h 30", counts as whole numbers); a chart with nothing to show says so.
/// </summary>
public static class ReportCharts
{
    private static readonly Color Accent = ChartStyle.Accent;

    public static byte[] HoursByAxis(ProgrammeReport report, Texts texts) =>
        Bars(texts.Reports.HoursByAxisChart,
            [.. report.ByAxis.Select(b => (Enum.TryParse<Axis>(b.Key, out var axis) ? texts.Coaching.AxisName(axis) : b.Key, b.Minutes / 60.0, texts.Hours(b.Minutes), Accent))], texts, counts: false);

    /// <summary>Evaluated coaching targets (achieved, partly, not) beside cohort targets (achieved, not yet).</summary>
    public static byte[] Targets(ProgrammeReport report, Texts texts)
    {
        var (achieved, partly, not) = report.Outcomes;
        var cohortPending = report.CohortTargets.Total - report.CohortTargets.Achieved;
        string Count(int n) => n.ToString(texts.Culture);
        return Bars(texts.Reports.TargetsChart,
        [
            (texts.Reports.CoachingTargetLabel(texts.Coaching.OutcomeName(Outcome.Achieved)), achieved, Count(achieved), Color.FromHex("#2E7D32")),
            (texts.Reports.CoachingTargetLabel(texts.Coaching.OutcomeName(Outcome.Partly)), partly, Count(partly), Color.FromHex("#B26A00")),
            (texts.Reports.CoachingTargetLabel(texts.Coaching.OutcomeName(Outcome.Not)), not, Count(not), Color.FromHex("#B3261E")),
            (texts.Reports.CohortTargetsAchievedLabel, report.CohortTargets.Achieved, Count(report.CohortTargets.Achieved), Accent),
            (texts.Reports.CohortTargetsPendingLabel, cohortPending, Count(cohortPending), Color.FromHex("#616161")),
        ], texts, counts: true);
    }

    /// <param name="counts">Whole numbers only on the axis (targets), or hours.</param>
    private static byte[] Bars(string title, IReadOnlyList<(string Label, double Value, string Shown, Color Color)> rows, Texts texts, bool counts)
    {
        var plot = ChartStyle.New(title);
        if (rows.Count == 0 || rows.All(r => r.Value <= 0))
        {
            plot.Layout.Frameless();
            plot.HideGrid();
            var empty = plot.Add.Text(texts.Reports.NoDataYet, 0, 0);
            empty.LabelFontSize = 16;
            empty.LabelFontName = ChartStyle.Font;
            empty.LabelFontColor = ChartStyle.Ink;
            empty.LabelAlignment = Alignment.MiddleCenter;
            plot.Axes.SetLimits(-1, 1, -1, 1);
        }
        else
        {
            // The first row on top: positions count down. Each label sits above its bar, across the chart's width, so
            // that a long axis name ("Positionnement dans l'écosystème touristique québécois") leaves the bars their room.
            var bars = plot.Add.Bars(rows.Select((r, i) => new Bar
            {
                Position = rows.Count - 1 - i, Value = r.Value, FillColor = r.Color, Label = r.Shown, Size = 0.45,
                ValueBase = 0,
            }).ToArray());
            bars.Horizontal = true;
            bars.ValueLabelStyle.FontName = ChartStyle.Font;
            bars.ValueLabelStyle.FontSize = 13;
            bars.ValueLabelStyle.ForeColor = ChartStyle.Ink;
            foreach (var (row, i) in rows.Select((r, i) => (r, i)))
            {
                var label = plot.Add.Text(row.Label, 0, rows.Count - 1 - i + 0.28);
                label.LabelFontName = ChartStyle.Font;
                label.LabelFontSize = 13;
                label.LabelFontColor = ChartStyle.Ink;
                label.LabelAlignment = Alignment.LowerLeft;
            }
            plot.Axes.Left.SetTicks([], []);
            plot.HideGrid();
            var most = rows.Max(r => r.Value);
            plot.Axes.SetLimits(0, most * 1.3, -0.5, rows.Count - 0.2);
            // Hours in whole hours, written as the bars' labels are ("1 h", "2 h"), never "0,5 1 1,5"; counts in whole numbers.
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                IntegerTicksOnly = true, TargetTickCount = 4,
                LabelFormatter = value => counts ? value.ToString("0", texts.Culture) : texts.Hours((int)Math.Round(value * 60)),
            };
        }
        return ChartStyle.Png(plot);
    }
}

/// <summary>For staff: one fiscal year's figures, phrased as SMQ phrases them, with charts, the year's list and CSV links.</summary>
public static class ReportCard
{
    public static AdaptiveCard Build(ProgrammeReport r, IReadOnlyList<string> years, string workbookLink, IReadOnlyDictionary<string, string> csvLinks, (string Axis, string Targets) chartUrls, Texts texts)
    {
        var title = texts.Reports.ReportTitle(r.FiscalYear);
        string H(int minutes) => texts.Hours(minutes);
        return Card(texts, title,
            [
                Title(title),
                new ColumnSet(
                [
                    new Column([new ChoiceSetInput([.. years.Select(y => new Choice(y, y))]) { Id = ShowReport.YearInput, Label = texts.Reports.FiscalYearLabel, Value = r.FiscalYear, Style = ChoiceInputStyle.Compact }]) { Width = "stretch" },
                    new Column([new ActionSet([Actions.Execute(texts.Reports.ShowReport, new ShowReport(null))])]) { Width = "auto" },
                ]),

                Section(texts.Reports.PlanSection),
                .. Plan(r, texts),

                Section(texts.Reports.CoachingSection),
                new TextBlock(texts.Reports.InstitutionsForAccompaniments(r.Institutions, r.Accompaniments) + (r.Plan is { } goal ? $" — {texts.Reports.InstitutionsGoal(goal.Institutions)}" : ""))
                    { Weight = TextWeight.Bolder },
                new FactSet(
                [
                    new(texts.Reports.HoursDeliveredLabel, texts.Reports.DeliveredOfBudgeted(H(r.MinutesDelivered), H(r.MinutesBudgeted))),
                    new(texts.Reports.EvaluationsLabel, texts.Reports.EvaluationsSummary(r.Evaluations, r.AverageSatisfaction, r.RecommendShare)),
                    new(texts.Reports.EvaluatedTargetsLabel, texts.Reports.OutcomesSummary(r.Outcomes.Achieved, r.Outcomes.Partly, r.Outcomes.Not)),
                ]),
                Heading(texts.Reports.ByAxisLabel),
                new FactSet([.. r.ByAxis.Where(b => b.Accompaniments > 0).Select(b => new Fact(Enum.TryParse<Axis>(b.Key, out var a) ? texts.Coaching.AxisName(a) : b.Key, texts.Reports.CountAndHours(b.Accompaniments, H(b.Minutes))))]),
                Heading(texts.Reports.ByRegionLabel),
                new FactSet([.. r.ByRegion.Select(b => new Fact(b.Key.Length == 0 ? texts.Reports.UnknownRegion : b.Key, texts.Reports.CountAndHours(b.Accompaniments, H(b.Minutes))))]),
                new Image(chartUrls.Axis) { AltText = texts.Reports.HoursByAxisChart },

                Section(texts.Reports.CohortsSection),
                new TextBlock(texts.Reports.CohortsHeadline(r.Cohorts.Count, r.CohortParticipants, r.CohortInstitutions)) { Weight = TextWeight.Bolder },
                new FactSet(
                [
                    new(texts.Reports.MeetingsHeldLabel, r.MeetingsHeld.ToString(texts.Culture)),
                    new(texts.Reports.CheckInRateLabel, texts.Reports.Rate(r.CheckIns.Answered, r.CheckIns.Asked)),
                    new(texts.Reports.TargetsAchievedLabel, texts.Reports.OutOf(r.CohortTargets.Achieved, r.CohortTargets.Total)),
                ]),
                .. r.Cohorts.Count == 0 ? [Note(texts.Reports.NothingThisYear)] : r.Cohorts.Select(c => (Element)new FactSet(
                [
                    new(c.Subject, texts.Reports.CohortLineSummary(c.Participants, c.MeetingsHeld, texts.Reports.Rate(c.CheckInsAnswered, c.CheckInsAsked))),
                ])),
                new Image(chartUrls.Targets) { AltText = texts.Reports.TargetsChart },

                Section(texts.Activities.ReportSection),
                new TextBlock(texts.Activities.ReportHeadline(r.Activities.Lines.Count, r.Activities.Registered)) { Weight = TextWeight.Bolder },
                .. r.Activities.Lines.Count == 0 ? [Note(texts.Reports.NothingThisYear)] : new Element[]
                {
                    new FactSet(
                    [
                        new(texts.Activities.ReportKindsLabel, string.Join(", ", r.Activities.ByKind.Select(k => $"{texts.Activities.KindName(k.Kind)} ({k.Count})"))),
                        new(texts.Activities.ReportAttendanceLabel, texts.Reports.OutOf(r.Activities.Present, r.Activities.Registered)),
                        new(texts.Activities.ReportReachLabel, texts.Activities.ReportReach(r.Activities.Institutions, r.Activities.Regions)),
                        new(texts.Activities.ReportSatisfactionLabel, texts.Activities.ReportSatisfaction(r.Activities.Evaluations, r.Activities.AverageSatisfaction)),
                    ]),
                },

                Section(texts.Reports.ImpactSection),
                .. Impact(texts.Reports.ImpactCohorts, r.Impact.Cohorts, texts),
                .. Impact(texts.Reports.ImpactAccompaniments, r.Impact.Accompaniments, texts),
                new FactSet([new(texts.Reports.FieldLabel, texts.Reports.FieldApplications(r.Impact.FieldApplications, r.Impact.FieldIntentions))]),

                Section(texts.Reports.ExpertsSection),
                r.Experts.Count == 0 ? Note(texts.Reports.NothingThisYear)
                    : new FactSet([.. r.Experts.Select(e => new Fact(e.Name, texts.Reports.ExpertHoursLine(H(e.Minutes), H(e.AccompanimentMinutes), H(e.CohortMinutes))))]),

                Section(texts.Reports.AccompanimentsOfTheYear),
                .. r.AccompanimentLines.Count == 0 ? [Note(texts.Reports.NothingThisYear)] : r.AccompanimentLines.Select(l => (Element)new TextBlock(
                    $"{l.Institution}{(l.Region.Length > 0 ? $" ({l.Region})" : "")} — {texts.Coaching.AxisName(l.Axis)} — {l.Expert} — {texts.Reports.AccompanimentState(l.Closed)}") { Size = TextSize.Small }),
                // The workbook holds every table; then each table as CSV, two a row: five side by side run off a narrow card.
                new ActionSet([new OpenUrlAction(texts.Reports.WorkbookLink, workbookLink)]) { Spacing = Spacing.Large },
                .. csvLinks.Chunk(2).Select(pair => (Element)new ActionSet([.. pair.Select(link => (CardAction)new OpenUrlAction(texts.Reports.CsvLink(texts.Reports.TableName(link.Key)), link.Value))])),
            ]);
    }

    /// <summary>Where the year stands against its plan (or that it has none), with the button to set or change it.</summary>
    public static Element[] Plan(ProgrammeReport r, Texts texts) =>
    [
        r.Plan is { } plan
            ? new FactSet(
            [
                new(texts.Reports.PlanFacts.Institutions, texts.Reports.PlanInstitutions(r.Institutions, plan.Institutions)),
                new(texts.Reports.PlanFacts.Hours, texts.Reports.PlanHours(texts.Hours(r.MinutesDelivered), texts.Hours(plan.Hours * 60))),
                new(texts.Reports.PlanFacts.Cohorts, texts.Reports.PlanCohorts(r.Cohorts.Count, plan.Cohorts)),
            ])
            : Note(texts.Reports.NoPlan),
        new ActionSet([Actions.Execute(r.Plan is null ? texts.Reports.SetPlan : texts.Reports.EditPlan, new OpenPlan(r.FiscalYear))]),
    ];

    /// <summary>One kind of course's measured improvement: targets set, measured, in progress, reached, and the median progress.</summary>
    private static Element[] Impact(string heading, Data.Reports.ImpactFigures f, Texts texts) =>
    [
        Heading(heading),
        new FactSet(
        [
            new(texts.Reports.TargetsSetLabel, f.Set.ToString(texts.Culture)),
            new(texts.Reports.TargetsMeasuredLabel, f.Measured.ToString(texts.Culture)),
            new(texts.Reports.TargetsInProgressLabel, f.InProgress.ToString(texts.Culture)),
            new(texts.Reports.TargetsReachedLabel, f.Achieved.ToString(texts.Culture)),
            new(texts.Reports.MedianProgressLabel, f.MedianProgress is { } median ? texts.Percent(100 * median) : texts.Reports.NotMeasured),
        ]),
    ];

    private static TextBlock Section(string text) => new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Spacing = Spacing.Large, Separator = true };
}

/// <summary>What needs staff's attention now.</summary>
public sealed record DashboardView(
    IReadOnlyList<(string What, string Share, ShowEntries Open)> NearBudget,
    IReadOnlyList<(string What, string Entry, ShowEntries Open)> PendingHours,
    IReadOnlyList<string> Silent,
    IReadOnlyList<(string What, ReviewApplications Open)> ClosingCalls,
    IReadOnlyList<(string What, ShowProposal Open)> UndatedMeetings,
    IReadOnlyList<string>? NotReached = null,
    string? Plan = null);

public static class DashboardCard
{
    public static AdaptiveCard Build(DashboardView v, Texts texts) =>
        Card(texts, texts.Reports.DashboardTitle,
            [
                Title(texts.Reports.DashboardTitle),
                .. v.Plan is null ? Array.Empty<Element>() : [new TextBlock(v.Plan) { Weight = TextWeight.Bolder }],
                .. Section(texts, texts.Reports.NearBudgetSection, v.NearBudget.Select(n => Line($"{n.What} — {n.Share}", texts, n.Open))),
                .. Section(texts, texts.Reports.PendingHoursSection, v.PendingHours.Select(p => Line($"{p.What} — {p.Entry}", texts, p.Open))),
                .. Section(texts, texts.Reports.SilentSection, v.Silent.Select(s => (Element)new TextBlock(s) { Size = TextSize.Small })),
                .. Section(texts, texts.Reports.ClosingCallsSection, v.ClosingCalls.Select(c => Line(c.What, texts, c.Open))),
                .. Section(texts, texts.Reports.UndatedMeetingsSection, v.UndatedMeetings.Select(m => Line(m.What, texts, m.Open))),
                .. Section(texts, texts.Reports.NotReachedSection, (v.NotReached ?? []).Select(s => (Element)new TextBlock(s) { Size = TextSize.Small })),
            ],
            [Actions.Execute(texts.Common.Refresh, ReportVerbs.Dashboard)]);

    private static IEnumerable<Element> Section(Texts texts, string title, IEnumerable<Element> lines)
    {
        var items = lines.ToList();
        return [Heading($"{title} ({items.Count})"), .. items.Count == 0 ? [Note(texts.Reports.NothingToFlag)] : items];
    }

    /// <summary>An item that needs attention, with a button that opens it (and offers the way back to the dashboard).</summary>
    private static Element Line<T>(string text, Texts texts, T action) where T : class, ICardAction<T>
    {
        var open = CardActionData.ToJson(action);
        open[Actions.BackField] = ReportVerbs.Dashboard;
        return new ColumnSet(
        [
            new Column([new TextBlock(text) { Size = TextSize.Small }]) { Width = "stretch" },
            new Column([new ActionSet([Actions.Execute(texts.Reports.Open, T.Verb, open)])]) { Width = "auto" },
        ]);
    }
}

/// <summary>For staff: a fiscal year's plan (institutions to coach, the hour envelope, the cohorts planned).</summary>
public static class PlanFormCard
{
    public static AdaptiveCard Build(string year, Forms.FormState state, Texts texts) =>
        Card(texts, texts.Reports.PlanTitle(year),
            [
                Title(texts.Reports.PlanTitle(year)),
                .. Refused(state, texts),
                .. PlanForm.Fields.Institutions.Input(state, texts),
                .. PlanForm.Fields.Hours.Input(state, texts),
                .. PlanForm.Fields.Cohorts.Input(state, texts),
            ],
            [Actions.Execute(texts.Reports.SavePlan, new SavePlan(year), style: "positive"), Actions.Execute(texts.Common.Back, new ShowReport(year))]);
}
