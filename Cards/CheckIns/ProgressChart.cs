using ScottPlot;
using SmqBot.Cards.Common;
using SmqBot.Data.Cohorts;

namespace SmqBot.Cards.CheckIns;

/// <summary>
/// The progress chart of `mes cibles`: for each target, the share of the way from its starting point to its goal,
/// check-in after check-in, so that targets in different units share one axis (0 % to 100 %, the goal a dashed line).
/// Laid out for the card (<see cref="ChartStyle"/>), served behind a link the card shows (a card must stay small).
/// </summary>
public static class ProgressChart
{
    private const int MaxLegend = 40;
    private const int MaxDateTicks = 5;

    /// <summary>Whether there is anything to draw: a target, not abandoned, with a reported value.</summary>
    public static bool HasData(Participation participation) => Charted(participation).Any();

    private static IEnumerable<Target> Charted(Participation participation) => participation.Targets.Where(t => t.State != TargetState.Abandoned && t.History.Count > 0);

    /// <summary>The chart, or null when no target has a reported value yet.</summary>
    public static byte[]? Render(Participation participation, Texts texts)
    {
        var targets = Charted(participation).ToList();
        if (targets.Count == 0) return null;
        var plot = ChartStyle.New(texts.CheckIns.ProgressChartTitle);
        var start = participation.Start;
        // One point a day (the day's last value), so that two check-ins on one day do not draw a vertical stroke.
        var days = new SortedSet<DateOnly> { start };
        foreach (var target in targets)
        {
            var points = target.History.GroupBy(h => DateOnly.FromDateTime(h.At.UtcDateTime)).Select(g => (Day: g.Key, Share: Share(target, g.Last().Value)))
                .Prepend((Day: start, Share: 0.0)).DistinctBy(p => p.Day).OrderBy(p => p.Day).ToList();
            days.UnionWith(points.Select(p => p.Day));
            var line = plot.Add.Scatter(points.Select(p => (double)p.Day.DayNumber).ToArray(), points.Select(p => p.Share).ToArray());
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = target.What.Length <= MaxLegend ? target.What : target.What[..MaxLegend] + "…";
        }
        var goal = plot.Add.HorizontalLine(100);
        goal.LinePattern = LinePattern.Dashed;
        goal.Color = ChartStyle.Ink;
        // Dates as the reader writes them ("1 déc.", "Dec 1"), each once: the days that have a value, at most five of them.
        var ticks = days.Count <= MaxDateTicks ? days.ToList()
            : [.. Enumerable.Range(0, MaxDateTicks).Select(i => days.ElementAt((int)Math.Round(i * (days.Count - 1) / (double)(MaxDateTicks - 1))))];
        var french = texts.Culture.TwoLetterISOLanguageName == "fr";
        plot.Axes.Bottom.SetTicks([.. ticks.Select(d => (double)d.DayNumber)], [.. ticks.Select(d => d.ToString(french ? "d MMM" : "MMM d", texts.Culture))]);
        var first = days.Min.DayNumber;
        var last = Math.Max(days.Max.DayNumber, first + 1);
        var margin = Math.Max(0.5, (last - first) * 0.08);     // room for the first and last dates' labels
        plot.Axes.SetLimitsX(first - margin, last + margin);
        // The axis runs from 0 % to the goal, wider only when a value is outside (below the start, past the goal).
        var shares = targets.SelectMany(t => t.History.Select(h => Share(t, h.Value))).ToList();
        var (low, high) = (Math.Min(0, shares.Min()), Math.Max(100, shares.Max()));
        plot.Axes.SetLimitsY(low - 5, high + 8);
        var percent = Enumerable.Range((int)Math.Floor(low / 25), (int)Math.Ceiling(high / 25) - (int)Math.Floor(low / 25) + 1).Select(i => i * 25.0).ToArray();
        plot.Axes.Left.SetTicks(percent, [.. percent.Select(p => french ? $"{p.ToString("0", texts.Culture)}\u00A0%" : $"{p.ToString("0", texts.Culture)}%")]);
        plot.ShowLegend(Edge.Bottom);    // below the chart, never over a line
        return ChartStyle.Png(plot);
    }

    /// <summary>The share of the way from baseline to goal, in percent (it may exceed 100 or fall below 0).</summary>
    public static double Share(Target target, double value) =>
        target.Goal == target.Baseline ? (value >= target.Goal ? 100 : 0) : Math.Round(100 * (value - target.Baseline) / (target.Goal - target.Baseline), 1);
}
