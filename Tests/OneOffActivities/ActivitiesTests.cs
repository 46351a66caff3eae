using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using SmqBot.Data.Activities;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.OneOffActivities;

/// <summary>
/// Activités ponctuelles over HTTP, through the real adapter and the SQLite store: staff compose, preview and publish an
/// activity to a channel; people register from its card, wait when it is full, cancel; a place freed goes to the first
/// waiting, who is told in their own chat.
/// </summary>
public sealed class ActivitiesTests : IAsyncLifetime
{
    private const string TeamId = "19:programme@thread.tacv2";
    private const string Channel = "19:activites@thread.tacv2";
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());
    private static readonly TestUser[] Members = [TestUser.Participant, TestUser.Newcomer, TestUser.Third, TestUser.Expert];

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        _bot.Connector.TeamChannels.AddRange([(TeamId, null), (Channel, "Activités")]);
        await _bot.SendAsync(Support.Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel"));
        foreach (var member in Members) await _bot.SendAsync(Support.Activities.PersonalInstall(_bot.ServiceUrl, member));
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    public static JsonObject Conference(string? capacity = "2") => new()
    {
        ["kind"] = "Conference", ["title"] = "Les publics adolescents", ["subject"] = "Médiation culturelle",
        ["description"] = "Une conférence d'une chercheuse sur ce que les 12-17 ans attendent d'une visite.",
        ["date"] = "2026-12-10", ["startTime"] = "13:00", ["endTime"] = "15:00", ["format"] = "InPerson",
        ["place"] = "Musée de la civilisation, 85 rue Dalhousie, Québec", ["region"] = "Capitale-Nationale",
        ["capacity"] = capacity, ["deadline"] = "2026-12-08", ["channel"] = $"{TeamId}|{Channel}",
    };

    /// <summary>Staff fill the form, preview and publish; returns the activity's id once the channel has its card.</summary>
    private async Task<string> PublishedAsync(JsonObject values)
    {
        var preview = await _bot.ExecuteAsync(TestUser.Staff, "activities.preview", await _bot.FilledFormAsync(TestUser.Staff, "activities.form", values));
        Assert.Equal([("Publier", "activities.publish"), ("Modifier", "activities.form")], Buttons(preview));
        var published = await _bot.ExecuteAsync(TestUser.Staff, "activities.publish", ActionData(preview));
        Assert.Contains("Publiée dans le canal.", Text(published));
        var id = (string)ActionData(preview)["activity"]!;
        var post = Assert.Single(await _bot.TickAsync(), d => d.ConversationId == Channel).Card("activity-post");
        Assert.Contains("Les publics adolescents", Text(post));
        Assert.Contains($"Places: {values["capacity"]} places, {values["capacity"]} restantes", Text(post));
        Assert.Equal([("M'inscrire", "activities.register")], Buttons(post).Select(b => (Plain(b.Title), b.Verb)));
        Assert.Equal("activities.view", (string?)post["refresh"]!["action"]!["verb"]);
        return id;
    }

    private Task<JsonObject> RegisterAsync(TestUser who, string id, string? needs = null) =>
        _bot.ExecuteAsync(who, "activities.register", new JsonObject { ["activity"] = id, ["needs"] = needs });

    [Fact]
    public async Task TwoPlacesFourPeopleTwoWaitInOrderAndTheFirstWaitingIsConfirmedWhenAPlaceFreesUp()
    {
        await _bot.GrantAsync(TestUser.Staff, SmqBot.Data.People.Role.Staff);
        var id = await PublishedAsync(Conference(capacity: "2"));

        var first = await RegisterAsync(TestUser.Participant, id, "Fauteuil roulant : accès par l'entrée latérale");
        Assert.Contains("Votre place est confirmée.", Text(first));
        Assert.Contains("Places: 2 places, 1 restante", Text(first));
        Assert.Contains("Votre place est confirmée.", Text(await RegisterAsync(TestUser.Newcomer, id)));
        var third = await RegisterAsync(TestUser.Third, id);
        Assert.Contains("Vous êtes sur la liste d'attente, au rang 1.", Text(third));
        Assert.Contains("Places: 2 places, complet", Text(third));
        Assert.Contains("Vous êtes sur la liste d'attente, au rang 2.", Text(await RegisterAsync(TestUser.Expert, id)));

        // Registering twice is one registration: the same card, the same seats, one document.
        Assert.Contains("Vous êtes sur la liste d'attente, au rang 1.", Text(await RegisterAsync(TestUser.Third, id)));
        var store = _bot.Service<ActivityStore>();
        var activity = (await store.FindAsync(id))!;
        Assert.Equal([TestUser.Participant.AadObjectId, TestUser.Newcomer.AadObjectId], activity.Confirmed);
        Assert.Equal([TestUser.Third.AadObjectId, TestUser.Expert.AadObjectId], activity.Waiting);
        Assert.Equal(4, await store.RegistrationsAsync(id).CountAsync());
        Assert.Equal("Fauteuil roulant : accès par l'entrée latérale", (await store.RegistrationOfAsync(id, TestUser.Participant.AadObjectId))!.Needs);

        // The first confirmed cancels (after the question): the first waiting is confirmed, and told in their own chat.
        var mine = await _bot.ExecuteAsync(TestUser.Participant, "activities.view", new JsonObject { ["activity"] = id });
        Assert.Equal([("Annuler mon inscription", "confirm.ask")], Buttons(mine).Select(b => (Plain(b.Title), b.Verb)));
        var question = await _bot.ExecuteAsync(TestUser.Participant, "confirm.ask", ActionData(mine));
        var cancelled = await _bot.ExecuteAsync(TestUser.Participant, "activities.unregister", ActionData(question));
        Assert.Contains("Inscription annulée.", Text(cancelled));
        Assert.Equal([("M'inscrire", "activities.register")], Buttons(cancelled).Select(b => (Plain(b.Title), b.Verb)));

        activity = (await store.FindAsync(id))!;
        Assert.Equal([TestUser.Newcomer.AadObjectId, TestUser.Third.AadObjectId], activity.Confirmed);
        Assert.Equal([TestUser.Expert.AadObjectId], activity.Waiting);
        var told = Assert.Single(await _bot.TickAsync(), d => d.ConversationId == Support.Activities.PersonalConversationId(TestUser.Third));
        Assert.StartsWith("Une place s'est libérée : « Les publics adolescents »\nVotre place est confirmée.", Text(told.Card("activity-confirmed")));
        Assert.Contains("Vous êtes sur la liste d'attente, au rang 1.", Text(await _bot.ExecuteAsync(TestUser.Expert, "activities.view", new JsonObject { ["activity"] = id })));

        // Their own list, and staff's view of who has a place and who waits.
        Assert.Contains("Les publics adolescents", Text(await _bot.ExecuteAsync(TestUser.Third, "activities.mine")));
        var registrations = Text(await _bot.ExecuteAsync(TestUser.Staff, "activities.registrations", new JsonObject { ["activity"] = id }));
        Assert.Contains("Places confirmées (2)", registrations);
        Assert.Contains("Liste d'attente (1)\n1 – Expert Exemple", registrations);
    }

    [Fact]
    public async Task StaffDownloadTheRegistrationsAndAPersonsRegistrationIsTheirsToExportAndErase()
    {
        await _bot.GrantAsync(TestUser.Staff, SmqBot.Data.People.Role.Staff);
        var id = await PublishedAsync(Conference(capacity: "3"));
        await _bot.Service<ActivityStore>().UpdateAsync(id, a => a with { Capacity = 1 });
        await RegisterAsync(TestUser.Participant, id, "=HYPERLINK(\"http://x\")");
        await RegisterAsync(TestUser.Newcomer, id);

        var card = await _bot.ExecuteAsync(TestUser.Staff, "activities.registrations", new JsonObject { ["activity"] = id });
        var links = card["body"]!.AsArray().Last()!["actions"]!.AsArray().Select(a => (string)a!["url"]!).ToList();
        var workbook = WorkbookReader.Open(await _bot.CreateClient().GetByteArrayAsync(links[0]));
        var rows = workbook["Inscriptions"].Rows;
        Assert.Equal(["Place", "Nom", "Institution muséale", "Région", "Adresse", "Inscription", "Besoins particuliers", "Présent"], rows[0].Select(c => c.Text));
        Assert.Equal(("Places confirmées", "Participante Exemple"), (rows[1][0].Text, rows[1][1].Text));
        Assert.Equal(("Liste d'attente (1)", "Nouvelle Personne"), (Plain(rows[2][0].Text), rows[2][1].Text));
        Assert.False(Assert.Single(rows[1], c => c.Text == "=HYPERLINK(\"http://x\")").Formula);   // what someone typed stays text
        var csv = await _bot.CreateClient().GetStringAsync(links[1]);
        Assert.Contains("Liste d’attente (1);Nouvelle Personne", csv);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _bot.CreateClient().GetAsync(links[1][..^3] + "xyz")).StatusCode);

        // The registrant's export holds their registration; erasing them leaves a pseudonym in the seats and no needs.
        var data = _bot.Service<SmqBot.Data.Privacy.PersonalData>();
        var export = await data.ExportAsync(TestUser.Participant.AadObjectId);
        Assert.Contains(export.Rows, r => r.Section == "activities" && r.Fields.Any(f => f.Key == "needs" && (string?)f.Value == "=HYPERLINK(\"http://x\")"));
        await data.EraseAsync(TestUser.Participant.AadObjectId);
        var activity = (await _bot.Service<ActivityStore>().FindAsync(id))!;
        Assert.DoesNotContain(TestUser.Participant.AadObjectId, activity.Confirmed);
        Assert.StartsWith("anon-", Assert.Single(activity.Confirmed));
        Assert.Equal([TestUser.Newcomer.AadObjectId], activity.Waiting);
        var erased = Assert.Single(await _bot.Service<ActivityStore>().RegistrationsAsync(id).Where(r => r.AadObjectId.StartsWith("anon-")).ToListAsync());
        Assert.Equal(("Personne anonymisée", "[effacé]"), (erased.Name, erased.Needs));
        Assert.Null(await _bot.Service<ActivityStore>().RegistrationOfAsync(id, TestUser.Participant.AadObjectId));
    }

    [Fact]
    public async Task StaffEditAPublishedActivityTheChannelCardIsUpdatedInPlaceAndMorePlacesConfirmTheFirstWaiting()
    {
        await _bot.GrantAsync(TestUser.Staff, SmqBot.Data.People.Role.Staff);
        var id = await PublishedAsync(Conference(capacity: "2"));
        foreach (var member in Members.Take(3)) await RegisterAsync(member, id);

        var list = await _bot.ExecuteAsync(TestUser.Staff, "activities.show");
        Assert.Contains("2 personnes inscrites, 1 en attente", Text(list));
        var edit = await _bot.ExecuteAsync(TestUser.Staff, "activities.form", ButtonData(list, "Modifier"));
        Assert.Equal("2", Inputs(edit)["capacity"]["value"]!.ToString());
        var changed = ActionData(edit);
        foreach (var (input, field) in Inputs(edit)) changed[input] = field["value"]?.ToString();
        changed["capacity"] = "3";
        changed["title"] = "Les publics adolescents (complet ?)";
        var saved = await _bot.ExecuteAsync(TestUser.Staff, "activities.update", changed);
        Assert.Contains("Activité modifiée ; les cartes envoyées sont mises à jour.", Text(saved));

        var activity = (await _bot.Service<ActivityStore>().FindAsync(id))!;
        Assert.Equal((3, 3, 0), (activity.Capacity!.Value, activity.Confirmed.Count, activity.Waiting.Count));
        var sent = await _bot.TickAsync();
        var update = Assert.Single(sent, d => d.ConversationId == Channel);
        Assert.Equal("update", update.Method);
        Assert.Contains("Les publics adolescents (complet ?)", Text(update.Card("activity-edit")));
        Assert.Contains("Places: 3 places, complet", Text(update.Card("activity-edit")));
        Assert.Contains("Une place s'est libérée", Text(Assert.Single(sent, d => d.ConversationId == Support.Activities.PersonalConversationId(TestUser.Third)).Card("activity-confirmed")));
    }

    [Fact]
    public async Task BadFormsComeBackFilledWithTheMessageAtTheFieldAndNothingIsStored()
    {
        await _bot.GrantAsync(TestUser.Staff, SmqBot.Data.People.Role.Staff);
        foreach (var (field, value, message) in new[]
        {
            ("capacity", "0", "Indiquez un nombre de places de 1 à 2 000, ou laissez vide."),
            ("capacity", "-3", "Indiquez un nombre de places de 1 à 2 000, ou laissez vide."),
            ("deadline", "2026-12-11", "La date limite des inscriptions ne peut pas suivre le jour de l'activité."),
            ("endTime", "12:00", "La fin doit venir après le début."),
            ("date", "2026-11-20", "La date de l'activité est passée."),
            ("place", "", "Indiquez « Lieu (adresse) »."),
        })
        {
            var values = Conference();
            values[field] = value;
            if (field == "date") values["deadline"] = "2026-11-19";
            var form = await _bot.ExecuteAsync(TestUser.Staff, "activities.preview", await _bot.FilledFormAsync(TestUser.Staff, "activities.form", values));
            Assert.Contains(message, Text(form));
            Assert.Equal("Les publics adolescents", (string?)Inputs(form)["title"]["value"]);
            Assert.Equal("activities.preview", Buttons(form)[0].Verb);
        }
        Assert.Empty(await _bot.Service<ActivityStore>().RecentAsync(10).ToListAsync());
    }

    [Fact]
    public async Task RegistrationsAfterTheDeadlineToACancelledActivityOrForSomeoneElseAreRefusedAndChangeNothing()
    {
        await _bot.GrantAsync(TestUser.Staff, SmqBot.Data.People.Role.Staff);
        var id = await PublishedAsync(Conference());
        await RegisterAsync(TestUser.Participant, id);

        // Someone else's registration cannot be cancelled: identity comes from the activity, not the card.
        var notMine = await _bot.ExecuteAsync(TestUser.Newcomer, "activities.unregister", new JsonObject { ["activity"] = id, ["confirmed"] = "true" });
        Assert.Contains("Je ne reconnais pas cette action.", Text(notMine));
        Assert.Contains("Je ne reconnais pas cette action.", Text(await RegisterAsync(TestUser.Newcomer, "activity-forged")));
        Assert.Contains("Je ne reconnais pas cette action.", Text(await RegisterAsync(TestUser.Newcomer, "../../x")));

        // Particular needs past their limit are refused, and nobody is registered by it.
        Assert.Contains("dépasse 500 caractères", Plain(Text(await RegisterAsync(TestUser.Newcomer, id, new string('n', 501)))));
        Assert.Null(await _bot.Service<ActivityStore>().RegistrationOfAsync(id, TestUser.Newcomer.AadObjectId));

        _bot.Time.SetUtcNow(new DateTimeOffset(2026, 12, 9, 12, 0, 0, TimeSpan.Zero));
        Assert.Contains("Les inscriptions sont fermées.", Text(await RegisterAsync(TestUser.Newcomer, id)));

        var question = await _bot.ExecuteAsync(TestUser.Staff, "confirm.ask", new JsonObject { ["do"] = "activities.cancel", ["activity"] = id });
        var done = await _bot.ExecuteAsync(TestUser.Staff, "activities.cancel", ActionData(question));
        Assert.Contains("Activité annulée ; les personnes inscrites sont avisées.", Text(done));
        var told = await _bot.TickAsync();
        Assert.Contains("Activité annulée : « Les publics adolescents »", Text(told.Single(d => d.ConversationId == Support.Activities.PersonalConversationId(TestUser.Participant)).Card("activity-cancelled")));
        Assert.Contains(told, d => d.ConversationId == Channel && d.Method == "update");
        Assert.Contains("Cette activité est annulée.", Text(await RegisterAsync(TestUser.Third, id)));

        var activity = (await _bot.Service<ActivityStore>().FindAsync(id))!;
        Assert.Equal([TestUser.Participant.AadObjectId], activity.Confirmed);
        Assert.Empty(activity.Waiting);
    }
}

/// <summary>
/// Fifty people press "M'inscrire" at once for twenty places, over HTTP: exactly twenty are confirmed and thirty wait,
/// in the order their seats were taken, and nobody's registration is lost; on the embedded store and on a Cosmos endpoint.
/// </summary>
public abstract class ConcurrentRegistrationTests
{
    protected abstract BotApp CreateBot();

    [Fact]
    public async Task FiftyAtOnceForTwentyPlacesConfirmExactlyTwentyAndTheRestWait()
    {
        await using var bot = await CreateBot().StartedAsync();
        bot.Connector.TeamChannels.AddRange([("19:programme@thread.tacv2", null), ("19:activites@thread.tacv2", "Activités")]);
        await bot.SendAsync(Support.Activities.TeamInstall(bot.ServiceUrl, TestUser.Staff, "19:programme@thread.tacv2", "Développement professionnel"));
        var values = ActivitiesTests.Conference(capacity: "20");
        values["channel"] = "19:programme@thread.tacv2|19:activites@thread.tacv2";
        var preview = await bot.ExecuteAsync(TestUser.Staff, "activities.preview", await bot.FilledFormAsync(TestUser.Staff, "activities.form", values));
        await bot.ExecuteAsync(TestUser.Staff, "activities.publish", ActionData(preview));
        var id = (string)ActionData(preview)["activity"]!;

        var people = Enumerable.Range(1, 50).Select(i => new TestUser($"29:member-{i}", $"aad-member-{i:00}", $"Membre {i}")).ToList();
        foreach (var p in people) bot.Connector.Members[p.TeamsId] = (p.AadObjectId, p.Name, p.Upn);
        var answers = await Task.WhenAll(people.Select(p => bot.ExecuteAsync(p, "activities.register", new JsonObject { ["activity"] = id })));

        var activity = (await bot.Service<ActivityStore>().FindAsync(id))!;
        Assert.Equal(20, activity.Confirmed.Count);
        Assert.Equal(30, activity.Waiting.Count);
        Assert.Equal(50, activity.Confirmed.Concat(activity.Waiting).Distinct().Count());
        Assert.Equal(50, await bot.Service<ActivityStore>().RegistrationsAsync(id).CountAsync());
        // What each person was told is where they stand: twenty confirmations, and ranks 1 to 30 each once.
        Assert.Equal(20, answers.Count(a => Text(a).Contains("Votre place est confirmée.")));
        var ranks = answers.Select(a => System.Text.RegularExpressions.Regex.Match(Text(a), @"au rang (\d+)\.")).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).Order();
        Assert.Equal(Enumerable.Range(1, 30), ranks);
    }
}

public sealed class SqliteConcurrentRegistrationTests : ConcurrentRegistrationTests
{
    protected override BotApp CreateBot() => new(BackgroundWork.DrivenByTheTest());
}

[Collection(nameof(CosmosServer))]
public sealed class CosmosConcurrentRegistrationTests(CosmosServer server) : ConcurrentRegistrationTests
{
    protected override BotApp CreateBot() => new(BackgroundWork.DrivenByTheTest(), services =>
        services.AddSingleton<SmqBot.Data.Documents.IDocumentDatabase>(new SmqBot.Data.Documents.CosmosDocumentDatabase(server.Client, "activities-" + Guid.NewGuid().ToString("N")[..8])));
}
