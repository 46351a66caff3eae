using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmqBot.Tests.Support;

/// <summary>Reads a card as a user sees it: its text, its facts, its buttons. Also archives it for the validators.</summary>
public static class CardReader
{
    private static int _saved;

    // Walk leaves out fallbacks (the Action.Submit behind each Action.Execute is not a second button) and the refresh
    // action (what the client sends by itself to update the card, not a button anyone sees).
    /// <summary>
    /// Every text a reader sees, in order, one per line (TextBlocks, TextRuns, facts as "title: value"). Read as a person
    /// reads it: a non-breaking space is a space and ’ an apostrophe (the typography itself is checked on every French
    /// card after the run, by Tests/tools/check-french.mjs).
    /// </summary>
    public static string Text(JsonNode card) => Plain(string.Join("\n", Texts(card)));

    /// <summary>A text as a reader sees it: non-breaking and narrow spaces as spaces, ’ as '.</summary>
    public static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('’', '\'');

    public static IReadOnlyList<(string Title, string? Verb)> Buttons(JsonNode card) =>
        [.. Walk(card).OfType<JsonObject>()
            .Where(o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true)
            .Select(o => (Plain((string)o["title"]!), (string?)o["verb"]))];

    /// <summary>The data a card's action carries (its first, unless told), as a copy to add inputs to.</summary>
    /// <summary>The data of the first Action.Execute titled <paramref name="title"/>, wherever it is on the card (an action set in a list, say).</summary>
    public static JsonObject ButtonData(JsonObject card, string title) =>
        Walk(card).OfType<JsonObject>().First(o => (string?)o["title"] == title && (string?)o["type"] == "Action.Execute")["data"]!.DeepClone().AsObject();

    public static JsonObject ActionData(JsonNode card, int action = 0) => card["actions"]![action]!["data"]?.DeepClone().AsObject() ?? [];

    /// <summary>The card's inputs by id, as the client would send them when nobody changes them: their default values.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Inputs(JsonNode card) =>
        Walk(card).OfType<JsonObject>()
            .Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .ToDictionary(o => (string)o["id"]!);

    private static readonly Lock PeopleFile = new();

    /// <summary>
    /// Records people's own words that the tests typed or stored (names, notes, titles, motivations): the French
    /// typography check leaves them as they were written, since they are the person's, not the bot's.
    /// </summary>
    public static void People(IEnumerable<string?> words)
    {
        var lines = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w!.ReplaceLineEndings(" ").Trim()).ToList();
        if (lines.Count == 0) return;
        Directory.CreateDirectory(Repo.CardsDir);
        lock (PeopleFile) File.AppendAllLines(Path.Combine(Repo.CardsDir, "people.txt"), lines);
    }

    /// <summary>The words a person sent in an activity: their name, their message, what they typed in a card.</summary>
    public static IEnumerable<string?> Typed(JsonNode? activity)
    {
        yield return (string?)activity?["from"]?["name"];
        yield return (string?)activity?["text"];
        foreach (var o in Walk(activity?["value"]).OfType<JsonObject>())
            foreach (var (_, v) in o)
                if (v is JsonValue jv && jv.TryGetValue<string>(out var s)) yield return s;
    }

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
