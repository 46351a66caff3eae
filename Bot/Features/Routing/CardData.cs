using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmqBot.Bot.Features.Routing;

/// <summary>
/// Reading the data a card sent back, which is user input: every value is checked for its JSON kind and shape.
/// Teams sends input values as strings; numbers may also come as JSON numbers, with a decimal comma in French.
/// </summary>
public static class CardData
{
    public static string? Text(this JsonObject data, string key) =>
        data[key] is { } node && node.GetValueKind() == JsonValueKind.String ? (string?)node : null;

    /// <summary>An id from our own cards (cohort, target, nonce): letters, digits, '-' and '_', at most 64.</summary>
    public static string? Id(this JsonObject data, string key) => data.Text(key) is { } id && Data.Ids.IsValid(id) ? id : null;

    /// <summary>
    /// A free-text field, trimmed (null when blank), or the reader's message for it: required and blank, or longer
    /// than <paramref name="max"/> characters.
    /// </summary>
    public static (string? Value, string? Error) Field(this JsonObject data, string key, string label, int max, bool required, Cards.Common.Texts texts)
    {
        var value = Blank(data.Text(key));
        return value is null ? (null, required ? texts.Required(label) : null) : value.Length > max ? (null, texts.TooLong(label, max)) : (value, null);
    }

    /// <summary>A date as Input.Date sends it (yyyy-MM-dd); null when absent or malformed.</summary>
    public static DateOnly? Date(this JsonObject data, string key) => ParseDate(data.Text(key));

    /// <summary>A month as our cards name it (yyyy-MM), as its first day; null when absent or malformed.</summary>
    public static DateOnly? Month(this JsonObject data, string key) => ParseMonth(data.Text(key));

    /// <summary>A time of day as Input.Time sends it (HH:mm); null when absent or malformed.</summary>
    public static TimeOnly? Time(this JsonObject data, string key) => Cards.Forms.TimeField.Parse(data.Text(key));

    public static DateOnly? ParseDate(string? text) => Cards.Forms.DateField.Parse(text);

    public static DateOnly? ParseMonth(string? text) => text is null ? null : ParseDate(text + "-01");

    public static bool Number(JsonNode? node, out double value)
    {
        var parsed = Cards.Forms.NumberField.Parse(node);
        value = parsed ?? 0;
        return parsed is not null;
    }

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
