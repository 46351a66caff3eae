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
        plot.Title(texts.HoursByAxisChart);
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
            Short(texts.TargetsAchievedLabel), "…",
        ]);
        plot.Axes.Margins(bottom: 0);
        plot.Title(texts.TargetsChart);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static string Short(string text) => text.Length <= 18 ? text : text[..17] + "…";
}

/// <summary>For staff: one fiscal year's figures, phrased as SMQ phrases them, with charts, the year's list and CSV links.</summary>
public static class ReportCard
{
    public static AdaptiveCard Build(ProgrammeReport r, IReadOnlyList<string> years, IReadOnlyDictionary<string, string> csvLinks, (string Axis, string Targets) chartUrls, Texts texts)
    {
        var title = texts.ReportTitle(r.FiscalYear);
        string H(int minutes) => texts.Hours(minutes);
        return Card(texts, title,
            [
                Title(title),
                new ColumnSet(
                [
                    new Column([new ChoiceSetInput([.. years.Select(y => new Choice(y, y))]) { Id = "year", Label = texts.FiscalYearLabel, Value = r.FiscalYear, Style = ChoiceInputStyle.Compact }]) { Width = "stretch" },
                    new Column([new ActionSet([Actions.Execute(texts.ShowReport, ReportVerbs.Report)])]) { Width = "auto" },
                ]),

                Section(texts.CoachingSection),
                new TextBlock(texts.InstitutionsForAccompaniments(r.Institutions, r.Accompaniments)) { Weight = TextWeight.Bolder },
                new FactSet(
                [
                    new(texts.HoursDeliveredLabel, texts.DeliveredOfBudgeted(H(r.MinutesDelivered), H(r.MinutesBudgeted))),
                    new(texts.EvaluationsLabel, texts.EvaluationsSummary(r.Evaluations, r.AverageSatisfaction, r.RecommendShare)),
                    new(texts.EvaluatedTargetsLabel, texts.OutcomesSummary(r.Outcomes.Achieved, r.Outcomes.Partly, r.Outcomes.Not)),
                ]),
                Heading(texts.ByAxisLabel),
                new FactSet([.. r.ByAxis.Where(b => b.Accompaniments > 0).Select(b => new Fact(Enum.TryParse<Axis>(b.Key, out var a) ? texts.AxisName(a) : b.Key, texts.CountAndHours(b.Accompaniments, H(b.Minutes))))]),
                Heading(texts.ByRegionLabel),
                new FactSet([.. r.ByRegion.Select(b => new Fact(b.Key.Length == 0 ? texts.UnknownRegion : b.Key, texts.CountAndHours(b.Accompaniments, H(b.Minutes))))]),
                new Image(chartUrls.Axis) { AltText = texts.HoursByAxisChart },

                Section(texts.CohortsSection),
                new TextBlock(texts.CohortsHeadline(r.Cohorts.Count, r.CohortParticipants, r.CohortInstitutions)) { Weight = TextWeight.Bolder },
                new FactSet(
                [
                    new(texts.MeetingsHeldLabel, r.MeetingsHeld.ToString(texts.Culture)),
                    new(texts.CheckInRateLabel, texts.Rate(r.CheckIns.Answered, r.CheckIns.Asked)),
                    new(texts.TargetsAchievedLabel, texts.OutOf(r.CohortTargets.Achieved, r.CohortTargets.Total)),
                ]),
                .. r.Cohorts.Count == 0 ? [Note(texts.NothingThisYear)] : r.Cohorts.Select(c => (Element)new FactSet(
                [
                    new(c.Subject, texts.CohortLineSummary(c.Participants, c.MeetingsHeld, texts.Rate(c.CheckInsAnswered, c.CheckInsAsked))),
                ])),
                new Image(chartUrls.Targets) { AltText = texts.TargetsChart },

                Section(texts.ExpertsSection),
                r.Experts.Count == 0 ? Note(texts.NothingThisYear)
                    : new FactSet([.. r.Experts.Select(e => new Fact(e.Name, texts.ExpertHoursLine(H(e.Minutes), H(e.AccompanimentMinutes), H(e.CohortMinutes))))]),

                Section(texts.AccompanimentsOfTheYear),
                .. r.AccompanimentLines.Count == 0 ? [Note(texts.NothingThisYear)] : r.AccompanimentLines.Select(l => (Element)new TextBlock(
                    $"{l.Institution}{(l.Region.Length > 0 ? $" ({l.Region})" : "")} — {texts.AxisName(l.Axis)} — {l.Expert} — {texts.AccompanimentState(l.Closed)}") { Size = TextSize.Small }),
                new ActionSet([.. csvLinks.Select(link => (CardAction)new OpenUrlAction(texts.CsvLink(texts.TableName(link.Key)), link.Value))]),
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
        Card(texts, texts.DashboardTitle,
            [
                Title(texts.DashboardTitle),
                .. Section(texts, texts.NearBudgetSection, v.NearBudget.Select(n => Line($"{n.What} — {n.Share}", texts, CoachingVerbs.Entries, n.Open))),
                .. Section(texts, texts.PendingHoursSection, v.PendingHours.Select(p => Line($"{p.What} — {p.Entry}", texts, CoachingVerbs.Entries, p.Open))),
                .. Section(texts, texts.SilentSection, v.Silent.Select(s => (Element)new TextBlock(s) { Size = TextSize.Small })),
                .. Section(texts, texts.ClosingCallsSection, v.ClosingCalls.Select(c => Line(c.What, texts, CallVerbs.CallReview, c.Open))),
                .. Section(texts, texts.UndatedMeetingsSection, v.UndatedMeetings.Select(m => Line(m.What, texts, MeetingVerbs.MeetingProposal, m.Open))),
            ],
            [Actions.Execute(texts.Refresh, ReportVerbs.Dashboard)]);

    private static IEnumerable<Element> Section(Texts texts, string title, IEnumerable<Element> lines)
    {
        var items = lines.ToList();
        return [Heading($"{title} ({items.Count})"), .. items.Count == 0 ? [Note(texts.NothingToFlag)] : items];
    }

    private static Element Line(string text, Texts texts, string verb, JsonObject data) =>
        new ColumnSet(
        [
            new Column([new TextBlock(text) { Size = TextSize.Small }]) { Width = "stretch" },
            new Column([new ActionSet([Actions.Execute(texts.Open, verb, data)])]) { Width = "auto" },
        ]);
}
