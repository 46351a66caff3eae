using SmqBot.Cards.Forms;
using SmqBot.Data.Coaching;

namespace SmqBot.Cards.Coaching;

/// <summary>
/// The hours and dates staff agree for an accompaniment, in the coaching form and in a coaching call's selection: a
/// budget of 1 to 100 hours in quarter hours (15 h when not given), a start and an end after it.
/// </summary>
public static class TermsFields
{
    public static readonly NumberField Budget = new("budget", t => t.Coaching.BudgetLabel, 1, 100, Required: false, Step: 0.25, Refusal: (t, label) => t.Common.NotAValue(label));
    public static readonly DateField Start = new("start", t => t.Common.StartLabel);
    public static readonly DateField End = new("end", t => t.Common.EndLabel);

    public static IEnumerable<(FormField, string?)> Defaults(DateOnly today) =>
        [(Budget, NumberField.Format(Accompaniment.DefaultBudgetMinutes / 60.0)), (Start, DateField.Format(today))];

    public static AccompanimentTerms? Read(FormBinder form)
    {
        var hours = Budget.Read(form) ?? Accompaniment.DefaultBudgetMinutes / 60.0;
        var start = Start.Read(form);
        var end = End.Read(form);
        if (start is { } s && end is { } e && e <= s) form.Refuse(End, form.Texts.CheckIns.EndBeforeStart);
        return start is null || end is null || form.Refused(Budget) || form.Refused(End) ? null : new AccompanimentTerms((int)Math.Round(hours * 60), start.Value, end.Value);
    }
}

/// <summary>The coaching form (staff): the institution, its region, the coached person and the expert by e-mail, the axis, the terms.</summary>
public sealed record AccompanimentForm(Institution Institution, string Coached, string Expert, Axis Axis, AccompanimentTerms Terms, string? Objectives)
{
    public static class Fields
    {
        public static readonly TextField Institution = new("institution", t => t.Coaching.InstitutionLabel, Data.Coaching.Institution.MaxName, Required: true);
        public static readonly RegionField Region = new("region", t => t.Coaching.RegionLabel);
        public static readonly EmailsField Coached = new("coached", t => t.Coaching.CoachedPersonLabel, 1, (t, _) => t.Forms.OneAddress(t.Coaching.CoachedPersonLabel));
        public static readonly EmailsField Expert = new("expert", t => t.Coaching.ExpertLabel, 1, (t, _) => t.Forms.OneAddress(t.Coaching.ExpertLabel));
        public static readonly ChoiceField Axis = new("axis", t => t.Coaching.AxisLabel);
        public static readonly TextField Objectives = new("objectives", t => t.CheckIns.ObjectivesLabel, 2000, Multiline: true);
    }

    public static FormState New(DateOnly today) => FormState.Of([.. TermsFields.Defaults(today)]);

    public static Bound<AccompanimentForm> Bind(FormBinder form)
    {
        var institution = Fields.Institution.Read(form);
        var region = Fields.Region.Read(form);
        var coached = Fields.Coached.ReadOne(form);
        var expert = Fields.Expert.ReadOne(form);
        var axis = Fields.Axis.Read(form, Enum.GetValues<Axis>());
        var terms = TermsFields.Read(form);
        var objectives = Fields.Objectives.Read(form);
        return form.Result(() => new AccompanimentForm(new Institution(institution!, region!), coached!, expert!, axis!.Value, terms!, objectives));
    }
}
