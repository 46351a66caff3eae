namespace SmqBot.Cards.Reports;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class ReportVerbs
{
    public const string Report = "report.show";
    public const string Dashboard = "dashboard.show";
    public const string PlanForm = "report.plan.form";
    public const string PlanSave = "report.plan.save";
    public const string Published = "report.published";
}

/// <summary>Shows a calendar year's published list: <see cref="Year"/> comes from the card's year input, whose id is its key.</summary>
public sealed record ShowPublishedList(string? Year) : Model.ICardAction<ShowPublishedList>
{
    public static string Verb => ReportVerbs.Published;
    public const string YearInput = "year";
}

/// <summary>Opens the form of a fiscal year's plan (filled with the plan when there is one).</summary>
public sealed record OpenPlan(string Year) : Model.ICardAction<OpenPlan> { public static string Verb => ReportVerbs.PlanForm; }

/// <summary>Saves the plan of a fiscal year (the form's inputs).</summary>
public sealed record SavePlan(string Year) : Model.ICardAction<SavePlan> { public static string Verb => ReportVerbs.PlanSave; }

/// <summary>Shows a fiscal year's report: <see cref="Year"/> comes from the card's fiscal-year input, whose id is its key.</summary>
public sealed record ShowReport(string? Year) : Model.ICardAction<ShowReport>
{
    public static string Verb => ReportVerbs.Report;
    /// <summary>The id of the report card's fiscal-year input, which Teams merges into the action's data as <see cref="Year"/>.</summary>
    public const string YearInput = "year";
}
