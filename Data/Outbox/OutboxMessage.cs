using SmqBot.Data.People;

namespace SmqBot.Data.Outbox;

public enum DeliveryStatus { Pending, Sending, Sent, Failed }

/// <summary>
/// One proactive message to one conversation: what to send, where, not before when, and how its delivery went.
/// Features enqueue it; the outbox worker delivers it. See Bot/Features/Outbox/OutboxWorker.cs for the guarantee.
/// </summary>
public sealed record OutboxMessage : Privacy.IPersonalRecord<OutboxMessage>
{
    /// <summary>
    /// A message to a person is theirs (deleted when they are erased); a channel's names nobody. What a delivered card
    /// said goes after <c>Privacy:MessageRetentionDays</c>: the record of the send-out stays.
    /// </summary>
    public static Privacy.PersonalDataDeclaration<OutboxMessage> PersonalData { get; } = new()
    {
        People = m => m.Person?.AadObjectId is { } aad ? [new Privacy.Reference(aad, Privacy.PersonRole.Recipient)] : [],
        Export = (m, _) => [Privacy.ExportRow.Of("messages", ("subject", m.Subject), ("status", m.Status.ToString()), ("created", m.CreatedAt), ("sent", m.SentAt))],
        Erase = (m, e) => e.Is(m.Person?.AadObjectId) || (m.Person?.UserId is { } user && e.Aliases.Contains(user))
            || (m.Conversation is { } c && (e.Aliases.Contains(c.ConversationId) || (c.UserId is { } u && e.Aliases.Contains(u)))) ? null : m,
    };

    /// <summary>Chosen by the feature, e.g. <c>checkin:{cohort}:{person}:{period}</c>: the same key is one message.</summary>
    public required string Key { get; init; }
    /// <summary>What staff follow as one send-out (a check-in round, a call posted to 200 people).</summary>
    public required string Broadcast { get; init; }
    public required string TenantId { get; init; }

    /// <summary>An existing conversation to continue (a channel, or a personal chat we already have).</summary>
    public ConversationAddress? Conversation { get; init; }
    /// <summary>Otherwise: the person to open a personal chat with (Teams user id), through this service URL and bot.</summary>
    public PersonalTarget? Person { get; init; }

    /// <summary>What the message is about, in words (its card's summary): how staff recognise a send-out in `envois`.</summary>
    public string? Subject { get; init; }
    /// <summary>Who it is for, by name, when it goes to a person (null for a channel).</summary>
    public string? RecipientName { get; init; }

    /// <summary>
    /// For an update: the key of the message, in the same broadcast, whose delivered activity this one replaces (a call's
    /// card in its channel, edited). It waits until that message is sent, and fails if that one failed.
    /// </summary>
    public string? UpdateOf { get; init; }
    /// <summary>The Teams activity the connector gave when this message was delivered (for an update: the one it replaced).</summary>
    public string? ActivityId { get; init; }

    public string? Text { get; init; }
    /// <summary>
    /// Once it is closed (sent or failed), keep only that it was: no address, no content. The message that tells someone
    /// their erasure is done is the one message that still knows where they are.
    /// </summary>
    public bool ForgetWhenClosed { get; init; }
    /// <summary>An Adaptive Card, as JSON.</summary>
    public string? Card { get; init; }

    public DeliveryStatus Status { get; init; } = DeliveryStatus.Pending;
    /// <summary>True while the message still has to be delivered (pending, or being sent under a lease).</summary>
    public bool Open { get; init; } = true;
    /// <summary>Unix milliseconds: when the message may next be attempted (not-before, back-off, or lease expiry).</summary>
    public long DueAt { get; init; }
    public int Attempts { get; init; }
    public string? LeaseOwner { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Where the delivery went: the conversation the connector used (set when a personal chat was opened).</summary>
    public string? DeliveredTo { get; init; }
    /// <summary>The worker that delivered it.</summary>
    public string? SentBy { get; init; }
}

public sealed record PersonalTarget(string UserId, string? AadObjectId, string ServiceUrl, string BotId);
