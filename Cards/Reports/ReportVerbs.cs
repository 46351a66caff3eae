namespace SmqBot.Cards.Reports;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class ReportVerbs
{
    public const string Report = "report.show";
    public const string Dashboard = "dashboard.show";
}

/// <summary>Shows a fiscal year's report: <see cref="Year"/> comes from the card's fiscal-year input, whose id is its key.</summary>
public sealed record ShowReport(string? Year) : Model.ICardAction<ShowReport>
{
    public static string Verb => ReportVerbs.Report;
    /// <summary>The id of the report card's fiscal-year input, which Teams merges into the action's data as <see cref="Year"/>.</summary>
    public const string YearInput = "year";
}
