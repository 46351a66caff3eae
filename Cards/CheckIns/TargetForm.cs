using SmqBot.Cards.Forms;
using SmqBot.Data.Cohorts;

namespace SmqBot.Cards.CheckIns;

/// <summary>The target form, for a member's own target and for a cohort's collective one: what, how measured, from where to where, by when.</summary>
public sealed record TargetForm(string What, string Indicator, MeasureKind Kind, string? Unit, double Baseline, double Goal, DateOnly Due)
{
    /// <summary>How the card names each kind of measure (the values its choice sends).</summary>
    public static string Choice(MeasureKind kind) => kind == MeasureKind.Scale ? "scale" : "number";

    public static class Fields
    {
        public static readonly TextField What = new("what", t => t.CheckIns.WhatLabel, 200, Required: true);
        public static readonly TextField Indicator = new("indicator", t => t.CheckIns.IndicatorLabel, 200, Required: true);
        public static readonly ChoiceField Kind = new("kind", t => t.CheckIns.KindLabel, Required: false);
        public static readonly TextField Unit = new("unit", t => t.CheckIns.UnitLabel, 30);
        public static readonly NumberField Baseline = new("baseline", t => t.CheckIns.BaselineLabel, -1e9, 1e9, Refusal: (t, label) => t.Common.NotAValue(label));
        public static readonly NumberField Goal = new("goal", t => t.CheckIns.GoalLabel, -1e9, 1e9, Refusal: (t, label) => t.Common.NotAValue(label));
        public static readonly DateField Due = new("due", t => t.CheckIns.DueLabel);
    }

    public static FormState Of(Target? target) => target is null
        ? FormState.Of((Fields.Kind, Choice(MeasureKind.Number)))
        : FormState.Of((Fields.What, target.What), (Fields.Indicator, target.Indicator), (Fields.Kind, Choice(target.Kind)), (Fields.Unit, target.Unit),
            (Fields.Baseline, NumberField.Format(target.Baseline)), (Fields.Goal, NumberField.Format(target.Goal)), (Fields.Due, DateField.Format(target.Due)));

    public static Bound<TargetForm> Bind(FormBinder form)
    {
        var what = Fields.What.Read(form);
        var indicator = Fields.Indicator.Read(form);
        var kind = Fields.Kind.Read(form, [Choice(MeasureKind.Number), Choice(MeasureKind.Scale)]) == Choice(MeasureKind.Scale) ? MeasureKind.Scale : MeasureKind.Number;
        var unit = kind == MeasureKind.Number ? Fields.Unit.Read(form) : null;
        var probe = new Target { Id = "", What = "", Indicator = "", Kind = kind };
        double? Value(NumberField field)
        {
            var value = field.Read(form);
            if (value is { } v && !probe.Accepts(v)) form.Refuse(field, field.Refusal!(form.Texts, field.Label(form.Texts)));
            return value;
        }
        var baseline = Value(Fields.Baseline);
        var goal = Value(Fields.Goal);
        var due = Fields.Due.Read(form);
        return form.Result(() => new TargetForm(what!, indicator!, kind, unit, baseline!.Value, goal!.Value, due!.Value));
    }

    /// <summary>A new target from the form (its id is given by the list it joins).</summary>
    public Target ToTarget() => new() { Id = "", What = What, Indicator = Indicator, Kind = Kind, Unit = Unit, Baseline = Baseline, Goal = Goal, Due = Due };
}
