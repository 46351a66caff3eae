namespace SmqBot.Cards.Outbox;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class DeliveryVerbs
{
    public const string Deliveries = "deliveries.show";
}
