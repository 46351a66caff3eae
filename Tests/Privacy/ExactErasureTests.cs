using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Documents;
using SmqBot.Data.People;
using SmqBot.Data.Privacy;
using SmqBot.Tests.Data;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Privacy;

/// <summary>
/// Erasure touches exactly one person's data (issue 26), through the cards and on both stores. A and B typed the same
/// obstacle: erasing A leaves B's words as B typed them. B wrote a sentence naming C (Teams name "Sophie Tremblay"):
/// erasing C leaves it, and lists it on the request's card for staff, who may blank it. An accompaniment waiting in the
/// invitation of someone not yet known names the expert: erasing the expert keeps it waiting for that person.
/// </summary>
public abstract class ExactErasureTests : IAsyncLifetime
{
    private static readonly TestUser A = TestUser.Participant;
    private static readonly TestUser B = TestUser.Newcomer;
    private static readonly TestUser C = new("29:sophie", "aad-sophie", "Sophie Tremblay");
    private const string Shared = "Rien à signaler cette semaine";
    private const string AsOwn = "Nos bénévoles du samedi ont tout repris.";
    private const string NamingC = "J'ai revu Sophie Tremblay du Musée X";
    private const string Waiting = "pas.encore.venue@musees.example";

    protected BotApp Bot { get; private set; } = null!;
    protected abstract BotApp CreateBot();

    public async Task InitializeAsync()
    {
        Bot = CreateBot();
        await ((IAsyncLifetime)Bot).InitializeAsync();
        Bot.Connector.Members[C.TeamsId] = (C.AadObjectId, C.Name, C.Upn);
        CardReader.People([C.Name, Shared, AsOwn, NamingC]);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Bot).DisposeAsync();

    private async Task<string> SetUpAsync()
    {
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, A, B, C })
            await Bot.SendAsync(Activities.PersonalInstall(Bot.ServiceUrl, user));
        await Bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await Bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Accueillir les croisiéristes", ["start"] = "2026-11-25", ["end"] = "2027-05-31", ["experts"] = TestUser.Expert.Upn,
            ["members"] = $"{A.Upn}, {B.Upn}, {C.Upn}",
        }));
        var cohort = (await Bot.Service<CohortStore>().OpenAsync().SingleAsync()).Id;
        foreach (var (member, applied, obstacles) in new[] { (A, AsOwn, Shared), (B, NamingC, Shared), (C, "Une visite guidée de plus.", "Peu de temps.") })
        {
            var checkIn = ActionData(await Bot.ExecuteAsync(member, "checkin.form", new() { ["cohort"] = cohort }));
            checkIn["confidence"] = "4";
            checkIn["applied"] = applied;
            checkIn["obstacles"] = obstacles;
            Assert.StartsWith("Bilan enregistré", Text(await Bot.ExecuteAsync(member, "checkin.submit", checkIn)));
        }
        // An accompaniment with the expert for someone SmqBot does not know yet: it waits in their invitation.
        var create = ActionData(await Bot.ExecuteAsync(TestUser.Staff, "coaching.form"));
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["institution"] = "Musée de la Côte", ["region"] = "Côte-Nord", ["coached"] = Waiting, ["expert"] = TestUser.Expert.Upn,
            ["axis"] = "Audiences", ["budget"] = "15", ["start"] = "2026-12-01", ["end"] = "2027-03-31", ["objectives"] = "Connaître les visiteurs",
        }) create[k] = v;
        await Bot.ExecuteAsync(TestUser.Staff, "coaching.save", create);
        Assert.NotNull(await Bot.Service<InvitationStore>().FindAsync(Waiting));
        await Bot.TickAsync();
        return cohort;
    }

    /// <summary>Asks for the person's erasure from their card and has staff carry it out; returns the request's card afterwards.</summary>
    private async Task<JsonObject> EraseThroughTheCardsAsync(TestUser person)
    {
        var ask = ActionData(Assert.Single(await Bot.SendAsync(Activities.Message(Bot.ServiceUrl, person, "mes données"))));
        ask["kind"] = "Erasure";
        await Bot.ExecuteAsync(person, "privacy.ask", ask);
        var id = (await Bot.Service<PrivacyStore>().OfAsync(person.AadObjectId).SingleAsync()).Id;
        var card = await Bot.ExecuteAsync(TestUser.Staff, "privacy.erase", new() { ["request"] = id, ["confirmed"] = "true" });
        // The one message that tells them it is done forgets their chat once sent.
        await Bot.TickAsync();
        return card;
    }

    [Fact]
    public async Task ErasingSomeoneRewritesNothingOthersTypedAndListsWhatNamesThemForReview()
    {
        var cohort = await SetUpAsync();
        // Every stored document is of a record type that declares its personal data.
        await foreach (var (container, doc) in AllAsync())
            Assert.True(PersonalData.Recognises(container, doc), $"{container}: {doc.ToJsonString()[..Math.Min(200, doc.ToJsonString().Length)]}");

        // The expert's export lists their waiting accompaniment but never the invitee's address.
        var expertCard = Assert.Single(await Bot.SendAsync(Activities.Message(Bot.ServiceUrl, TestUser.Expert, "mes données")));
        var expertJson = await Bot.CreateClient().GetStringAsync(new Uri((string)Walk(expertCard).First(o => (string?)o["type"] == "Action.OpenUrl")["url"]!).PathAndQuery);
        Assert.Contains("Musée de la Côte", expertJson);
        Assert.DoesNotContain(Waiting, expertJson);

        // A is erased: B's obstacle, the same words, stays exactly as B typed it; nothing holds A any more.
        Assert.Contains("Personne effacée", Plain(Text(await EraseThroughTheCardsAsync(A))));
        var bs = (await Bot.Service<CohortStore>().ReadParticipationAsync(cohort, B.AadObjectId))!.Value;
        Assert.Equal((Shared, NamingC), (bs.CheckIns.Single().Obstacles, bs.CheckIns.Single().Applied));
        Assert.Empty(await ScanAsync(A.AadObjectId, A.TeamsId, A.Name, A.Upn, AsOwn).ToListAsync());
        var cohortAfterA = (await Bot.Service<CohortStore>().FindAsync(cohort))!;
        Assert.Contains(cohortAfterA.Members, m => m.Name == Redaction.AnonymousName && m.AadObjectId.StartsWith("anon-", StringComparison.Ordinal));
        Assert.Contains(cohortAfterA.Members, m => m.AadObjectId == B.AadObjectId && m.Name == B.Name);

        // C is erased: B's sentence still names Sophie Tremblay, and the request's card lists it for review.
        var request = await EraseThroughTheCardsAsync(C);
        Assert.Equal(NamingC, (await Bot.Service<CohortStore>().ReadParticipationAsync(cohort, B.AadObjectId))!.Value.CheckIns.Single().Applied);
        Assert.Contains("Textes d'autres personnes qui la nomment", Plain(Text(request)));
        Assert.Contains(NamingC, Text(request));
        Assert.Empty(await ScanAsync(C.AadObjectId, C.TeamsId, C.Upn, "Une visite guidée de plus.").Where(d => d.Container != ContainerNames.Privacy).ToListAsync());

        // Staff decide the sentence should go: it is blanked, and only it.
        var blank = Walk(request).First(o => (string?)o["verb"] == "privacy.blank")["data"]!.DeepClone().AsObject();
        Assert.Contains("Texte effacé.", Text(await Bot.ExecuteAsync(TestUser.Staff, "privacy.blank", blank)));
        var after = (await Bot.Service<CohortStore>().ReadParticipationAsync(cohort, B.AadObjectId))!.Value.CheckIns.Single();
        Assert.Equal((Shared, Redaction.Erased), (after.Obstacles, after.Applied));
        Assert.Empty(await ScanAsync(NamingC).ToListAsync());

        // The expert is erased: the accompaniment still waits for the person it was made for.
        await Bot.Service<PersonalData>().EraseAsync(TestUser.Expert.AadObjectId);
        var waiting = await Bot.Service<InvitationStore>().FindAsync(Waiting);
        Assert.NotNull(waiting);
        Assert.StartsWith("anon-", Assert.Single(waiting.Accompaniments).Expert.AadObjectId);
        Assert.Empty(await ScanAsync(TestUser.Expert.AadObjectId, TestUser.Expert.Upn, TestUser.Expert.Name).Where(d => d.Container != ContainerNames.Privacy).ToListAsync());
    }

    private async IAsyncEnumerable<(string Container, JsonObject Doc)> AllAsync()
    {
        var database = Bot.Service<IDocumentDatabase>();
        foreach (var name in ContainerNames.All)
            await foreach (var doc in database.Container(name).QueryAsync<JsonObject>(DocumentQuery.AcrossPartitions()))
                yield return (name, doc);
    }

    /// <summary>Every document (key ring aside) holding any of <paramref name="needles"/>, in any string or in JSON kept as a string.</summary>
    private async IAsyncEnumerable<(string Container, string Id)> ScanAsync(params string[] needles)
    {
        await foreach (var (container, doc) in AllAsync())
            if (container != ContainerNames.Keys && needles.Any(n => doc.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
                    .Replace("\\u0027", "'").Contains(n, StringComparison.OrdinalIgnoreCase)))
                yield return (container, (string)doc["id"]!);
    }
}

public sealed class SqliteExactErasureTests : ExactErasureTests
{
    protected override BotApp CreateBot() => new(BackgroundWork.DrivenByTheTest());
}

[Collection(nameof(CosmosServer))]
public sealed class CosmosExactErasureTests(CosmosServer server) : ExactErasureTests
{
    protected override BotApp CreateBot() => new(BackgroundWork.DrivenByTheTest(), services =>
        services.AddSingleton<IDocumentDatabase>(new CosmosDocumentDatabase(server.Client, "erasure-" + Guid.NewGuid().ToString("N")[..8])));
}

/// <summary>The declaration check: every container and record type declares its personal data, and one that does not is caught.</summary>
public sealed class DeclarationTests
{
    private sealed record Widget(string Id, string OwnerAadObjectId);

    [Fact]
    public void EveryContainerHoldsDeclaredRecordsOrNobodysData()
    {
        var declared = PersonalData.DeclaredTypes.Select(d => d.Container).Concat(PersonalData.Undeclared).ToHashSet();
        Assert.All(ContainerNames.All, c => Assert.Contains(c, declared));
    }

    [Fact]
    public void ARecordTypeWithoutADeclarationIsCaught()
    {
        Assert.Empty(PersonalData.Missing(PersonalData.DeclaredTypes));
        Assert.Equal(["calls: Widget", "gadgets: Widget"], PersonalData.Missing([.. PersonalData.DeclaredTypes, (ContainerNames.Calls, typeof(Widget)), ("gadgets", typeof(Widget))]));
        Assert.False(PersonalData.Recognises(ContainerNames.Calls, new JsonObject { ["documentType"] = "widget", ["ownerAadObjectId"] = "aad-x" }));
        Assert.False(PersonalData.Recognises("gadgets", new JsonObject { ["id"] = "g1" }));
        Assert.True(PersonalData.Recognises(ContainerNames.Calls, new JsonObject { ["documentType"] = "application" }));
    }
}
