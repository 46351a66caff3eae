namespace SmqBot.Cards.Help;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class HelpVerbs
{
    public const string Help = "help.show";
}
