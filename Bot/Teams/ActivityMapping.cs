using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SmqBot.Cards.Model;
using SmqBot.Data.People;

namespace SmqBot.Bot.Teams;

/// <summary>Between Bot Framework types and ours: the only place features' data meets Microsoft.Bot.Schema.</summary>
internal static class ActivityMapping
{
    /// <summary>The sender, from the activity only: Entra object id (Teams' <c>from.aadObjectId</c>) and tenant.</summary>
    public static Contact Contact(this Activity activity)
    {
        var tenant = activity.Conversation?.TenantId ?? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id ?? "";
        var personal = activity.Conversation?.ConversationType is "personal" or null;
        var address = personal && activity.Conversation?.Id is { } conversationId
            ? new ConversationAddress(activity.ServiceUrl, activity.ChannelId, conversationId, tenant, activity.Recipient?.Id ?? "", activity.From?.Id)
            : null;
        var reach = activity.From?.Id is { Length: > 0 } userId && activity.ServiceUrl is { Length: > 0 } serviceUrl
            ? new Data.Outbox.PersonalTarget(userId, activity.From.AadObjectId, serviceUrl, activity.Recipient?.Id ?? "")
            : null;
        return new Contact(activity.From?.AadObjectId ?? activity.From?.Id ?? "", tenant, activity.From?.Name is { Length: > 0 } n ? n : null, Locale(activity), address, Reach: reach);
    }

    /// <summary>Teams puts the client's locale on the activity; older clients only in the clientInfo entity.</summary>
    public static string? Locale(Activity activity) =>
        activity.Locale is { Length: > 0 } locale ? locale
        : activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Properties?["locale"]?.ToString();

    public static Attachment ToAttachment(this AdaptiveCard card) =>
        new() { ContentType = CardJson.ContentType, Content = JObject.Parse(CardJson.Serialize(card)) };

    public static IMessageActivity ToMessage(this AdaptiveCard card)
    {
        var message = Activity.CreateMessageActivity();
        message.Attachments = [card.ToAttachment()];
        message.Speak = card.Speak;
        message.Summary = card.FallbackText;
        return message;
    }

    public static AdaptiveCardInvokeResponse ToInvokeResponse(this AdaptiveCard card) =>
        new() { StatusCode = 200, Type = CardJson.ContentType, Value = JObject.Parse(CardJson.Serialize(card)) };

    /// <summary>Card data (user input) as a JSON object; anything else (a string, an array, nothing) is no data.</summary>
    public static JsonObject? ToJsonObject(object? data) => data switch
    {
        null => null,
        JObject o => JsonNode.Parse(o.ToString(Formatting.None)) as JsonObject,
        _ => JsonNode.Parse(JsonConvert.SerializeObject(data)) as JsonObject,
    };
}
