using SmqBot.Cards.Common;

namespace SmqBot.Cards.Outbox;

/// <summary>`envois`: how proactive messages went (staff). In French and English, composed by <see cref="Texts"/>.</summary>
public sealed record DeliveryTexts
{
    public required CommandText DeliveriesCommand { get; init; }
    public required string DeliveriesTitle { get; init; }
    public required string NoDeliveries { get; init; }
    public required Func<string, string> UnknownBroadcast { get; init; }
    public required string SentLabel { get; init; }
    public required string PendingLabel { get; init; }
    public required string FailedLabel { get; init; }
    public required string FailureReasons { get; init; }
    public required string UnnamedSendOut { get; init; }
    public required Func<string, string> SentTo { get; init; }
    public required Func<string, string> FailedFor { get; init; }
    public required string Details { get; init; }
    /// <summary>A send-out that holds several different messages, named by its first one.</summary>
    public required Func<string, int, string> AndOthers { get; init; }
    public required string MessagesHeading { get; init; }
    public required string AllSendOuts { get; init; }

    public static readonly DeliveryTexts French = new()
    {

        DeliveriesCommand = new("envois", "Où en sont les messages envoyés par SmqBot : envoyés, en attente, en échec."),
        DeliveriesTitle = "Envois de SmqBot",
        NoDeliveries = "SmqBot n’a encore rien envoyé.",
        UnknownBroadcast = name => $"Aucun envoi ne s’appelle « {name} ».",
        SentLabel = "Envoyés",
        PendingLabel = "En attente",
        FailedLabel = "En échec",
        FailureReasons = "Raisons des échecs",
        UnnamedSendOut = "Envoi sans titre",
        SentTo = names => $"Pour : {names}",
        FailedFor = name => $"{name} (en échec)",
        Details = "Détails",
        AndOthers = (first, others) => $"{first} (et {Count.Fr(others, "autre message", "autres messages")})",
        MessagesHeading = "Messages de cet envoi",
        AllSendOuts = "Tous les envois",
    };

    public static readonly DeliveryTexts English = new()
    {

        DeliveriesCommand = new("deliveries", "Where SmqBot's messages stand: sent, pending, failed."),
        DeliveriesTitle = "SmqBot's send-outs",
        NoDeliveries = "SmqBot has not sent anything yet.",
        UnknownBroadcast = name => $"No send-out is called \"{name}\".",
        SentLabel = "Sent",
        PendingLabel = "Pending",
        FailedLabel = "Failed",
        FailureReasons = "Why they failed",
        UnnamedSendOut = "Untitled send-out",
        SentTo = names => $"To: {names}",
        FailedFor = name => $"{name} (failed)",
        Details = "Details",
        AndOthers = (first, others) => $"{first} (and {Count.En(others, "other message", "other messages")})",
        MessagesHeading = "Messages in this send-out",
        AllSendOuts = "All send-outs",
    };
}
