using System.Text.Json.Nodes;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
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
        Card(texts, texts.CheckIns.TargetsTitle,
            participations.Count == 0
                ? [Title(texts.CheckIns.TargetsTitle), Paragraph(texts.CheckIns.NoCohort)]
                : [Title(texts.CheckIns.TargetsTitle), .. participations.Select(p => Cohort(p, collective.GetValueOrDefault(p.CourseId) ?? [], chartUrl(p), texts))]);

    private static Container Cohort(Participation participation, IReadOnlyList<Target> collective, string? chartUrl, Texts texts)
    {
        var open = participation.CourseOpen;
        var active = participation.Targets.Count(t => t.State != TargetState.Abandoned);
        return new Container(
        [
            Heading(texts.Course(participation)),
            .. participation.Targets.Count == 0 ? [Paragraph(texts.CheckIns.NoTargetsYet)] : participation.Targets.SelectMany(t => Target(t, participation, texts)),
            .. collective.Count(t => t.State != TargetState.Abandoned) == 0 ? Array.Empty<Element>() :
            [
                Note(texts.CheckIns.CollectiveTargets),
                new FactSet([.. collective.Where(t => t.State != TargetState.Abandoned)
                    .Select(t => new Fact(t.What, $"{CheckInCard.Value(t, t.Latest, texts)} → {CheckInCard.Value(t, t.Goal, texts)}"))]),
            ],
            .. chartUrl is not null
                ? [new Image(chartUrl) { AltText = texts.CheckIns.ProgressChartAlt, Size = ImageSize.Stretch, Spacing = Spacing.Medium }]
                : Array.Empty<Element>(),
            new ActionSet(
            [
                // Before any target, defining one comes first; once there are some, the check-in does.
                .. open && active == 0 ? [Actions.Execute(texts.CheckIns.AddTarget, new OpenTargetForm(participation.CourseId, null), style: "positive")] : Array.Empty<CardAction>(),
                .. open ? [Actions.Execute(texts.CheckIns.CheckInNow, new OpenCheckIn(participation.CourseId), style: active > 0 ? "positive" : null)] : Array.Empty<CardAction>(),
                .. open && active > 0 && active < Participation.MaxTargets ? [Actions.Execute(texts.CheckIns.AddTarget, new OpenTargetForm(participation.CourseId, null))] : Array.Empty<CardAction>(),
            ]),
        ]) { Separator = true };
    }

    private static IEnumerable<Element> Target(Target target, Participation participation, Texts texts)
    {
        yield return new TextBlock($"{target.What} ({texts.CheckIns.StateName(target.State)})") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return Note(texts.CheckIns.TargetLine(target.Indicator, CheckInCard.Value(target, target.Latest, texts), CheckInCard.Value(target, target.Goal, texts), texts.Date(target.Due)));
        if (participation.CourseOpen && target.State == TargetState.Active)
        {
            yield return new ActionSet(
            [
                Actions.Execute(texts.CheckIns.EditTarget, new OpenTargetForm(participation.CourseId, target.Id)),
                Actions.Execute(texts.CheckIns.MarkAchieved, new MarkTargetAchieved(participation.CourseId, target.Id)),
                Actions.Destructive(texts.CheckIns.Abandon, new AbandonTarget(participation.CourseId, target.Id)),
            ]);
        }
    }
}

/// <summary>The form for a new target, or to edit one (a member's own, or a cohort's collective one).</summary>
public static class TargetFormCard
{
    /// <param name="editing">The id of the target being edited; null for a new one.</param>
    /// <param name="save">Its button, by title: saving a member's own target, or a cohort's collective one.</param>
    /// <param name="course">The course the target is for ("Accompagnement : Musée…", a cohort's subject), under the title.</param>
    public static AdaptiveCard Build(string course, DateOnly start, DateOnly end, string? editing, FormState state, Func<string, CardAction> save, Texts texts)
    {
        var title = editing is null ? texts.CheckIns.NewTargetTitle : texts.CheckIns.EditTargetTitle;
        return Card(texts, title,
            [
                Title(title),
                Note(course),
                .. Layout.Refused(state, texts),
                .. TargetForm.Fields.What.Input(state, texts),
                .. TargetForm.Fields.Indicator.Input(state, texts),
                .. TargetForm.Fields.Kind.Input(state, texts, [new Choice(texts.CheckIns.KindNumber, TargetForm.Choice(MeasureKind.Number)), new Choice(texts.CheckIns.KindScale, TargetForm.Choice(MeasureKind.Scale))], ChoiceInputStyle.Expanded),
                .. TargetForm.Fields.Unit.Input(state, texts),
                .. TargetForm.Fields.Baseline.Input(state, texts),
                .. TargetForm.Fields.Goal.Input(state, texts),
                .. TargetForm.Fields.Due.Input(state, texts, start, end),
            ],
            [save(texts.CheckIns.SaveTarget)]);
    }
}
