using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SmqBot.Cards.Model;
using SmqBot.Data.People;

namespace SmqBot.Bot.Teams;

/// <summary>Between Bot Framework types and ours: the only place features' data meets Microsoft.Bot.Schema.</summary>
internal static partial class ActivityMapping
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
        // Identity is the Entra object id alone (never the channel's user id, which a caller can make up); without a
        // well-formed one the caller is answered but not stored (Callers.IdentifyAsync).
        var aadObjectId = Data.Ids.IsValid(activity.From?.AadObjectId) ? activity.From!.AadObjectId : "";
        return new Contact(aadObjectId, tenant, DisplayName(activity.From?.Name), Locale(activity), address, Reach: reach);
    }

    /// <summary>A display name longer than this is cut: Entra allows 256 characters.</summary>
    private const int MaxNameLength = 256;

    /// <summary>A display name as Teams gave it (an activity's sender, a roster's member), cut at <see cref="MaxNameLength"/>; null when empty.</summary>
    public static string? DisplayName(string? name) => name is { Length: > 0 } n ? n[..Math.Min(n.Length, MaxNameLength)] : null;

    /// <summary>
    /// The client's locale (on the activity; older clients only in the clientInfo entity), if it is one SmqBot speaks:
    /// French or English, with or without a region ("fr", "fr-CA", "en-US"). Anything else is no locale (the default
    /// language answers), so nothing arbitrary is stored.
    /// </summary>
    public static string? Locale(Activity activity) =>
        Known(activity.Locale is { Length: > 0 } locale ? locale
            : activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Properties?["locale"] is JValue { Type: JTokenType.String } entity ? (string?)entity : null);

    [System.Text.RegularExpressions.GeneratedRegex("^(fr|en)(-[A-Za-z]{2})?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex KnownLocale();

    /// <summary>"fr-ca" → "fr-CA"; null for a locale SmqBot does not speak or that is not a locale at all.</summary>
    internal static string? Known(string? locale) =>
        locale is { Length: <= 5 } && KnownLocale().IsMatch(locale)
            ? locale.Length == 2 ? locale.ToLowerInvariant() : $"{locale[..2].ToLowerInvariant()}-{locale[3..].ToUpperInvariant()}"
            : null;

    public static Attachment ToAttachment(this AdaptiveCard card) =>
        new() { ContentType = CardJson.ContentType, Content = new RawJson(CardJson.Serialize(card)) };

    public static IMessageActivity ToMessage(this AdaptiveCard card)
    {
        var message = Activity.CreateMessageActivity();
        message.Attachments = [card.ToAttachment()];
        message.Speak = card.Speak;
        message.Summary = card.FallbackText;
        return message;
    }

    public static AdaptiveCardInvokeResponse ToInvokeResponse(this AdaptiveCard card) =>
        new() { StatusCode = 200, Type = CardJson.ContentType, Value = new RawJson(CardJson.Serialize(card)) };

    /// <summary>
    /// Card data (user input) as a JSON object; anything else (a string, an array, nothing) is no data. Converted token by
    /// token rather than re-parsed, because Newtonsoft reads what JSON does not have (<c>undefined</c>, <c>NaN</c>,
    /// <c>Infinity</c>, 1e400 as infinity): those become null, as a missing value would.
    /// </summary>
    /// <summary>
    /// The file a person attached to a message in Teams (a personal chat with a bot that supports files): Teams sends it
    /// as an attachment of type <c>application/vnd.microsoft.teams.file.download.info</c> whose content gives a short-lived
    /// download address. Null when the message carries none.
    /// </summary>
    public static Features.Routing.AttachedFile? AttachedFile(IMessageActivity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == "application/vnd.microsoft.teams.file.download.info") is { } file
        && ToJsonObject(file.Content)?["downloadUrl"] is System.Text.Json.Nodes.JsonValue url && url.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? new Features.Routing.AttachedFile(file.Name ?? "", (string)url!)
            : null;

    public static JsonObject? ToJsonObject(object? data) => data switch
    {
        null => null,
        JToken token => ToNode(token, 0) as JsonObject,
        _ => ToNode(JToken.FromObject(data), 0) as JsonObject,
    };

    /// <summary>Deeper than any card we send; what lies below is dropped (STJ would refuse to write it back at 64).</summary>
    private const int MaxDepth = 16;

    private static JsonNode? ToNode(JToken token, int depth) => depth > MaxDepth ? null : token switch
    {
        JObject o => new JsonObject(o.Properties().Select(p => KeyValuePair.Create(p.Name, ToNode(p.Value, depth + 1)))),
        JArray a => new JsonArray([.. a.Select(t => ToNode(t, depth + 1))]),
        // Each JSON value is re-read by System.Text.Json, so that it behaves as parsed JSON does (a number reads as any
        // numeric type that holds it).
        // (A date Newtonsoft recognised in a string goes back as the ISO 8601 text.)
        JValue v when IsJson(v) => JsonNode.Parse(v.ToString(Formatting.None)),
        _ => null, // null, undefined, NaN, infinities, integers beyond 64 bits, raw and other token kinds
    };

    private static bool IsJson(JValue value) => value switch
    {
        { Type: JTokenType.String or JTokenType.Boolean or JTokenType.Date } => true,
        { Type: JTokenType.Integer } => value.Value is not System.Numerics.BigInteger,
        { Type: JTokenType.Float, Value: double d } => double.IsFinite(d),
        { Type: JTokenType.Float, Value: decimal } => true,
        _ => false,
    };
}
