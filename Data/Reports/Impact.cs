using SmqBot.Data.Cohorts;

namespace SmqBot.Data.Reports;

/// <summary>
/// Measured improvement, by the programme's own words ("définir des cibles réalistes pour mesurer l'amélioration"): a
/// target's progress is (latest − baseline) / (goal − baseline) once a value was reported (a target whose goal is its
/// baseline is at 100 % when its latest value reaches it, else 0 %). A target is <i>measured</i> with at least one
/// reported value, <i>en progrès</i> when its progress is above 0, <i>atteinte</i> when its progress is 100 % or more or it
/// was marked achieved. Abandoned targets are not counted.
/// </summary>
public static class Improvement
{
    public static double? Progress(Target t) =>
        t.History.Count == 0 ? null
        : t.Goal == t.Baseline ? (t.Latest >= t.Goal ? 1 : 0)
        : (t.Latest - t.Baseline) / (t.Goal - t.Baseline);

    public static bool Achieved(Target t) => t.State == TargetState.Achieved || Progress(t) >= 1;
}

/// <summary>The figures of one kind of course: targets set, measured, in progress, achieved, and the median progress of those measured (each held to 0–100 %).</summary>
public sealed record ImpactFigures(int Set, int Measured, int InProgress, int Achieved, double? MedianProgress)
{
    public static ImpactFigures Of(IEnumerable<Target> targets)
    {
        var set = targets.Where(t => t.State != TargetState.Abandoned).ToList();
        var measured = set.Select(Improvement.Progress).OfType<double>().ToList();
        return new ImpactFigures(set.Count, measured.Count, measured.Count(p => p > 0), set.Count(Improvement.Achieved), Median([.. measured.Select(p => Math.Clamp(p, 0, 1))]));
    }

    private static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>One target as the report's sheet lists it: its course and institution, never a person's name.</summary>
/// <param name="Institution">The member's institution (a cohort member's profile, an accompaniment's institution); empty for a cohort's collective target.</param>
public sealed record TargetLine(string Course, CourseKind Kind, string Institution, string Indicator, string? Unit, double Baseline, double? Latest, double Goal, double? Progress);

/// <summary>
/// The report's impact section for a fiscal year: the targets of the courses whose dates overlap it (members' own and
/// cohorts' collective targets; coached people's in accompaniments), each kind of course apart; what people applied in
/// the field (check-ins in the year whose "what I applied" is filled, and field intentions after meetings).
/// </summary>
public sealed record Impact(ImpactFigures Cohorts, ImpactFigures Accompaniments, int FieldApplications, int FieldIntentions, IReadOnlyList<TargetLine> Targets)
{
    public static readonly Impact None = new(ImpactFigures.Of([]), ImpactFigures.Of([]), 0, 0, []);
}
