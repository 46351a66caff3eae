namespace SmqBot.Cards.Outbox;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class DeliveryVerbs
{
    public const string Deliveries = "deliveries.show";
}

/// <summary>Shows the recent send-outs, or one by its name (<see cref="Broadcast"/>, as the store names it: "digest:…").</summary>
public sealed record ShowDeliveries([Model.FreeText(ShowDeliveries.MaxName)] string? Broadcast) : Model.ICardAction<ShowDeliveries>
{
    public const int MaxName = 200;
    public static string Verb => DeliveryVerbs.Deliveries;
}
