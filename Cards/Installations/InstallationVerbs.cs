namespace SmqBot.Cards.Installations;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class InstallationVerbs
{
    public const string Teams = "teams.show";
}
