using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmqBot.Data.Privacy;

/// <summary>
/// What anonymising someone replaces, in any stored document, whatever its shape: their ids (Entra object id, Teams
/// user id, personal conversation id) by a pseudonym that stands for them alone, their names and e-mail addresses, and the
/// free texts they typed. It works on the JSON itself (and on the JSON inside a string, such as a queued card), so a
/// document kind added later is covered without anyone remembering to: a field that names a person by id, name or
/// address is found because it holds one. Figures (minutes, values, counts, institutions, dates) are never touched, so
/// reports count the same after; a pseudonym is kept wherever the id was, so "distinct people" counts stay the same too.
/// </summary>
public sealed partial class Redaction
{
    /// <summary>What replaces a name in a stored document (French first, as the programme is).</summary>
    public const string AnonymousName = "Personne anonymisée";
    /// <summary>What replaces a free text someone typed.</summary>
    public const string Erased = "[effacé]";
    /// <summary>Texts shorter than this are only replaced where they are a whole value (a "Oui" inside a sentence is not theirs).</summary>
    private const int SubstringMinimum = 12;

    private readonly Dictionary<string, string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private Regex? _pattern;

    /// <summary>The Entra object ids this redaction replaces, with their pseudonyms.</summary>
    public IReadOnlyDictionary<string, string> Ids => _ids;
    public IReadOnlyCollection<string> Names => _names;
    public IReadOnlyCollection<string> Emails => _emails;
    public IReadOnlyCollection<string> Texts => _texts;

    /// <summary>A pseudonym that cannot be traced back: random, kept nowhere but in the documents it replaces an id in.</summary>
    public static string NewPseudonym() => "anon-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));

    public Redaction Person(string aadObjectId, string pseudonym)
    {
        if (!string.IsNullOrEmpty(aadObjectId)) _ids.TryAdd(aadObjectId, pseudonym);
        _pattern = null;
        return this;
    }

    /// <summary>Another id of someone already added (their Teams user id, a conversation id), replaced by their pseudonym.</summary>
    public Redaction Alias(string id, string aadObjectId)
    {
        if (!string.IsNullOrWhiteSpace(id) && _ids.TryGetValue(aadObjectId, out var pseudonym)) _ids.TryAdd(id, pseudonym);
        _pattern = null;
        return this;
    }

    public Redaction Name(string? name)
    {
        if (!string.IsNullOrWhiteSpace(name) && name.Trim().Length >= 2 && name != AnonymousName) _names.Add(name.Trim());
        _pattern = null;
        return this;
    }

    public Redaction Email(string? email)
    {
        if (!string.IsNullOrWhiteSpace(email) && email.Contains('@')) _emails.Add(email.Trim());
        _pattern = null;
        return this;
    }

    public Redaction Text(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text) && text != Erased) _texts.Add(text.Trim());
        _pattern = null;
        return this;
    }

    /// <summary>
    /// Learns, from a stored document, the other names, addresses and Teams ids of the people it replaces: any object
    /// whose <c>aadObjectId</c> is theirs names them in its <c>name</c>, <c>email</c> and <c>userId</c>.
    /// </summary>
    public void Learn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["aadObjectId"] is JsonValue v && v.TryGetValue<string>(out var aad) && _ids.ContainsKey(aad))
                {
                    Name(Str(o["name"]));
                    Email(Str(o["email"]));
                    if (Str(o["userId"]) is { } userId) Alias(userId, aad);
                }
                foreach (var (_, child) in o) Learn(child);
                break;
            case JsonArray a:
                foreach (var child in a) Learn(child);
                break;
        }
    }

    /// <summary>Whether the document holds anything this redaction replaces.</summary>
    public bool Mentions(JsonNode? node) => node switch
    {
        JsonObject o => o.Any(p => Mentions(p.Value)),
        JsonArray a => a.Any(Mentions),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => MentionsText(v.GetValue<string>()),
        _ => false,
    };

    /// <summary>The document with everything this redaction replaces replaced (a new tree; the argument is left as it was).</summary>
    public JsonNode? Apply(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => ApplyObject(o),
        JsonArray a => new JsonArray([.. a.Select(Apply)]),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(ApplyText(v.GetValue<string>())),
        _ => node.DeepClone(),
    };

    public string Replace(string id) => _ids.TryGetValue(id, out var pseudonym) ? pseudonym : ApplyText(id);

    private JsonObject ApplyObject(JsonObject o)
    {
        var theirs = o["aadObjectId"] is JsonValue v && v.TryGetValue<string>(out var aad) && _ids.ContainsKey(aad);
        var copy = new JsonObject();
        foreach (var (key, child) in o)
        {
            if (theirs && key == "email") continue;
            copy[key] = theirs && key == "name" && child is JsonValue ? JsonValue.Create(AnonymousName) : Apply(child);
        }
        return copy;
    }

    private bool MentionsText(string text)
    {
        if (_texts.Contains(text.Trim())) return true;
        if (Embedded(text) is { } inner) return Mentions(inner);
        return Pattern().IsMatch(text);
    }

    private string ApplyText(string text)
    {
        if (_texts.Contains(text.Trim())) return Erased;
        if (Embedded(text) is { } inner) return Apply(inner)!.ToJsonString(EmbeddedOptions);
        return Pattern().Replace(text, m =>
            _ids.TryGetValue(m.Value, out var pseudonym) ? pseudonym
            : _emails.Contains(m.Value) ? Erased
            : _names.Contains(m.Value) ? AnonymousName
            : Erased);
    }

    private static readonly JsonSerializerOptions EmbeddedOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON kept as a string (a queued card): searched and replaced inside, then written back.</summary>
    private static JsonNode? Embedded(string text)
    {
        if (text.Length < 2 || text[0] is not ('{' or '[')) return null;
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// One pattern for every id, address, name and long text: ids and addresses anywhere, names as whole words (so
    /// "Marie" does not eat "Marie-Claude" and "Ana" leaves "Analyse" alone), case and accents as typed.
    /// </summary>
    private Regex Pattern() => _pattern ??= Build();

    private Regex Build()
    {
        var parts = _texts.Where(t => t.Length >= SubstringMinimum).Select(Regex.Escape)
            .Concat(_ids.Keys.Select(Regex.Escape))
            .Concat(_emails.Select(Regex.Escape))
            .Concat(_names.Select(n => $@"(?<![\p{{L}}\p{{N}}-]){Regex.Escape(n)}(?![\p{{L}}\p{{N}}-])"))
            .OrderByDescending(p => p.Length)
            .ToList();
        return parts.Count == 0 ? Never() : new Regex(string.Join('|', parts), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex("(?!)")]
    private static partial Regex Never();

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
