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

/// <summary>The report's charts: PNGs of 640×360 (tens of kilobytes), served behind links (a card must stay small for Teams).</summary>
public static class ReportCharts
{
    public const int Width = 640;
    public const int Height = 360;

    public static byte[] HoursByAxis(ProgrammeReport report, Texts texts)
    {
        var plot = new Plot();
        var bars = report.ByAxis.Select((b, i) => new Bar { Position = i, Value = b.Minutes / 60.0 }).ToArray();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, report.ByAxis.Count).Select(i => (double)i)],
            [.. report.ByAxis.Select(b => Enum.TryParse<Axis>(b.Key, out var axis) ? Short(texts.AxisName(axis)) : b.Key)]);
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("h");
        plot.Title(texts.Reports.HoursByAxisChart);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>Evaluated coaching targets (achieved, partly, not) beside cohort targets (achieved, not yet).</summary>
    public static byte[] Targets(ProgrammeReport report, Texts texts)
    {
        var plot = new Plot();
        var (achieved, partly, not) = report.Outcomes;
        var values = new[] { achieved, partly, not, report.CohortTargets.Achieved, report.CohortTargets.Total - report.CohortTargets.Achieved };
        var colors = new[] { Colors.SeaGreen, Colors.Orange, Colors.IndianRed, Colors.SeaGreen, Colors.Gray };
        plot.Add.Bars(values.Select((v, i) => new Bar { Position = i < 3 ? i : i + 1, Value = v, FillColor = colors[i] }).ToArray());
        plot.Axes.Bottom.SetTicks([0, 1, 2, 4, 5],
        [
            Short(texts.OutcomeName(Outcome.Achieved)), Short(texts.OutcomeName(Outcome.Partly)), Short(texts.OutcomeName(Outcome.Not)),
            Short(texts.Reports.TargetsAchievedLabel), "…",
        ]);
        plot.Axes.Margins(bottom: 0);
        plot.Title(texts.Reports.TargetsChart);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static string Short(string text) => text.Length <= 18 ? text : text[..17] + "…";
}

/// <summary>For staff: one fiscal year's figures, phrased as SMQ phrases them, with charts, the year's list and CSV links.</summary>
public static class ReportCard
{
    public static AdaptiveCard Build(ProgrammeReport r, IReadOnlyList<string> years, IReadOnlyDictionary<string, string> csvLinks, (string Axis, string Targets) chartUrls, Texts texts)
    {
        var title = texts.Reports.ReportTitle(r.FiscalYear);
        string H(int minutes) => texts.Hours(minutes);
        return Card(texts, title,
            [
                Title(title),
                new ColumnSet(
                [
                    new Column([new ChoiceSetInput([.. years.Select(y => new Choice(y, y))]) { Id = "year", Label = texts.Reports.FiscalYearLabel, Value = r.FiscalYear, Style = ChoiceInputStyle.Compact }]) { Width = "stretch" },
                    new Column([new ActionSet([Actions.Execute(texts.Reports.ShowReport, ReportVerbs.Report)])]) { Width = "auto" },
                ]),

                Section(texts.Reports.CoachingSection),
                new TextBlock(texts.Reports.InstitutionsForAccompaniments(r.Institutions, r.Accompaniments)) { Weight = TextWeight.Bolder },
                new FactSet(
                [
                    new(texts.Reports.HoursDeliveredLabel, texts.Reports.DeliveredOfBudgeted(H(r.MinutesDelivered), H(r.MinutesBudgeted))),
                    new(texts.Reports.EvaluationsLabel, texts.Reports.EvaluationsSummary(r.Evaluations, r.AverageSatisfaction, r.RecommendShare)),
                    new(texts.Reports.EvaluatedTargetsLabel, texts.Reports.OutcomesSummary(r.Outcomes.Achieved, r.Outcomes.Partly, r.Outcomes.Not)),
                ]),
                Heading(texts.Reports.ByAxisLabel),
                new FactSet([.. r.ByAxis.Where(b => b.Accompaniments > 0).Select(b => new Fact(Enum.TryParse<Axis>(b.Key, out var a) ? texts.AxisName(a) : b.Key, texts.Reports.CountAndHours(b.Accompaniments, H(b.Minutes))))]),
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

                Section(texts.Reports.ExpertsSection),
                r.Experts.Count == 0 ? Note(texts.Reports.NothingThisYear)
                    : new FactSet([.. r.Experts.Select(e => new Fact(e.Name, texts.Reports.ExpertHoursLine(H(e.Minutes), H(e.AccompanimentMinutes), H(e.CohortMinutes))))]),

                Section(texts.Reports.AccompanimentsOfTheYear),
                .. r.AccompanimentLines.Count == 0 ? [Note(texts.Reports.NothingThisYear)] : r.AccompanimentLines.Select(l => (Element)new TextBlock(
                    $"{l.Institution}{(l.Region.Length > 0 ? $" ({l.Region})" : "")} — {texts.AxisName(l.Axis)} — {l.Expert} — {texts.Reports.AccompanimentState(l.Closed)}") { Size = TextSize.Small }),
                new ActionSet([.. csvLinks.Select(link => (CardAction)new OpenUrlAction(texts.Reports.CsvLink(texts.Reports.TableName(link.Key)), link.Value))]),
            ]);
    }

    private static TextBlock Section(string text) => new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Spacing = Spacing.Large, Separator = true };
}

/// <summary>What needs staff's attention now.</summary>
public sealed record DashboardView(
    IReadOnlyList<(string What, string Share, JsonObject Open)> NearBudget,
    IReadOnlyList<(string What, string Entry, JsonObject Open)> PendingHours,
    IReadOnlyList<string> Silent,
    IReadOnlyList<(string What, JsonObject Open)> ClosingCalls,
    IReadOnlyList<(string What, JsonObject Open)> UndatedMeetings);

public static class DashboardCard
{
    public static AdaptiveCard Build(DashboardView v, Texts texts) =>
        Card(texts, texts.Reports.DashboardTitle,
            [
                Title(texts.Reports.DashboardTitle),
                .. Section(texts, texts.Reports.NearBudgetSection, v.NearBudget.Select(n => Line($"{n.What} — {n.Share}", texts, CoachingVerbs.Entries, n.Open))),
                .. Section(texts, texts.Reports.PendingHoursSection, v.PendingHours.Select(p => Line($"{p.What} — {p.Entry}", texts, CoachingVerbs.Entries, p.Open))),
                .. Section(texts, texts.Reports.SilentSection, v.Silent.Select(s => (Element)new TextBlock(s) { Size = TextSize.Small })),
                .. Section(texts, texts.Reports.ClosingCallsSection, v.ClosingCalls.Select(c => Line(c.What, texts, CallVerbs.CallReview, c.Open))),
                .. Section(texts, texts.Reports.UndatedMeetingsSection, v.UndatedMeetings.Select(m => Line(m.What, texts, MeetingVerbs.MeetingProposal, m.Open))),
            ],
            [Actions.Execute(texts.Refresh, ReportVerbs.Dashboard)]);

    private static IEnumerable<Element> Section(Texts texts, string title, IEnumerable<Element> lines)
    {
        var items = lines.ToList();
        return [Heading($"{title} ({items.Count})"), .. items.Count == 0 ? [Note(texts.Reports.NothingToFlag)] : items];
    }

    /// <summary>An item that needs attention, with a button that opens it (and offers the way back to the dashboard).</summary>
    private static Element Line(string text, Texts texts, string verb, JsonObject data)
    {
        var open = data.DeepClone().AsObject();
        open[Actions.BackField] = ReportVerbs.Dashboard;
        return new ColumnSet(
        [
            new Column([new TextBlock(text) { Size = TextSize.Small }]) { Width = "stretch" },
            new Column([new ActionSet([Actions.Execute(texts.Reports.Open, verb, open)])]) { Width = "auto" },
        ]);
    }
}
