using System.Text.Json.Nodes;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Data.Cohorts;

namespace SmqBot.Bot.Features.CheckIns;

/// <summary>Reading the target form (a member's own target or a cohort's collective one): one set of rules for both.</summary>
public static class TargetForm
{
    public static (Target? Target, string? Error) Parse(JsonObject data, DateOnly start, DateOnly end, Texts texts)
    {
        var what = CardData.Blank(data.Text("what"));
        var indicator = CardData.Blank(data.Text("indicator"));
        if (what is null) return (null, texts.Required(texts.WhatLabel));
        if (indicator is null) return (null, texts.Required(texts.IndicatorLabel));
        if (what.Length > TargetFormCard.MaxText) return (null, texts.TooLong(texts.WhatLabel, TargetFormCard.MaxText));
        if (indicator.Length > TargetFormCard.MaxText) return (null, texts.TooLong(texts.IndicatorLabel, TargetFormCard.MaxText));
        var kind = data.Text("kind") switch { "number" or null => MeasureKind.Number, "scale" => MeasureKind.Scale, _ => (MeasureKind?)null };
        if (kind is null) return (null, texts.UnknownAction);
        var unit = kind == MeasureKind.Number ? CardData.Blank(data.Text("unit")) : null;
        if (unit?.Length > TargetFormCard.MaxUnit) return (null, texts.TooLong(texts.UnitLabel, TargetFormCard.MaxUnit));
        var draft = new Target { Id = "new", What = what, Indicator = indicator, Kind = kind.Value, Unit = unit };
        if (!CardData.Number(data["baseline"], out var baseline) || !draft.Accepts(baseline)) return (null, texts.NotAValue(texts.BaselineLabel));
        if (!CardData.Number(data["goal"], out var goal) || !draft.Accepts(goal)) return (null, texts.NotAValue(texts.GoalLabel));
        if (data.Date("due") is not { } due) return (null, texts.Required(texts.DueLabel));
        if (due < start || due > end) return (null, texts.DueOutsideCohort);
        return (draft with { Baseline = baseline, Goal = goal, Due = due }, null);
    }

    /// <summary>An edited target keeps its id, state and history; everything the form holds is replaced.</summary>
    public static Target Edited(Target existing, Target form) =>
        existing with { What = form.What, Indicator = form.Indicator, Kind = form.Kind, Unit = form.Unit, Baseline = form.Baseline, Goal = form.Goal, Due = form.Due };

    public static string NextId(IReadOnlyList<Target> targets) =>
        $"t{targets.Select(t => int.TryParse(t.Id.TrimStart('t'), out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1}";
}
