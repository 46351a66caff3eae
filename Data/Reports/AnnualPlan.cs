using SmqBot.Data.Documents;

namespace SmqBot.Data.Reports;

/// <summary>
/// What SMQ sets for a fiscal year ("Annuellement, la SMQ fixe un nombre d'institutions muséales qui recevront un
/// accompagnement"): how many institutions will be coached, the envelope of coaching hours, and how many cohorts are
/// planned. The report and the dashboard show where the year stands against it.
/// </summary>
public sealed record AnnualPlan : Privacy.IPersonalRecord<AnnualPlan>
{
    /// <summary>A plan names the staff member who set it last; its figures are the programme's.</summary>
    public static Privacy.PersonalDataDeclaration<AnnualPlan> PersonalData { get; } = new()
    {
        People = p => [new(p.SetBy, Privacy.PersonRole.Creator)],
        Export = (p, me) => p.SetBy != me ? [] : [Privacy.ExportRow.Of("plansSet", ("year", p.FiscalYear), ("sent", p.SetAt))],
        Erase = (p, e) => p with { SetBy = e.Id(p.SetBy) },
    };

    public const int MaxInstitutions = 500;
    public const int MaxHours = 50_000;
    public const int MaxCohorts = 100;

    public required string FiscalYear { get; init; }
    public required int Institutions { get; init; }
    public required int Hours { get; init; }
    public required int Cohorts { get; init; }
    public required string SetBy { get; init; }
    public DateTimeOffset SetAt { get; init; }
}

/// <summary>The plans, one document per fiscal year (its own partition).</summary>
public sealed class PlanStore(IDocumentDatabase database)
{
    private readonly IDocumentContainer _plans = database.Container(ContainerNames.Plans);

    public async Task<AnnualPlan?> FindAsync(string fiscalYear, CancellationToken ct = default) => (await _plans.ReadAsync<AnnualPlan>(fiscalYear, fiscalYear, ct))?.Value;

    public async Task<AnnualPlan> SaveAsync(AnnualPlan plan, CancellationToken ct = default) => (await _plans.UpsertAsync(plan.FiscalYear, plan.FiscalYear, plan, ct)).Value;
}
