using SmqBot.Cards.Forms;
using SmqBot.Data.Reports;

namespace SmqBot.Cards.Reports;

/// <summary>A fiscal year's plan as staff set it: institutions to coach, the envelope of coaching hours, the cohorts planned.</summary>
public sealed record PlanForm(int Institutions, int Hours, int Cohorts)
{
    public static class Fields
    {
        public static readonly NumberField Institutions = new("institutions", t => t.Reports.PlanInstitutionsLabel, 0, AnnualPlan.MaxInstitutions, Step: 1);
        public static readonly NumberField Hours = new("hours", t => t.Reports.PlanHoursLabel, 0, AnnualPlan.MaxHours, Step: 1);
        public static readonly NumberField Cohorts = new("cohorts", t => t.Reports.PlanCohortsLabel, 0, AnnualPlan.MaxCohorts, Step: 1);
    }

    public static FormState Of(AnnualPlan? plan) => plan is null ? FormState.Empty : FormState.Of(
        (Fields.Institutions, NumberField.Format(plan.Institutions)), (Fields.Hours, NumberField.Format(plan.Hours)), (Fields.Cohorts, NumberField.Format(plan.Cohorts)));

    public static Bound<PlanForm> Bind(FormBinder form)
    {
        var institutions = Fields.Institutions.Read(form);
        var hours = Fields.Hours.Read(form);
        var cohorts = Fields.Cohorts.Read(form);
        return form.Result(() => new PlanForm((int)institutions!.Value, (int)hours!.Value, (int)cohorts!.Value));
    }
}
