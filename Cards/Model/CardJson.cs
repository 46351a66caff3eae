using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SmqBot.Cards.Model;

public static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// Each action's data carries the card's language: a turn that does not read the person's profile (a check-in)
    /// answers in the language the card was written in, which is the one the person reads.
    /// </summary>
    public const string LanguageField = "lang";

    public static string Serialize(AdaptiveCard card) => ToNode(card).ToJsonString(Options);

    public static JsonObject ToNode(AdaptiveCard card)
    {
        var node = JsonSerializer.SerializeToNode(card, Options)!.AsObject();
        if (card.Lang is { } lang) MarkLanguage(node, lang);
        return node;
    }

    private static void MarkLanguage(JsonNode? node, string lang)
    {
        switch (node)
        {
            case JsonObject o:
                if ((string?)(o["type"] as JsonValue) is "Action.Execute" or "Action.Submit")
                {
                    var data = o["data"] as JsonObject ?? [];
                    data[LanguageField] ??= lang;
                    o["data"] = data;
                }
                foreach (var (_, child) in o.ToList()) MarkLanguage(child, lang);
                break;
            case JsonArray a:
                foreach (var child in a) MarkLanguage(child, lang);
                break;
        }
    }
}
