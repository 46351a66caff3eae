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

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static JsonObject ToNode(AdaptiveCard card) => JsonSerializer.SerializeToNode(card, Options)!.AsObject();
}
