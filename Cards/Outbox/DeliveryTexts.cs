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
    /// <summary>Why Teams refused, in plain words, by the HTTP status the connector answered (0 when it did not).</summary>
    public required Func<int, string> Refused { get; init; }
    /// <summary>Which half of a "français / English" reason is this language's.</summary>
    public required int OwnHalf { get; init; }

    /// <summary>
    /// A failure as the reader can understand it: what the connector's status means, in their language, with the status
    /// kept in parentheses for whoever looks further ("403 Forbidden: The bot is not part of the conversation roster."
    /// → "SmqBot ne peut plus écrire dans cette conversation… (403)"). SmqBot's own reasons are written "français /
    /// English": the reader's half is kept.
    /// </summary>
    public string Reason(string raw)
    {
        if (raw.Length >= 4 && int.TryParse(raw.AsSpan(0, 3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status) && raw[3] == ' ')
            return $"{Refused(status)} ({status})";
        var halves = raw.Split(" / ", 2);
        return halves.Length == 2 ? halves[OwnHalf] : raw;
    }
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
        OwnHalf = 0,
        Refused = status => status switch
        {
            403 => "SmqBot ne peut plus écrire dans cette conversation (retiré de l’équipe, ou bloqué par la personne)",
            404 => "Conversation introuvable (supprimée, ou la personne a quitté l’organisation)",
            401 => "Teams n’a pas reconnu SmqBot (sa configuration est à vérifier)",
            429 => "Teams a demandé de ralentir",
            >= 500 => "Teams n’a pas répondu",
            _ => "Teams a refusé le message",
        },
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
        OwnHalf = 1,
        Refused = status => status switch
        {
            403 => "SmqBot can no longer write in this conversation (removed from the team, or blocked by the person)",
            404 => "Conversation not found (deleted, or the person left the organization)",
            401 => "Teams did not recognize SmqBot (its configuration needs checking)",
            429 => "Teams asked to slow down",
            >= 500 => "Teams did not answer",
            _ => "Teams refused the message",
        },
        AndOthers = (first, others) => $"{first} (and {Count.En(others, "other message", "other messages")})",
        MessagesHeading = "Messages in this send-out",
        AllSendOuts = "All send-outs",
    };
}
