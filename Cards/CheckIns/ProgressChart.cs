using ScottPlot;
using SmqBot.Cards.Common;
using SmqBot.Data.Cohorts;

namespace SmqBot.Cards.CheckIns;

/// <summary>
/// The progress chart of `mes cibles`: for each target, the share of the way from its starting point to its goal,
/// check-in after check-in, so that targets in different units share one axis; the goal is the 100% line.
/// A PNG of 640×360 (a few tens of kilobytes), served behind a link the card shows (a card must stay small for Teams).
/// </summary>
public static class ProgressChart
{
    public const int Width = 640;
    public const int Height = 360;
    private const int MaxLegend = 40;

    /// <summary>Whether there is anything to draw: a target, not abandoned, with a reported value.</summary>
    public static bool HasData(Participation participation) => Charted(participation).Any();

    private static IEnumerable<Target> Charted(Participation participation) => participation.Targets.Where(t => t.State != TargetState.Abandoned && t.History.Count > 0);

    /// <summary>The chart, or null when no target has a reported value yet.</summary>
    public static byte[]? Render(Participation participation, Texts texts)
    {
        var targets = Charted(participation).ToList();
        if (targets.Count == 0) return null;
        var plot = new Plot();
        var start = participation.Start.ToDateTime(TimeOnly.MinValue);
        foreach (var target in targets)
        {
            var points = target.History.Select(h => (h.At.UtcDateTime, Share(target, h.Value))).Prepend((start, 0.0)).ToList();
            var line = plot.Add.Scatter(points.Select(p => p.Item1.ToOADate()).ToArray(), points.Select(p => p.Item2).ToArray());
            line.LegendText = target.What.Length <= MaxLegend ? target.What : target.What[..MaxLegend] + "…";
        }
        var goal = plot.Add.HorizontalLine(100);
        goal.LinePattern = LinePattern.Dashed;
        // Dates as the reader writes them ("1 déc.", "Dec 1"), never "12/01/2026 00:00".
        if (plot.Axes.DateTimeTicksBottom().TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
            ticks.LabelFormatter = date => date.ToString(texts.Culture.TwoLetterISOLanguageName == "fr" ? "d MMM" : "MMM d", texts.Culture);
        var shares = targets.SelectMany(t => t.History.Select(h => Share(t, h.Value))).ToList();
        plot.Axes.SetLimitsY(Math.Min(0, shares.Min()) - 10, Math.Max(100, shares.Max()) + 20);
        plot.Title(texts.CheckIns.ProgressChartTitle);
        plot.ShowLegend(Alignment.LowerRight);
        plot.Font.Set("DejaVu Sans");
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>The share of the way from baseline to goal, in percent (it may exceed 100 or fall below 0).</summary>
    public static double Share(Target target, double value) =>
        target.Goal == target.Baseline ? (value >= target.Goal ? 100 : 0) : Math.Round(100 * (value - target.Baseline) / (target.Goal - target.Baseline), 1);
}
