using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Forms;

/// <summary>
/// Markup typed by one person reaches the others as the characters they typed: in every field people type that shows
/// in someone else's card (names, institutions, cohort subjects and objectives, targets, check-in obstacles and what
/// was applied, applications, hour notes), no card anyone else receives carries a live link, emphasis or a tag from it.
/// </summary>
public sealed partial class PeoplesTextStaysPlainTests : IAsyncLifetime
{
    private const string Markup = "[Cliquez ici](https://evil.example) **gras** <at>x</at>";
    private const string TeamId = "19:programme@thread.tacv2";
    private const string CohortChannel = "19:cohorte-accueil@thread.tacv2";
    private static readonly TestUser Hostile = new("29:hostile", "aad-hostile", Markup);
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());
    private readonly List<(string Where, JsonObject Card)> _seenByOthers = [];

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        _bot.Connector.Members[Hostile.TeamsId] = (Hostile.AadObjectId, Hostile.Name, Hostile.Upn);
        _bot.Connector.TeamChannels.AddRange([(TeamId, null), (CohortChannel, "Cohorte accueil")]);
        await _bot.SendAsync(Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel"));
        foreach (var user in new[] { TestUser.Expert, TestUser.Participant, Hostile })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    /// <summary>Runs the background work and keeps every card that reached someone other than the hostile person.</summary>
    private async Task TickAsync()
    {
        foreach (var delivery in await _bot.TickAsync())
            if (delivery.ConversationId != Activities.PersonalConversationId(Hostile)) _seenByOthers.Add((delivery.ConversationId, delivery.Card("plain")));
    }

    [Fact]
    public async Task MarkupTypedByOnePersonShowsAsPlainCharactersToEveryoneElse()
    {
        // The hostile person names their institution with markup (their display name is markup too).
        await _bot.ExecuteAsync(Hostile, "profile.save", new() { ["institution"] = Markup, ["region"] = "Côte-Nord" });

        // Staff make a cohort whose subject and objectives are markup (staff text reaches members), with both people in it.
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = Markup, ["start"] = "2026-11-30", ["end"] = "2027-03-29", ["experts"] = TestUser.Expert.Upn,
            ["members"] = $"{TestUser.Participant.Upn}, {Hostile.Upn}", ["objectives"] = $"{Markup}\n- {Markup}", ["channel"] = $"{TeamId}|{CohortChannel}",
            ["digestInChannel"] = "true",
        }));
        var cohort = Assert.Single(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());
        await TickAsync();

        // The hostile member's target and check-in: what they applied and their obstacles go into the digest.
        await _bot.ExecuteAsync(Hostile, "targets.save", await _bot.FilledFormAsync(Hostile, "targets.form", new()
        {
            ["what"] = Markup, ["indicator"] = Markup, ["unit"] = "**u**", ["baseline"] = "1", ["goal"] = "5", ["due"] = "2027-03-01",
        }, new() { ["cohort"] = cohort.Id }));
        _bot.Time.SetUtcNow(new(2026, 11, 30, 14, 0, 10, TimeSpan.Zero));
        await TickAsync();
        var checkIn = await _bot.FilledFormAsync(Hostile, "checkin.form", new() { ["applied"] = Markup, ["obstacles"] = Markup, ["confidence"] = "3" }, new() { ["cohort"] = cohort.Id });
        await _bot.ExecuteAsync(Hostile, "checkin.submit", checkIn);
        _bot.Time.Advance(TimeSpan.FromDays(3));
        await TickAsync();
        Assert.Contains(_seenByOthers, c => c.Where == CohortChannel);                       // the digest reached the channel

        // The collective targets card the expert sees lists the members' targets' cohort: the hostile subject.
        _seenByOthers.Add(("expert", await _bot.ExecuteAsync(TestUser.Expert, "collective.show", new() { ["cohort"] = cohort.Id })));

        // A call: the hostile member applies with markup everywhere; staff open the application.
        var preview = await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", await _bot.FilledFormAsync(TestUser.Staff, "calls.form", new()
        {
            ["kind"] = "Coaching", ["titleFr"] = "Accompagnements 2027", ["descriptionFr"] = "Quinze heures.", ["places"] = "6", ["deadline"] = "2026-12-20",
            ["channel"] = $"{TeamId}|{CohortChannel}",
        }));
        await _bot.ExecuteAsync(TestUser.Staff, "calls.post", ActionData(preview));
        await TickAsync();
        var callId = (string)ActionData(preview)["call"]!;
        await _bot.ExecuteAsync(Hostile, "calls.submit", await _bot.FilledFormAsync(Hostile, "calls.apply", new()
        {
            ["institution"] = Markup, ["people"] = Markup, ["axis"] = "Welcome", ["areas"] = Markup, ["motivation"] = Markup, ["commitment"] = "true",
        }, new() { ["call"] = callId }));
        var review = await _bot.ExecuteAsync(TestUser.Staff, "calls.review", new() { ["call"] = callId });
        _seenByOthers.Add(("staff review", review));
        var open = Walk(review).OfType<JsonObject>().First(o => (string?)o["verb"] == "calls.application")["data"]!.AsObject();
        _seenByOthers.Add(("staff application", await _bot.ExecuteAsync(TestUser.Staff, "calls.application", open)));
        _seenByOthers.Add(("participant's view of the call", await _bot.ExecuteAsync(TestUser.Participant, "calls.view", new() { ["call"] = callId })));

        // An accompaniment for the hostile person; the expert's note on an entry over the budget reaches staff.
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", await _bot.FilledFormAsync(TestUser.Staff, "coaching.form", new()
        {
            ["institution"] = Markup, ["region"] = "Côte-Nord", ["coached"] = Hostile.Upn, ["expert"] = TestUser.Expert.Upn, ["axis"] = "Welcome",
            ["budget"] = "1", ["start"] = "2026-11-01", ["end"] = "2027-03-31", ["objectives"] = Markup,
        }));
        await TickAsync();
        var accompaniment = Assert.Single(await _bot.Service<AccompanimentStore>().OpenAsync().ToListAsync());
        var log = await _bot.FilledFormAsync(TestUser.Expert, "hours.form", new()
        {
            ["for"] = $"accompaniment:{accompaniment.Id}", ["date"] = "2026-11-30", ["minutes"] = "120", ["note"] = Markup,
        });
        _seenByOthers.Add(("expert's logged card", await _bot.ExecuteAsync(TestUser.Expert, "hours.log", log)));
        await TickAsync();
        _seenByOthers.Add(("staff coaching list", await _bot.ExecuteAsync(TestUser.Staff, "coaching.show")));
        _seenByOthers.Add(("staff entries", await _bot.ExecuteAsync(TestUser.Staff, "coaching.entries", new() { ["expert"] = TestUser.Expert.AadObjectId, ["accompaniment"] = accompaniment.Id })));
        _seenByOthers.Add(("staff cohorts", await _bot.ExecuteAsync(TestUser.Staff, "cohorts.show")));

        // Every card anyone else saw: the markup is there, as characters, never as markup.
        var showing = _seenByOthers.Where(c => Rendered(c.Card).Any(t => t.Contains("Cliquez ici", StringComparison.Ordinal))).ToList();
        Assert.True(showing.Count >= 12, $"only {showing.Count} cards showed the hostile text: {string.Join(", ", showing.Select(s => s.Where))}");
        foreach (var (where, card) in _seenByOthers)
            foreach (var text in Rendered(card))
                Assert.True(IsInert(text), $"live markup in a card for {where}: {text}");
        foreach (var (where, card) in _seenByOthers)
            Assert.DoesNotContain("<", (string?)card["speak"] ?? "");
    }

    /// <summary>What Teams reads as markdown: TextBlock texts, facts, and the fallback text.</summary>
    private static IEnumerable<string> Rendered(JsonObject card)
    {
        foreach (var o in Walk(card).OfType<JsonObject>())
        {
            if ((string?)o["type"] == "TextBlock") yield return (string)o["text"]!;
            if ((string?)o["type"] == "FactSet")
                foreach (var fact in o["facts"]!.AsArray()) { yield return (string)fact!["title"]!; yield return (string)fact["value"]!; }
        }
        if ((string?)card["fallbackText"] is { } fallback) yield return fallback;
    }

    /// <summary>No unescaped link, emphasis, tag or bare URL scheme.</summary>
    private static bool IsInert(string text) =>
        !LiveLink().IsMatch(text) && !LiveEmphasis().IsMatch(text) && !LiveTag().IsMatch(text) && !text.Contains("https://", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<!\\)\[[^\]]*(?<!\\)\]\(")]
    private static partial Regex LiveLink();

    [GeneratedRegex(@"(?<!\\)\*(?<!\\)\*|(?<![\\\w])_\S")]
    private static partial Regex LiveEmphasis();

    [GeneratedRegex(@"(?<!\\)<\s*/?\s*at")]
    private static partial Regex LiveTag();
}
