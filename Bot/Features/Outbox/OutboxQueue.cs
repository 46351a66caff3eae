using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Outbox;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Outbox;

/// <summary>What features call to send a proactive message: it is stored, then delivered by the <see cref="OutboxWorker"/>.</summary>
public sealed class OutboxQueue(OutboxStore store, Routing.Callers callers, TimeProvider time)
{
    /// <summary>
    /// Queues one message to a person's personal chat (kept when they installed the app). Returns false when a message
    /// with this <paramref name="key"/> was queued already (nothing changes). Someone without a personal chat yet is
    /// reached with <see cref="ToNewPersonalChatAsync"/>.
    /// </summary>
    public Task<bool> ToPersonAsync(string key, string broadcast, Person person, AdaptiveCard card, DateTimeOffset? notBefore = null, CancellationToken ct = default) =>
        EnqueueAsync(new OutboxMessage
        {
            Key = key, Broadcast = broadcast, TenantId = person.PersonalConversation?.TenantId ?? person.TenantId, RecipientName = person.Name,
            Conversation = person.PersonalConversation ?? throw new InvalidOperationException("This person has no personal chat with the bot yet; use ToNewPersonalChatAsync."),
            Card = CardJson.Serialize(card), Subject = card.FallbackText,
        }, notBefore, ct);

    /// <summary>
    /// Queues a card to the person's personal chat, built in their language (<see cref="Routing.Callers.TextsFor"/>): the one they have, or one opened with them
    /// when the bot knows how to reach them (<see cref="Person.Reach"/>). False when it can do neither, or they are unknown.
    /// </summary>
    public async Task<bool> ToPersonIfReachableAsync(string key, string broadcast, Person? person, Func<Texts, AdaptiveCard> card, CancellationToken ct = default)
    {
        if (person?.PersonalConversation is not null) await ToPersonAsync(key, broadcast, person, card(callers.TextsFor(person, null)), ct: ct);
        else if (person?.Reach is { } reach) await ToNewPersonalChatAsync(key, broadcast, person.TenantId, reach, card(callers.TextsFor(person, null)), recipientName: person.Name, ct: ct);
        else return false;
        return true;
    }

    /// <summary>Queues a message that opens a personal chat with a Teams user (from a team roster, say) and sends in it.</summary>
    public Task<bool> ToNewPersonalChatAsync(string key, string broadcast, string tenantId, PersonalTarget person, AdaptiveCard card, DateTimeOffset? notBefore = null,
        string? recipientName = null, CancellationToken ct = default) =>
        EnqueueAsync(new OutboxMessage { Key = key, Broadcast = broadcast, TenantId = tenantId, Person = person, RecipientName = recipientName, Card = CardJson.Serialize(card), Subject = card.FallbackText }, notBefore, ct);

    public Task<bool> ToConversationAsync(string key, string broadcast, ConversationAddress conversation, AdaptiveCard card, DateTimeOffset? notBefore = null, CancellationToken ct = default) =>
        EnqueueAsync(new OutboxMessage { Key = key, Broadcast = broadcast, TenantId = conversation.TenantId, Conversation = conversation, Card = CardJson.Serialize(card), Subject = card.FallbackText }, notBefore, ct);

    /// <summary>
    /// Queues an update of a card already queued to <paramref name="conversation"/> under the key <paramref name="updateOf"/>
    /// (same broadcast): delivered once that one is, as an edit of the very activity Teams shows.
    /// </summary>
    public Task<bool> UpdateInConversationAsync(string key, string broadcast, string updateOf, ConversationAddress conversation, AdaptiveCard card, CancellationToken ct = default) =>
        EnqueueAsync(new OutboxMessage
        {
            Key = key, Broadcast = broadcast, TenantId = conversation.TenantId, Conversation = conversation, UpdateOf = updateOf,
            Card = CardJson.Serialize(card), Subject = card.FallbackText,
        }, ct: ct);

    public Task<bool> EnqueueAsync(OutboxMessage message, DateTimeOffset? notBefore = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return store.EnqueueAsync(message with
        {
            Status = DeliveryStatus.Pending,
            Open = true,
            Attempts = 0,
            CreatedAt = now,
            DueAt = (notBefore ?? now).ToUnixTimeMilliseconds(),
        }, ct);
    }
}
