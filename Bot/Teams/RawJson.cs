using Newtonsoft.Json;

namespace SmqBot.Bot.Teams;

/// <summary>
/// JSON SmqBot already wrote (a card, serialised by <see cref="Cards.Model.CardJson"/>), carried in a Bot Framework
/// object that Newtonsoft serialises: written as it stands. Parsing it into a <c>JObject</c> only for Newtonsoft to write
/// the tree out again was a third of the work of a turn that answers with a card.
/// </summary>
[JsonConverter(typeof(Converter))]
internal sealed class RawJson(string json)
{
    public string Json { get; } = json;

    public override string ToString() => Json;

    private sealed class Converter : JsonConverter<RawJson>
    {
        public override bool CanRead => false;

        public override void WriteJson(JsonWriter writer, RawJson? value, JsonSerializer serializer)
        {
            if (value is null) writer.WriteNull();
            else writer.WriteRawValue(value.Json);
        }

        public override RawJson ReadJson(JsonReader reader, Type objectType, RawJson? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("Raw JSON is only written.");
    }
}
