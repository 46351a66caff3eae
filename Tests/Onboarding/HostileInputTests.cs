using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmqBot.Bot.Features.Routing;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Documents;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using Xunit.Abstractions;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Onboarding;

/// <summary>
/// The regression net for hostile card data (issue 14): every verb the router knows, sent through HTTP by a stranger, a
/// participant, an expert who owns nothing, and staff, with hostile values in the fields the verbs read. Whatever the
/// answer, it is never a 5xx and never names an exception; when it is a refusal, every document in every container is
/// the same after it as before. Every value of the table goes once to every verb from every role, in a field drawn at random (a fixed seed per
/// verb and role, so that a failure reproduces).
/// The closing line, in artifacts/hostile-input.txt, says how many requests were sent and how many documents compared.
/// </summary>
public sealed partial class HostileInputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TestUser NonOwnerExpert = TestUser.Third;

    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());
    private readonly Dictionary<string, JsonNode?> _valid = [];

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant, TestUser.Newcomer, NonOwnerExpert })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        await _bot.GrantAsync(NonOwnerExpert, Role.Expert);

        // A cohort (expert and participant in it) and an accompaniment with one entry: the objects hostile ids point at.
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Accueil des publics", ["start"] = "2026-11-02", ["end"] = "2027-03-29",
            ["experts"] = TestUser.Expert.Upn, ["members"] = TestUser.Participant.Upn,
        }));
        var cohort = Assert.Single(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());
        var coaching = ActionData(await _bot.ExecuteAsync(TestUser.Staff, "coaching.form"));
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["institution"] = "Musée de la Gaspésie", ["region"] = "Gaspésie–Îles-de-la-Madeleine", ["coached"] = TestUser.Participant.Upn,
            ["expert"] = TestUser.Expert.Upn, ["axis"] = "Welcome", ["budget"] = "15", ["start"] = "2026-10-01", ["end"] = "2027-03-31",
        }) coaching[key] = value;
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", coaching);
        var accompaniment = await _bot.Service<AccompanimentStore>().OfExpertAsync(TestUser.Expert.AadObjectId).SingleAsync();
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", new()
        {
            ["for"] = $"accompaniment:{accompaniment.Id}", ["nonce"] = "entry-1", ["date"] = "2026-11-20", ["minutes"] = "60", ["kind"] = "Video", ["note"] = "Séance.",
        });
        await _bot.TickAsync();

        // What a genuine card would carry: the hostile value replaces one of these at a time.
        foreach (var (key, value) in new Dictionary<string, JsonNode?>
        {
            ["cohort"] = cohort.Id, ["accompaniment"] = accompaniment.Id, ["expert"] = TestUser.Expert.AadObjectId, ["entry"] = "entry-1",
            ["for"] = $"accompaniment:{accompaniment.Id}", ["nonce"] = "n-hostile", ["round"] = 0, ["target"] = "t1", ["month"] = "2026-11",
            ["date"] = "2026-11-20", ["minutes"] = "30", ["kind"] = "Video", ["note"] = "Note", ["call"] = "call-1", ["meeting"] = "m-1",
            ["person"] = TestUser.Participant.AadObjectId, ["confidence"] = "3", ["applied"] = "Appliqué", ["obstacles"] = "Aucun",
            ["subject"] = "Sujet", ["start"] = "2026-12-01", ["end"] = "2027-01-31", ["members"] = TestUser.Participant.Upn, ["experts"] = TestUser.Expert.Upn,
            ["institution"] = "Musée", ["region"] = "Côte-Nord", ["budget"] = "10", ["axis"] = "Welcome", ["coached"] = TestUser.Participant.Upn,
            ["what"] = "Cible", ["indicator"] = "Mesure", ["baseline"] = "1", ["goal"] = "5", ["due"] = "2027-03-01", ["reflection"] = "Réflexion",
            ["message"] = "Message", ["slot"] = "0", ["filter"] = "all", ["year"] = "2026-2027", ["lang"] = "fr", ["places"] = "5", ["deadline"] = "2026-12-20",
        }) _valid[key] = value;
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    /// <summary>A hostile value: a JSON node, or (Raw) text spliced into the body as is, for what JSON itself does not allow.</summary>
    private sealed record Hostile(string Name, JsonNode? Node, string? Raw = null, bool Missing = false);

    private IReadOnlyList<Hostile> Values() =>
    [
        new("missing", null, Missing: true),
        new("null", null),
        new("number", 42), new("negative", -1), new("huge number", 1e308), new("boolean", true),
        new("array", new JsonArray("x")), new("object", new JsonObject { ["a"] = 1 }),
        new("empty", ""), new("blank", "   "),
        new("1 MB", new string('a', 1024 * 1024)),
        new("control characters", "a\u0000b\u0007c\u001b[31m"),
        new("bidi override", "\u202Egnp.exe\u202C"),
        new("undefined", null, Raw: "undefined"), new("NaN", null, Raw: "NaN"), new("1e400", null, Raw: "1e400"),
        new("someone else's id", TestUser.Staff.AadObjectId),
        new("another's cohort", "c-not-yours"),
        new("path", "../../people/aad-staff"), new("prefixed path", "accompaniment:../x"),
        new("markup", "[Cliquez ici](https://evil.example) **gras** <at>x</at>"),
        new("formula", "=HYPERLINK(\"https://evil.example\",\"x\")"),
    ];

    [Fact]
    public async Task NoVerbAnyRoleOrHostileValueFaultsLeaksOrChangesTheStoreWhenRefused()
    {
        var verbs = _bot.Service<IEnumerable<IFeature>>().SelectMany(f => f.Verbs).Select(v => v.Verb)
            .Concat([SmqBot.Cards.Model.Actions.ConfirmVerb, SmqBot.Cards.Model.Actions.CancelVerb, "no.such.verb"]).Distinct().Order().ToList();
        TestUser[] roles = [TestUser.Newcomer, TestUser.Participant, NonOwnerExpert, TestUser.Staff];
        var values = Values();
        var keys = _valid.Keys.Concat(["verb", "confirm", "confirmed", "back", "replaces", "aadObjectId", "role"]).ToList();
        int requests = 0, refusals = 0, compared = 0;
        var failures = new List<string>();

        foreach (var verb in verbs)
            foreach (var role in roles)
            {
                var random = new Random(HashCode(verb + role.AadObjectId));
                // Every value of the table once per verb and role, each in a field drawn at random.
                foreach (var value in values)
                {
                    var key = keys[random.Next(keys.Count)];
                    var before = await SnapshotAsync();
                    var (status, body) = await SendAsync(role, verb, key, value);
                    requests++;
                    var where = $"{verb} as {role.AadObjectId}, {key} = {value.Name}";
                    if (status >= 500) { failures.Add($"{where}: HTTP {status}"); continue; }
                    if (Leak().Match(body) is { Success: true } leak) failures.Add($"{where}: the reply names '{leak.Value}'");
                    if (!IsRefusal(body)) continue;
                    refusals++;
                    var after = await SnapshotAsync();
                    compared += before.Count;
                    if (!before.SequenceEqual(after)) failures.Add($"{where}: refused, but the store changed ({Difference(before, after)})");
                }
            }

        var summary = $"hostile-input: {requests} requests ({verbs.Count} verbs × {roles.Length} roles × {values.Count} hostile values, each in a field drawn from {keys.Count}), {refusals} refusals, {compared} documents compared, {failures.Count} failures";
        output.WriteLine(summary);
        Directory.CreateDirectory(Path.Combine(Repo.Root, "artifacts"));
        await File.WriteAllTextAsync(Path.Combine(Repo.Root, "artifacts", "hostile-input.txt"), summary + Environment.NewLine);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(30)));
        Assert.True(compared > 0 && refusals > requests / 2, summary);
    }

    private async Task<(int Status, string Body)> SendAsync(TestUser role, string verb, string key, Hostile value)
    {
        var data = new JsonObject();
        foreach (var (k, v) in _valid) data[k] = v?.DeepClone();
        const string Placeholder = "\"__hostile__\"";
        if (value.Missing) data.Remove(key);
        else data[key] = value.Raw is null ? value.Node?.DeepClone() : "__hostile__";
        var activity = Activities.Execute(_bot.ServiceUrl, role, verb, data);
        var json = activity.ToJsonString();
        if (value.Raw is not null) json = json.Replace(Placeholder, value.Raw);
        using var response = await _bot.CreateClient().PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>An error card (its first line is the error title) or a form shown again with what to fix.</summary>
    private static bool IsRefusal(string body)
    {
        if (body.Length == 0 || JsonNode.Parse(body) is not JsonObject { } response || response["value"] is not JsonObject card) return true; // no card: nothing done
        var first = card["body"]?.AsArray().FirstOrDefault() as JsonObject;
        var firstText = (string?)first?["text"];
        return firstText is "Oups" or "Oops" || Text(card).Contains("Corrigez", StringComparison.Ordinal) && body.Contains("\"attention\"", StringComparison.Ordinal);
    }

    /// <summary>Every document of every container, serialised, in a stable order.</summary>
    private async Task<List<string>> SnapshotAsync()
    {
        var database = _bot.Service<IDocumentDatabase>();
        var all = new List<string>();
        foreach (var name in ContainerNames.All)
            await foreach (var document in database.Container(name).QueryAsync<JsonObject>(DocumentQuery.AcrossPartitions()))
                all.Add($"{name}: {document.ToJsonString()}");
        all.Sort(StringComparer.Ordinal);
        return all;
    }

    private static string Difference(List<string> before, List<string> after)
    {
        var gone = before.Except(after).Select(d => "- " + d[..Math.Min(d.Length, 200)]);
        var added = after.Except(before).Select(d => "+ " + d[..Math.Min(d.Length, 200)]);
        return string.Join(" ", gone.Concat(added).Take(4));
    }

    private static int HashCode(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));

    /// <summary>What must never reach a caller: exception type names, stack frames, source paths.</summary>
    [GeneratedRegex(@"\b\w+Exception\b|\s+at \w+(\.\w+)+\(|\.cs:line \d+|/work/|StackTrace")]
    private static partial Regex Leak();
}
