namespace SmqBot.Cards.Reports;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class ReportVerbs
{
    public const string Report = "report.show";
    public const string Dashboard = "dashboard.show";
}
