using System.Text.Json.Nodes;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Cohorts;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.CheckIns;

/// <summary>`mes cibles`: per cohort, each target with its latest value and state, and what the member can do next.</summary>
public static class TargetsCard
{
    /// <param name="collective">Each cohort's collective targets, by cohort id.</param>
    /// <param name="chartUrl">Where each participation's progress chart is served (see <see cref="ProgressChart"/>); null when there is nothing to draw.</param>
    public static AdaptiveCard Build(IReadOnlyList<Participation> participations, IReadOnlyDictionary<string, IReadOnlyList<Target>> collective, Func<Participation, string?> chartUrl, Texts texts) =>
        Card(texts, texts.TargetsTitle,
            participations.Count == 0
                ? [Title(texts.TargetsTitle), Paragraph(texts.NoCohort)]
                : [Title(texts.TargetsTitle), .. participations.Select(p => Cohort(p, collective.GetValueOrDefault(p.CohortId) ?? [], chartUrl(p), texts))]);

    private static Container Cohort(Participation participation, IReadOnlyList<Target> collective, string? chartUrl, Texts texts)
    {
        var cohort = new JsonObject { ["cohort"] = participation.CohortId };
        var open = participation.CohortOpen;
        var active = participation.Targets.Count(t => t.State != TargetState.Abandoned);
        return new Container(
        [
            Heading(participation.CohortSubject),
            .. participation.Targets.Count == 0 ? [Paragraph(texts.NoTargetsYet)] : participation.Targets.SelectMany(t => Target(t, participation, texts)),
            .. collective.Count(t => t.State != TargetState.Abandoned) == 0 ? Array.Empty<Element>() :
            [
                Note(texts.CollectiveTargets),
                new FactSet([.. collective.Where(t => t.State != TargetState.Abandoned)
                    .Select(t => new Fact(t.What, $"{CheckInCard.Value(t, t.Latest, texts)} → {CheckInCard.Value(t, t.Goal, texts)}"))]),
            ],
            .. chartUrl is not null
                ? [new Image(chartUrl) { AltText = texts.ProgressChartAlt, Size = ImageSize.Stretch, Spacing = Spacing.Medium }]
                : Array.Empty<Element>(),
            new ActionSet(
            [
                .. open ? [Actions.Execute(texts.CheckInNow, Verbs.CheckInForm, cohort, style: "positive")] : Array.Empty<CardAction>(),
                .. open && active < Participation.MaxTargets ? [Actions.Execute(texts.AddTarget, Verbs.TargetForm, cohort)] : Array.Empty<CardAction>(),
            ]),
        ]) { Separator = true };
    }

    private static IEnumerable<Element> Target(Target target, Participation participation, Texts texts)
    {
        yield return new TextBlock($"{target.What} ({texts.StateName(target.State)})") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return Note(texts.TargetLine(target.Indicator, CheckInCard.Value(target, target.Latest, texts), CheckInCard.Value(target, target.Goal, texts), target.Due.ToString("d MMMM yyyy", texts.Culture)));
        if (participation.CohortOpen && target.State == TargetState.Active)
        {
            var data = new JsonObject { ["cohort"] = participation.CohortId, ["target"] = target.Id };
            yield return new ActionSet(
            [
                Actions.Execute(texts.EditTarget, Verbs.TargetForm, data),
                Actions.Execute(texts.MarkAchieved, Verbs.TargetAchieved, data.DeepClone().AsObject()),
                Actions.Execute(texts.Abandon, Verbs.TargetAbandoned, data.DeepClone().AsObject(), style: "destructive"),
            ]);
        }
    }
}

/// <summary>The form for a new target.</summary>
public static class TargetFormCard
{
    public const int MaxText = 200;
    public const int MaxUnit = 30;

    /// <param name="existing">The target being edited; null for a new one.</param>
    /// <param name="saveVerb">The verb that saves it: a member's own target, or a cohort's collective one.</param>
    public static AdaptiveCard Build(string cohortId, DateOnly start, DateOnly end, Texts texts, Target? existing = null, string saveVerb = Verbs.TargetSave)
    {
        var data = new JsonObject { ["cohort"] = cohortId };
        if (existing is not null) data["target"] = existing.Id;
        var title = existing?.What ?? texts.NewTargetTitle;
        return Card(texts, title,
            [
                Title(title),
                new TextInput { Id = "what", Label = texts.WhatLabel, Value = existing?.What, MaxLength = MaxText, IsRequired = true, ErrorMessage = texts.Required(texts.WhatLabel) },
                new TextInput { Id = "indicator", Label = texts.IndicatorLabel, Value = existing?.Indicator, MaxLength = MaxText, IsRequired = true, ErrorMessage = texts.Required(texts.IndicatorLabel) },
                new ChoiceSetInput([new Choice(texts.KindNumber, "number"), new Choice(texts.KindScale, "scale")])
                {
                    Id = "kind", Label = texts.KindLabel, Value = existing?.Kind == MeasureKind.Scale ? "scale" : "number", Style = ChoiceInputStyle.Expanded,
                },
                new TextInput { Id = "unit", Label = texts.UnitLabel, Value = existing?.Unit, MaxLength = MaxUnit },
                new NumberInput { Id = "baseline", Label = texts.BaselineLabel, Value = existing?.Baseline, IsRequired = true, ErrorMessage = texts.Required(texts.BaselineLabel) },
                new NumberInput { Id = "goal", Label = texts.GoalLabel, Value = existing?.Goal, IsRequired = true, ErrorMessage = texts.Required(texts.GoalLabel) },
                new DateInput
                {
                    Id = "due", Label = texts.DueLabel, Value = existing?.Due.ToString("yyyy-MM-dd"), Min = start.ToString("yyyy-MM-dd"), Max = end.ToString("yyyy-MM-dd"),
                    IsRequired = true, ErrorMessage = texts.Required(texts.DueLabel),
                },
            ],
            [Actions.Execute(texts.SaveTarget, saveVerb, data, style: "positive")]);
    }
}
