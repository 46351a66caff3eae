using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Documents;
using SmqBot.Data.People;
using SmqBot.Tests.Data;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Privacy;

/// <summary>
/// Law 25's access, portability and erasure, on a participant's whole journey through the handlers: an application and
/// its selection, targets, check-ins, a meeting and what they will apply in the field, an accompaniment with its hours and
/// evaluation. Their export holds every document that names them and nothing others wrote; their erasure leaves no trace
/// of them in any container and the report's figures as they were. Run on both stores.
/// </summary>
public abstract class PersonalDataTests : IAsyncLifetime
{
    private const string TeamId = "19:programme@thread.tacv2";
    private const string Channel = "19:appels@thread.tacv2";
    private static readonly TestUser Me = TestUser.Participant;
    private static readonly TestUser Other = TestUser.Newcomer;
    private static readonly TestUser Applicant = TestUser.Third;

    // What the participant typed, and what others typed (which their export must not hold).
    private const string MyMotivation = "Les croisières doublent chez nous depuis deux ans.";
    private const string MyApplied = "Accueil des groupes le mardi matin, en deux temps.";
    private const string MyObstacles = "Mon équipe d'accueil est épuisée en juillet.";
    private const string MyTarget = "Accueillir plus de groupes scolaires";
    private const string MyIndicator = "Groupes scolaires reçus par mois";
    private const string MyReflection = "Essayer l'accueil en deux temps avec les écoles.";
    private const string MyComments = "Très utile pour préparer notre été.";
    private const string MyCorrection = "Mon institution a changé de nom.";
    private const string OthersObstacles = "Pas assez de bénévoles cette saison.";
    private const string OthersMotivation = "Notre musée rouvre après des travaux majeurs.";
    private const string ExpertsMeetingNote = "Séance dynamique, suivi à prévoir avec le groupe.";
    private const string ExpertsCoachingNote = "Entretien sur la fréquentation estivale du musée.";

    protected BotApp Bot { get; private set; } = null!;

    protected abstract BotApp CreateBot();

    public async Task InitializeAsync()
    {
        Bot = CreateBot();
        await ((IAsyncLifetime)Bot).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Bot).DisposeAsync();

    [Fact]
    public async Task AParticipantsExportHoldsEveryDocumentNamingThemAndTheirErasureLeavesNoTraceAndTheSameFigures()
    {
        await JourneyAsync();
        var mine = new[] { MyMotivation, MyApplied, MyObstacles, MyTarget, MyReflection, MyComments };

        // Access: the card says what is kept, by section, and who sees it; the JSON download holds every section of it.
        // (Issue 26 changed the export from raw documents to what a person reads: the assertions on the old record list
        // and its internal columns became assertions on the sections and the words.)
        var card = Assert.Single(await Bot.SendAsync(Activities.Message(Bot.ServiceUrl, Me, "mes données")));
        Assert.Contains("Vos renseignements personnels", Text(card));
        Assert.Contains("Vos bilans (1 élément)", Text(card));
        Assert.Contains("Vos cibles (2 éléments)", Text(card));
        Assert.Contains("Vu par vous, les ressources de votre cohorte ou votre ressource, et le personnel de la SMQ.", Text(card));
        Assert.DoesNotContain("mentions", Text(card));
        var (json, csv) = (Links(card)[0], Links(card)[1]);
        var download = await Bot.CreateClient().GetAsync(json);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        var exported = (await download.Content.ReadFromJsonAsync<JsonObject>())!;
        var sections = exported["sections"]!.AsObject().Select(s => s.Key).ToHashSet();
        foreach (var section in new[] { "profile", "courses", "targets", "checkIns", "intentions", "applications", "evaluations", "accompaniments", "cohorts", "meetings", "messages", "hours" })
            Assert.True(sections.Contains(section), $"no {section} in {string.Join(", ", sections)}");
        var exportText = string.Join("\n", Strings(exported));
        foreach (var text in mine) Assert.Contains(text, exportText);
        foreach (var text in new[] { OthersObstacles, OthersMotivation, ExpertsMeetingNote, ExpertsCoachingNote }) Assert.DoesNotContain(text, exportText);
        // The CSV: every value in words, section by section.
        var table = await Bot.CreateClient().GetStringAsync(csv);
        Assert.StartsWith("\uFEFFRubrique;Élément;Champ;Valeur", table);
        Assert.Contains($"Vos bilans;1;Obstacles;{MyObstacles}", table);
        Assert.DoesNotContain(OthersObstacles, table);
        Assert.DoesNotContain("aadObjectId", table);
        // The workbook: a sheet per section, columns in words, dates as dates.
        var book = WorkbookReader.Open(await Bot.CreateClient().GetByteArrayAsync(Links(card)[2]));
        Assert.Empty(book.Errors);
        Assert.Contains("Profil", book.Sheets.Select(s => s.Name));
        var rows = book["Mes bilans"].Rows;
        Assert.Equal(["Parcours", "Date", "Appliqué sur le terrain", "Obstacles", "Confiance", "Obstacles partagés"], rows[0].Select(c => c.Text));
        Assert.Contains(rows, r => r.Any(c => c.Text == MyObstacles));
        Assert.DoesNotContain(book.Sheets.SelectMany(s => s.Rows), r => r.Any(c => c.Text.Contains(OthersObstacles, StringComparison.Ordinal)));
        // Links are the person's own: someone else's token is not for them, a forged one opens nothing.
        Assert.Equal(404, (int)(await Bot.CreateClient().GetAsync(json[..^4] + "AAAA")).StatusCode);

        // The figures before.
        var before = await ReportAsync();

        // Erasure: asked from the card, answered by the person in charge from the privacy card.
        var ask = ActionData(card);
        ask["kind"] = "Erasure";
        Assert.Contains("Demande transmise à Société des musées du Québec.", Text(await Bot.ExecuteAsync(Me, "privacy.ask", ask)));
        Assert.Contains("Demande transmise", Text(await Bot.ExecuteAsync(Me, "privacy.ask", ask)));   // the same card twice: one request
        var privacy = await Bot.ExecuteAsync(TestUser.Staff, "privacy.show");
        Assert.Contains($"{Me.Name} · Effacer mes renseignements · reçue le 7 décembre 2026 · réponse due le 6 janvier 2027", Text(privacy));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await Bot.ExecuteAsync(Me, "privacy.show")));
        var request = await Bot.ExecuteAsync(TestUser.Staff, "privacy.request", ButtonData(privacy, "privacy.request"));
        Assert.Equal([("Ses données (JSON)", null), ("Effacer cette personne", "confirm.ask"), ("Refuser", "privacy.answer"), ("Retour", "privacy.show")], Buttons(request));
        var question = await Bot.ExecuteAsync(TestUser.Staff, "confirm.ask", ActionData(request));
        Assert.Contains("C'est irréversible.", Text(question));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await Bot.ExecuteAsync(Me, "privacy.erase", ActionData(question))));
        var erased = await Bot.ExecuteAsync(TestUser.Staff, "privacy.erase", ActionData(question));
        Assert.Matches(@"Personne effacée : \d+ documents anonymisés, \d+ supprimés\.", Plain(Text(erased)));
        Assert.Contains("Cette demande a déjà reçu une réponse.", Text(await Bot.ExecuteAsync(TestUser.Staff, "privacy.erase", ActionData(question))));

        // The others' texts are still there, and the figures the same (their name now reads "Personne anonymisée").
        Assert.NotEmpty(await ScanAsync(OthersObstacles));
        var after = await ReportAsync();
        Assert.Equal(before.Card.Replace(Me.Name, "Personne anonymisée"), after.Card);
        // The targets sheet names each target by its indicator: the erased person's own words, which go with them.
        Assert.Equal(before.Csvs.Select(c => c.Replace(Me.Name, "Personne anonymisée").Replace(MyIndicator, "[effacé]").Replace("Réponses", "[effacé]")), after.Csvs);
        // They are told, in the chat they had, in words that name no one; that message then forgets where it went.
        var told = Assert.Single(await Bot.TickAsync(), d => d.ConversationId == Activities.PersonalConversationId(Me));
        Assert.StartsWith("Votre demande d'effacement a été traitée : SmqBot ne garde plus vos renseignements.", Text(told.Card("privacy-told")));
        // No document in any container holds their id, name, address, Teams id or anything they typed.
        Assert.Empty(await ScanAsync([Me.AadObjectId, Me.Name, Me.Upn, Me.TeamsId, .. mine, MyCorrection]));
        // The access log names who did what to whose data, looked up when shown (the participant is now "une personne effacée").
        var log = Plain(Text(await Bot.ExecuteAsync(TestUser.Staff, "privacy.show")));
        Assert.Contains($"{TestUser.Staff.Name} · effacement · une personne effacée", log);
        Assert.DoesNotContain(Me.AadObjectId, log);

        // Their next message starts them afresh: a new person, in no cohort, with nothing but a profile.
        Assert.Contains("Vous ne faites partie d'aucune cohorte pour l'instant.", Text(Assert.Single(await Bot.SendAsync(Activities.Message(Bot.ServiceUrl, Me, "mes cibles")))));
        var fresh = (await Bot.Service<PeopleStore>().FindAsync(Me.AadObjectId))!;
        Assert.Equal(Bot.Time.GetUtcNow(), fresh.FirstSeen);
        Assert.Empty(fresh.Roles);
        Assert.Empty(await Bot.Service<CohortStore>().ParticipationsOfAsync(Me.AadObjectId).ToListAsync());
    }

    [Fact]
    public async Task ACorrectionIsAnsweredInTheBotAndThePersonIsTold()
    {
        await Bot.SendAsync(Activities.PersonalInstall(Bot.ServiceUrl, Me));
        await Bot.SendAsync(Activities.PersonalInstall(Bot.ServiceUrl, TestUser.Staff));
        var card = Assert.Single(await Bot.SendAsync(Activities.Message(Bot.ServiceUrl, Me, "my data", "en-US")));
        var ask = ActionData(card);
        ask["kind"] = "Correction";
        // A correction says what to correct: refused without it, with what was chosen kept.
        var refused = await Bot.ExecuteAsync(Me, "privacy.ask", ask);
        Assert.Equal("Correction", (string?)Inputs(refused)["kind"]["value"]);
        Assert.Contains("Précisez votre demande", Text(refused));
        Assert.Empty(await Bot.Service<SmqBot.Data.Privacy.PrivacyStore>().OfAsync(Me.AadObjectId).ToListAsync());
        ask["details"] = MyCorrection;
        Assert.Contains("Vous aurez une réponse ici au plus tard le 24 décembre 2026.", Plain(Text(await Bot.ExecuteAsync(Me, "privacy.ask", ask))));

        var privacy = await Bot.ExecuteAsync(TestUser.Staff, "privacy.show");
        var request = await Bot.ExecuteAsync(TestUser.Staff, "privacy.request", ButtonData(privacy, "privacy.request"));
        Assert.Contains(MyCorrection, Text(request));
        var answer = ActionData(request);
        Assert.Contains("Réponse à la personne", Text(await Bot.ExecuteAsync(TestUser.Staff, "privacy.answer", answer)));   // required: the form again
        Assert.Equal(SmqBot.Data.Privacy.PrivacyRequestStatus.Open, Assert.Single(await Bot.Service<SmqBot.Data.Privacy.PrivacyStore>().OfAsync(Me.AadObjectId).ToListAsync()).Status);
        answer["answer"] = "C'est corrigé dans votre profil : Musée régional de Sept-Îles.";
        Assert.Contains("Réponse envoyée : demande traitée.", Plain(Text(await Bot.ExecuteAsync(TestUser.Staff, "privacy.answer", answer))));
        Assert.Contains("Cette demande a déjà reçu une réponse.", Text(await Bot.ExecuteAsync(TestUser.Staff, "privacy.answer", answer)));
        var told = Assert.Single(await Bot.TickAsync());
        Assert.Equal(Activities.PersonalConversationId(Me), told.ConversationId);
        Assert.Contains("C'est corrigé dans votre profil : Musée régional de Sept-Îles.", Text(told.Card("privacy-told")));
        // Past 30 days without an answer, a request shows as overdue; this one is answered, so the list is empty.
        Bot.Time.Advance(TimeSpan.FromDays(31));
        Assert.Contains("Aucune demande ouverte.", Text(await Bot.ExecuteAsync(TestUser.Staff, "privacy.show")));
    }

    /// <summary>The whole journey, through the handlers; the test reads the store it leaves.</summary>
    private async Task JourneyAsync()
    {
        Bot.Connector.TeamChannels.AddRange([(TeamId, null), (Channel, "Appels")]);
        await Bot.SendAsync(Activities.TeamInstall(Bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel"));
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, Me, Other, Applicant })
            await Bot.SendAsync(Activities.PersonalInstall(Bot.ServiceUrl, user));
        await Bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await Bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Accueillir les croisiéristes", ["start"] = "2026-11-25", ["end"] = "2027-05-31", ["experts"] = TestUser.Expert.Upn, ["members"] = Other.Upn,
        }));
        var cohortId = (await Bot.Service<CohortStore>().OpenAsync().SingleAsync()).Id;

        // A call; the participant and another applicant apply; staff select the participant into the cohort.
        var preview = await Bot.ExecuteAsync(TestUser.Staff, "calls.preview", await Bot.FilledFormAsync(TestUser.Staff, "calls.form", new()
        {
            ["kind"] = "Cohort", ["titleFr"] = "Cohorte 2027 : accueillir les croisiéristes", ["descriptionFr"] = "Dix personnes, quatre rencontres.",
            ["places"] = "10", ["deadline"] = "2026-11-29", ["channel"] = $"{TeamId}|{Channel}",
        }));
        await Bot.ExecuteAsync(TestUser.Staff, "calls.post", ActionData(preview));
        await Bot.TickAsync();
        var callId = (string)ActionData(preview)["call"]!;
        JsonObject Application(string motivation, string institution) => new()
        {
            ["call"] = callId, ["institution"] = institution, ["people"] = "Une médiatrice", ["areas"] = "L'accueil des croisiéristes",
            ["motivation"] = motivation, ["commitment"] = "true",
        };
        await Bot.ExecuteAsync(Me, "calls.submit", Application(MyMotivation, "Musée de Sept-Îles"));
        await Bot.ExecuteAsync(Applicant, "calls.submit", Application(OthersMotivation, "Musée de la Côte-Nord"));
        Bot.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        var opened = await Bot.ExecuteAsync(TestUser.Staff, "calls.application", new() { ["call"] = callId, ["person"] = Me.AadObjectId });
        var select = ActionData(opened);
        select["cohort"] = cohortId;
        Assert.Contains("Statut: retenue", Text(await Bot.ExecuteAsync(TestUser.Staff, "calls.select", select)));

        // Targets and a check-in each (the other member's obstacles are theirs).
        foreach (var member in new[] { Me, Other })
        {
            var target = ActionData(await Bot.ExecuteAsync(member, "targets.form", new() { ["cohort"] = cohortId }));
            foreach (var (k, v) in new Dictionary<string, string> { ["what"] = MyTarget, ["indicator"] = MyIndicator, ["kind"] = "number", ["baseline"] = "4", ["goal"] = "8", ["due"] = "2027-03-29" })
                target[k] = member == Me ? v : v.Replace(MyTarget, "Mieux accueillir les familles").Replace(MyIndicator, "Familles reçues par mois");
            await Bot.ExecuteAsync(member, "targets.save", target);
            var checkIn = ActionData(await Bot.ExecuteAsync(member, "checkin.form", new() { ["cohort"] = cohortId }));
            checkIn["t_t1"] = "6"; checkIn["confidence"] = "4";
            checkIn["applied"] = member == Me ? MyApplied : "Des visites le samedi.";
            checkIn["obstacles"] = member == Me ? MyObstacles : OthersObstacles;
            Assert.StartsWith("Bilan enregistré", Text(await Bot.ExecuteAsync(member, "checkin.submit", checkIn)));
        }

        // A meeting: the expert proposes, both vote, the expert picks; afterwards the participant says what they will apply.
        await Bot.ExecuteAsync(TestUser.Expert, "meetings.propose", await Bot.FilledFormAsync(TestUser.Expert, "meetings.form",
            new() { ["cohort"] = cohortId, ["duration"] = 90, ["from"] = "2026-12-07", ["to"] = "2026-12-18", ["dayStart"] = "09:00", ["dayEnd"] = "12:00" }));
        var meeting = await Bot.Service<SmqBot.Data.Meetings.MeetingStore>().OfCohortAsync(cohortId).SingleAsync();
        await Bot.TickAsync();
        foreach (var member in new[] { Me, Other })
            await Bot.ExecuteAsync(member, "meetings.vote", new() { ["cohort"] = cohortId, ["meeting"] = meeting.Id, ["slots"] = "s1" });
        Bot.Time.Advance(TimeSpan.FromDays(3));
        await Bot.TickAsync();
        await Bot.ExecuteAsync(TestUser.Expert, "meetings.pick", new() { ["cohort"] = cohortId, ["meeting"] = meeting.Id, ["slot"] = "s1" });
        await Bot.TickAsync();
        Bot.Time.SetUtcNow(new DateTimeOffset(2026, 12, 6, 14, 30, 0, TimeSpan.Zero));
        await Bot.TickAsync();   // the reminder, the day before
        Bot.Time.SetUtcNow(new DateTimeOffset(2026, 12, 7, 15, 45, 0, TimeSpan.Zero));
        var after = await Bot.TickAsync();
        var reflection = ActionData(Bot.Connector.Deliveries.Single(d => d.ConversationId == Activities.PersonalConversationId(Me) && Buttons(d.Card("journey")).Any(b => b.Verb == "meetings.reflect")).Card("journey"));
        reflection["reflection"] = MyReflection;
        await Bot.ExecuteAsync(Me, "meetings.reflect", reflection);
        var hours = after.Single(d => d.ConversationId == Activities.PersonalConversationId(TestUser.Expert) && Buttons(d.Card("journey")).Any(b => b.Verb == "hours.log")).Card("journey");
        var log = ActionData(hours);
        foreach (var (name, input) in Inputs(hours)) if (input["value"] is { } value) log[name] = value.DeepClone();
        log["note"] = ExpertsMeetingNote;
        Assert.Contains("1 h 30", Text(await Bot.ExecuteAsync(TestUser.Expert, "hours.log", log)));

        // An accompaniment: the expert logs hours with a note of theirs; staff close it; the participant evaluates it.
        var create = ActionData(await Bot.ExecuteAsync(TestUser.Staff, "coaching.form"));
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["institution"] = "Musée de Sept-Îles", ["region"] = "Côte-Nord", ["coached"] = Me.Upn, ["expert"] = TestUser.Expert.Upn,
            ["axis"] = "Audiences", ["budget"] = "15", ["start"] = "2026-10-01", ["end"] = "2027-03-31", ["objectives"] = "Mieux connaître les visiteurs estivaux",
        }) create[k] = v;
        await Bot.ExecuteAsync(TestUser.Staff, "coaching.save", create);
        await Bot.TickAsync();
        var accompaniment = await Bot.Service<SmqBot.Data.Coaching.AccompanimentStore>().OfExpertAsync(TestUser.Expert.AadObjectId).SingleAsync();
        var target2 = ActionData(await Bot.ExecuteAsync(Me, "targets.form", new() { ["cohort"] = accompaniment.Id }));
        foreach (var (k, v) in new Dictionary<string, string> { ["what"] = "Sonder les visiteurs", ["indicator"] = "Réponses", ["kind"] = "number", ["baseline"] = "0", ["goal"] = "200", ["due"] = "2027-03-01" }) target2[k] = v;
        await Bot.ExecuteAsync(Me, "targets.save", target2);
        var entry = ActionData(Assert.Single(await Bot.SendAsync(Activities.Message(Bot.ServiceUrl, TestUser.Expert, "heures"))));
        entry["for"] = $"accompaniment:{accompaniment.Id}"; entry["date"] = "2026-12-02"; entry["minutes"] = "120"; entry["kind"] = "Video"; entry["note"] = ExpertsCoachingNote;
        await Bot.ExecuteAsync(TestUser.Expert, "hours.log", entry);
        await Bot.ExecuteAsync(TestUser.Staff, "coaching.close", new() { ["expert"] = TestUser.Expert.AadObjectId, ["accompaniment"] = accompaniment.Id });
        var evaluation = Assert.Single(await Bot.TickAsync(), d => d.ConversationId == Activities.PersonalConversationId(Me)).Card("journey");
        var answers = ActionData(evaluation);
        answers["o_t1"] = "Partly"; answers["satisfaction"] = "5"; answers["recommend"] = "true"; answers["comments"] = MyComments;
        Assert.Contains("Merci", Text(await Bot.ExecuteAsync(Me, "evaluation.submit", answers)));
        await Bot.TickAsync();
    }

    /// <summary>The fiscal year's report card and each of its CSV tables, as staff see them.</summary>
    private async Task<(string Card, IReadOnlyList<string> Csvs)> ReportAsync()
    {
        var card = await Bot.ExecuteAsync(TestUser.Staff, "report.show", new() { ["year"] = "2026-2027" });
        var csvs = new List<string>();
        foreach (var link in Links(card).Where(l => !l.Contains("chart", StringComparison.Ordinal)))
        {
            var response = await Bot.CreateClient().GetAsync(link);
            // A workbook is compared by what it shows (its bytes hold a time stamp).
            csvs.Add(response.Content.Headers.ContentType?.MediaType == "text/csv"
                ? await response.Content.ReadAsStringAsync()
                : string.Join("\n", WorkbookReader.Open(await response.Content.ReadAsByteArrayAsync()).Sheets.SelectMany(sh => sh.Rows.Select(r => sh.Name + ": " + string.Join(" | ", r.Select(c => c.Text))))));
        }
        return (Text(card), csvs);
    }

    private static JsonObject ButtonData(JsonObject card, string verb) =>
        Walk(card).First(o => (string?)o["verb"] == verb)["data"]!.DeepClone().AsObject();

    private static List<string> Links(JsonObject card) =>
        [.. Walk(card).Where(o => (string?)o["type"] == "Action.OpenUrl").Select(o => new Uri((string)o["url"]!).PathAndQuery)];

    /// <summary>Every document, in every container but the key ring, that holds any of <paramref name="needles"/> (in any string, or in JSON kept as a string).</summary>
    private async Task<List<(string Container, string Id)>> ScanAsync(params string[] needles)
    {
        var database = Bot.Service<IDocumentDatabase>();
        var found = new List<(string, string)>();
        foreach (var name in ContainerNames.All.Where(c => c != ContainerNames.Keys))
            await foreach (var doc in database.Container(name).QueryAsync<JsonObject>(DocumentQuery.AcrossPartitions()))
                if (Strings(doc).Any(s => needles.Any(n => s.Contains(n, StringComparison.OrdinalIgnoreCase))))
                    found.Add((name, (string)doc["id"]!));
        return found;
    }

    /// <summary>The strings of a JSON tree, with the JSON a string may hold (a queued card) opened.</summary>
    private static IEnumerable<string> Strings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o) foreach (var s in Strings(child).Prepend(key)) yield return s;
                break;
            case JsonArray a:
                foreach (var child in a) foreach (var s in Strings(child)) yield return s;
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = v.GetValue<string>();
                yield return text;
                if (text.StartsWith('{'))
                {
                    JsonNode? inner = null;
                    try { inner = JsonNode.Parse(text); } catch (JsonException) { }
                    foreach (var s in Strings(inner)) yield return s;
                }
                break;
        }
    }
}

public sealed class SqlitePersonalDataTests : PersonalDataTests
{
    protected override BotApp CreateBot() => new(BackgroundWork.DrivenByTheTest());
}

[Collection(nameof(CosmosServer))]
public sealed class CosmosPersonalDataTests(CosmosServer server) : PersonalDataTests
{
    protected override BotApp CreateBot() => new(BackgroundWork.DrivenByTheTest(), services =>
        services.AddSingleton<IDocumentDatabase>(new CosmosDocumentDatabase(server.Client, "privacy-" + Guid.NewGuid().ToString("N")[..8])));
}
