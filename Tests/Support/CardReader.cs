using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmqBot.Tests.Support;

/// <summary>Reads a card as a user sees it: its text, its facts, its buttons. Also archives it for the validators.</summary>
public static class CardReader
{
    private static int _saved;

    // Walk leaves out fallbacks (the Action.Submit behind each Action.Execute is not a second button) and the refresh
    // action (what the client sends by itself to update the card, not a button anyone sees).
    /// <summary>Every text a reader sees, in order, one per line (TextBlocks, TextRuns, facts as "title: value").</summary>
    public static string Text(JsonNode card) => string.Join("\n", Texts(card));

    public static IReadOnlyList<(string Title, string? Verb)> Buttons(JsonNode card) =>
        [.. Walk(card).OfType<JsonObject>()
            .Where(o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true)
            .Select(o => ((string)o["title"]!, (string?)o["verb"]))];

    /// <summary>The data a card's action carries (its first, unless told), as a copy to add inputs to.</summary>
    public static JsonObject ActionData(JsonNode card, int action = 0) => card["actions"]![action]!["data"]?.DeepClone().AsObject() ?? [];

    /// <summary>The card's inputs by id, as the client would send them when nobody changes them: their default values.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Inputs(JsonNode card) =>
        Walk(card).OfType<JsonObject>()
            .Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .ToDictionary(o => (string)o["id"]!);

    /// <summary>Writes the card to the folder that the card validators check after the test run.</summary>
    public static JsonObject Archive(JsonObject card, string origin)
    {
        Directory.CreateDirectory(Repo.CardsDir);
        var name = $"{Interlocked.Increment(ref _saved):D4}-{origin}.json";
        File.WriteAllText(Path.Combine(Repo.CardsDir, name), card.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return card;
    }

    private static IEnumerable<string> Texts(JsonNode? node)
    {
        foreach (var o in Walk(node).OfType<JsonObject>())
        {
            switch ((string?)o["type"])
            {
                case "TextBlock" or "TextRun": yield return (string)o["text"]!; break;
                case "FactSet":
                    foreach (var fact in o["facts"]!.AsArray()) yield return $"{fact!["title"]}: {fact["value"]}";
                    break;
            }
        }
    }

    public static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (key, child) in o)
                    if (key is not ("fallback" or "facts" or "refresh")) foreach (var n in Walk(child)) yield return n;
                break;
            case JsonArray a:
                foreach (var child in a) foreach (var n in Walk(child)) yield return n;
                break;
        }
    }
}
