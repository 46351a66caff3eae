using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SmqBot.Cards.Model;

public static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // A card is JSON sent as UTF-8 to Teams, never embedded in a page: "é" is written as it is, not as \u00E9 (the
        // escapes were 6 % of the French cards' bytes, and sent every string with an accent down the encoder's slow
        // path). Quotes, backslashes and control characters are still escaped, so what a card says is unchanged.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Each action's data carries the card's language: a turn that does not read the person's profile (a check-in)
    /// answers in the language the card was written in, which is the one the person reads.
    /// </summary>
    public const string LanguageField = "lang";

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, card.Lang is { } lang ? InLanguage(lang) : Options);

    public static JsonObject ToNode(AdaptiveCard card) => JsonNode.Parse(Serialize(card))!.AsObject();

    private static readonly ConcurrentDictionary<string, JsonSerializerOptions> Languages = new();

    /// <summary>
    /// The options that write every Action.Execute and Action.Submit with <see cref="LanguageField"/> in its data (an
    /// empty data gets one too), in the same pass as the rest of the card: marking a serialised tree afterwards took
    /// as long as serialising the card twice. One set of options per language, made once.
    /// </summary>
    private static JsonSerializerOptions InLanguage(string lang) => Languages.GetOrAdd(lang, l => new JsonSerializerOptions(Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Type != typeof(ExecuteAction) && info.Type != typeof(SubmitAction)) return;
                    var data = info.Properties.Single(p => p.Name == "data");
                    data.ShouldSerialize = static (_, _) => true;
                    data.CustomConverter = new LanguageInData(l);
                },
            },
        },
    });

    /// <summary>An action's data as it is, with the card's language added unless the data names one already (as the card it opens from does).</summary>
    private sealed class LanguageInData(string lang) : JsonConverter<JsonObject?>
    {
        public override bool HandleNull => true;

        public override JsonObject? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Cards are only written.");

        public override void Write(Utf8JsonWriter writer, JsonObject? value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (name, node) in value ?? [])
            {
                if (node is null && name == LanguageField) continue; // written below, as an absent one would be
                writer.WritePropertyName(name);
                if (node is null) writer.WriteNullValue();
                else node.WriteTo(writer, options);
            }
            if (value?[LanguageField] is null) writer.WriteString(LanguageField, lang);
            writer.WriteEndObject();
        }
    }
}
