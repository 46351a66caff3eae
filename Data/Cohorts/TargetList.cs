namespace SmqBot.Data.Cohorts;

public enum TargetChange { Added, Edited, TooMany, Unknown, KindLocked }

/// <summary>
/// The rules of a list of targets, the same for a member's own and a cohort's collective ones: at most
/// <see cref="Participation.MaxTargets"/> that are not abandoned; an edited target keeps its id, state and history, and
/// its measure once it has values.
/// </summary>
public static class TargetList
{
    public static int Counted(IReadOnlyList<Target> targets) => targets.Count(t => t.State != TargetState.Abandoned);

    public static bool IsFull(IReadOnlyList<Target> targets) => Counted(targets) >= Participation.MaxTargets;

    /// <param name="editing">The id of the target the form edits; null adds <paramref name="form"/>.</param>
    public static (IReadOnlyList<Target> Targets, TargetChange Change) Save(IReadOnlyList<Target> targets, string? editing, Target form)
    {
        if (editing is null)
            return IsFull(targets) ? (targets, TargetChange.TooMany) : ([.. targets, form with { Id = NextId(targets) }], TargetChange.Added);
        if (targets.FirstOrDefault(t => t.Id == editing && t.State == TargetState.Active) is not { } existing) return (targets, TargetChange.Unknown);
        if (existing.History.Count > 0 && existing.Kind != form.Kind) return (targets, TargetChange.KindLocked);
        var edited = existing with { What = form.What, Indicator = form.Indicator, Kind = form.Kind, Unit = form.Unit, Baseline = form.Baseline, Goal = form.Goal, Due = form.Due };
        return ([.. targets.Select(t => t.Id == editing ? edited : t)], TargetChange.Edited);
    }

    private static string NextId(IReadOnlyList<Target> targets) =>
        $"t{targets.Select(t => int.TryParse(t.Id.TrimStart('t'), out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1}";
}
