using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Outbox;

/// <summary>How one attempt to deliver a message went.</summary>
public abstract record DeliveryResult
{
    /// <summary>The connector accepted it, in this conversation, as this activity (when it said).</summary>
    public sealed record Delivered(string ConversationId, string? ActivityId = null) : DeliveryResult;

    /// <summary>Worth trying again (429, 412, 502, 503, 504, connection failure); <c>RetryAfter</c> as the connector asked.</summary>
    public sealed record RetryLater(string Reason, TimeSpan? RetryAfter = null, bool Throttled = false) : DeliveryResult;

    /// <summary>Will not work however often tried (bot removed, user not found, bad request): fail now.</summary>
    public sealed record Failed(string Reason) : DeliveryResult;
}

/// <summary>
/// Sends one outbox message to Teams, or, when it has <see cref="OutboxMessage.UpdateOf"/>, replaces the activity
/// <see cref="OutboxMessage.ActivityId"/> with it. Implemented at the Bot Framework edge (Teams/ConnectorDelivery).
/// </summary>
public interface IMessageDelivery
{
    Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken ct);
}
