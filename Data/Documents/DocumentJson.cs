using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SmqBot.Data.Documents;

/// <summary>
/// How documents look on disk, the same in both stores: camelCase JSON written with System.Text.Json,
/// carrying <c>id</c> and the partition key <c>pk</c> beside the aggregate's own fields.
/// </summary>
public static class DocumentJson
{
    public const string PartitionKeyPath = "/pk";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    internal static byte[] Serialize<T>(string partitionKey, string id, T document)
    {
        var node = JsonSerializer.SerializeToNode(document, Options) as JsonObject
            ?? throw new ArgumentException($"{typeof(T).Name} does not serialise to a JSON object.", nameof(document));
        node["id"] = id;
        node["pk"] = partitionKey;
        return JsonSerializer.SerializeToUtf8Bytes(node, Options);
    }

    /// <summary>A filter value as it stands in a stored document (enums as camelCase strings, dates in ISO 8601).</summary>
    internal static object ToPrimitive(object value)
    {
        var element = JsonSerializer.SerializeToElement(value, value.GetType(), Options);
        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when element.TryGetInt64(out var whole) => whole,
            JsonValueKind.Number => element.GetDouble(),
            _ => throw new ArgumentException($"A filter value must be a string, number, boolean or enum, not {value.GetType().Name}."),
        };
    }

    internal static T Deserialize<T>(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} was null.");
}
