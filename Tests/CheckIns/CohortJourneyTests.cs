using System.Text.Json.Nodes;
using SmqBot.Bot.Features.CheckIns;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.CheckIns;

/// <summary>The participant's journey, through the bot's own handlers only: nothing is written to the store directly.</summary>
public sealed class CohortJourneyTests : IAsyncLifetime
{
    private const string TeamId = "19:programme@thread.tacv2";
    private const string CohortChannel = "19:cohorte-accueil@thread.tacv2";
    private static readonly TestUser Third = TestUser.Third;
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        _bot.Connector.TeamChannels.AddRange([(TeamId, null), (CohortChannel, "Cohorte accueil")]);
        await _bot.SendAsync(Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel"));
        foreach (var user in new[] { TestUser.Expert, TestUser.Participant, TestUser.Newcomer, Third })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private Task<IReadOnlyList<FakeConnector.Delivery>> TickAsync(params CheckInScheduler[] schedulers) => _bot.TickAsync(schedulers);

    private static JsonObject CardOf(FakeConnector.Delivery delivery) => delivery.Card("journey");

    private async Task<JsonObject> NewCohortFormAsync()
    {
        var form = await _bot.ExecuteAsync(TestUser.Staff, "cohorts.form");
        var data = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        data["subject"] = "Accueil et service à la clientèle";
        data["start"] = "2026-11-30";
        data["end"] = "2027-03-29";
        data["experts"] = TestUser.Expert.Upn;
        data["members"] = $"{TestUser.Participant.Upn}, {TestUser.Newcomer.Upn.ToUpperInvariant()}\n{Third.Upn}";
        data["objectives"] = "Mieux accueillir les groupes\nMesurer la satisfaction";
        data["channel"] = $"{TeamId}|{CohortChannel}";
        data["every"] = "2";
        data["day"] = "Monday";
        data["time"] = "09:00";
        data["digestInChannel"] = "true";
        return data;
    }

    [Fact]
    public async Task CreateACohortWelcomeItsMembersSetTargetsRunARoundRemindTheSilentAndDigest()
    {
        // Staff create the cohort from the card.
        var list = await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await NewCohortFormAsync());
        Assert.StartsWith("Cohorte « Accueil et service à la clientèle » créée : ses membres et ses ressources spécialisées en sont avisés", Text(list));
        Assert.Contains("3 membres · 2026-2027", Text(list));
        var cohort = await SingleCohortAsync();
        Assert.Equal(new PersonRef(TestUser.Expert.AadObjectId, TestUser.Expert.Name, TestUser.Expert.Upn), Assert.Single(cohort.Experts));
        Assert.Equal(CohortChannel, cohort.Channel?.ConversationId);
        Assert.Contains(Role.Participant, (await _bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId))!.Roles);
        Assert.Contains(Role.Expert, (await _bot.Service<PeopleStore>().FindAsync(TestUser.Expert.AadObjectId))!.Roles);

        // Members and the expert are welcomed in their personal chats.
        var welcomes = await TickAsync();
        Assert.Equal(4, welcomes.Count);
        var welcome = CardOf(welcomes.Single(d => d.ConversationId == Activities.PersonalConversationId(TestUser.Participant)));
        Assert.StartsWith("Bienvenue dans la cohorte « Accueil et service à la clientèle »", Text(welcome));
        Assert.Contains("- Mieux accueillir les groupes\n- Mesurer la satisfaction", Text(welcome));
        Assert.Contains("Ressource spécialisée : Expert Exemple", Text(welcome));
        Assert.Equal([("Définir mes cibles", "targets.form"), ("Mes cibles", "targets.show")], Buttons(welcome));
        Assert.StartsWith("Vous accompagnez la cohorte", Text(CardOf(welcomes.Single(d => d.ConversationId == Activities.PersonalConversationId(TestUser.Expert)))));

        // Each member defines a target from the welcome card's button.
        foreach (var member in new[] { TestUser.Participant, TestUser.Newcomer, Third })
        {
            var form = await _bot.ExecuteAsync(member, "targets.form", new() { ["cohort"] = cohort.Id });
            var target = form["actions"]![0]!["data"]!.DeepClone().AsObject();
            target["what"] = "Accueillir plus de groupes";
            target["indicator"] = "Groupes par mois";
            target["kind"] = "number";
            target["baseline"] = "4";
            target["goal"] = "8";
            target["due"] = "2027-03-29";
            Assert.Contains("Accueillir plus de groupes (en cours)", Text(await _bot.ExecuteAsync(member, "targets.save", target)));
        }

        // The first round goes out on Monday 30 November at 9:00 in Toronto.
        _bot.Time.SetUtcNow(new(2026, 11, 30, 14, 0, 10, TimeSpan.Zero));
        var prompts = await TickAsync();
        Assert.Equal(3, prompts.Count);
        var prompt = CardOf(prompts.Single(d => d.ConversationId == Activities.PersonalConversationId(TestUser.Participant)));
        var answer = prompt["actions"]![0]!["data"]!.DeepClone().AsObject();
        answer["t_t1"] = "6";
        answer["confidence"] = "4";
        answer["applied"] = "Accueil des groupes le mardi matin.";
        Assert.Contains("1 cible sur 1 en bonne voie", Text(await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", answer)));
        answer["t_t1"] = "4";
        answer["obstacles"] = "Pas assez de bénévoles.";
        answer["shareObstacles"] = "true"; // this member lets the channel's digest show them
        await _bot.ExecuteAsync(TestUser.Newcomer, "checkin.submit", answer);

        // Two days later, only the silent member is reminded.
        _bot.Time.Advance(TimeSpan.FromDays(2));
        var reminder = Assert.Single(await TickAsync());
        Assert.Equal(Activities.PersonalConversationId(Third), reminder.ConversationId);

        // Then the digest reaches the cohort's channel, with the round's figures.
        _bot.Time.Advance(TimeSpan.FromDays(1));
        var digest = Assert.Single(await TickAsync());
        Assert.Equal(CohortChannel, digest.ConversationId);
        var text = Text(CardOf(digest));
        Assert.Contains("2 bilans sur 3 membres", text);
        Assert.Contains("Sans bilan : Troisième Membre", text);
        Assert.Contains("Nouvelle Personne: Pas assez de bénévoles.", text);

        // Staff close the cohort: no more check-ins.
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.close", new() { ["cohort"] = cohort.Id });
        Assert.Contains("Cette cohorte est terminée", Text(await _bot.ExecuteAsync(Third, "checkin.submit", answer)));
        _bot.Time.Advance(TimeSpan.FromDays(11));
        Assert.Empty(await TickAsync());
    }

    private async Task<Cohort> SingleCohortAsync()
    {
        var all = new List<Cohort>();
        await foreach (var c in _bot.Service<CohortStore>().OpenAsync()) all.Add(c);
        return Assert.Single(all);
    }

    [Fact]
    public async Task TheFormSentTwiceCreatesOneCohort()
    {
        var form = await NewCohortFormAsync();
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", form);
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", form);

        await SingleCohortAsync();
        Assert.Equal(4, (await TickAsync()).Count); // one welcome each
    }

    public static TheoryData<string, string, string> BadCohorts => new()
    {
        { "members", "inconnue@ailleurs", "Ces adresses ne sont pas des courriels : inconnue@ailleurs." },
        { "end", "2026-11-01", "La fin doit suivre le début." },
        { "subject", "", "Indiquez « Sujet »." },
        { "channel", "19:pas-une-equipe|19:x", "Choisissez « Canal de la cohorte » parmi les choix offerts." },
        { "day", "Saturday", "Choisissez « Jour » parmi les choix offerts." },
        { "every", "9", "Choisissez « Bilans » parmi les choix offerts." },
        { "experts", "", "Indiquez « Ressources spécialisées (courriels) »." },
    };

    [Theory]
    [MemberData(nameof(BadCohorts))]
    public async Task BadCohortsGetAClearAnswerAndCreateNothing(string field, string value, string message)
    {
        var form = await NewCohortFormAsync();
        form[field] = value;

        var card = await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", form);

        Assert.Contains(message, Text(card));
        await foreach (var _ in _bot.Service<CohortStore>().OpenAsync()) Assert.Fail("a cohort was created");
    }

    [Fact]
    public async Task OnlyStaffCreateOrCloseCohorts()
    {
        var form = await NewCohortFormAsync();

        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Expert, "cohorts.save", form)));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Participant, "cohorts.form")));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.",
            Text(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "cohortes")))));
        await foreach (var _ in _bot.Service<CohortStore>().OpenAsync()) Assert.Fail("a cohort was created");

        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", form);
        var cohort = await SingleCohortAsync();
        var update = form.DeepClone().AsObject();
        update["cohort"] = cohort.Id;
        update["subject"] = "Détourné";
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Expert, "cohorts.update", update)));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Participant, "cohorts.edit", new() { ["cohort"] = cohort.Id })));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Participant, "cohorts.close", new() { ["cohort"] = cohort.Id })));
        var unchanged = await SingleCohortAsync();
        Assert.Equal(("Accueil et service à la clientèle", false), (unchanged.Subject, unchanged.Closed));
    }

    [Fact]
    public async Task StaffEditACohortToAddAndRemoveMembersAndMoveItsEnd()
    {
        var form = await NewCohortFormAsync();
        form["members"] = $"{TestUser.Participant.Upn}, {TestUser.Newcomer.Upn}";
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", form);
        var cohort = await SingleCohortAsync();
        await TickAsync();

        var edit = await _bot.ExecuteAsync(TestUser.Staff, "cohorts.edit", new() { ["cohort"] = cohort.Id });
        var values = edit["body"]!.AsArray().Where(e => e!["id"] is not null).ToDictionary(e => (string)e!["id"]!, e => e!["value"]?.ToString());
        Assert.Equal(("Accueil et service à la clientèle", $"{TestUser.Participant.Upn}, {TestUser.Newcomer.Upn}"), (values["subject"], values["members"]));
        Assert.Equal([("Enregistrer les changements", "cohorts.update")], Buttons(edit));

        var update = await NewCohortFormAsync();
        update.Remove("nonce");
        update["cohort"] = cohort.Id;
        update["members"] = $"{TestUser.Participant.Upn}\n{Third.Upn}";
        update["end"] = "2027-04-26";
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.update", update);

        var after = await SingleCohortAsync();
        Assert.Equal([TestUser.Participant.AadObjectId, Third.AadObjectId], after.Members.Select(m => m.AadObjectId));
        Assert.Equal(new DateOnly(2027, 4, 26), after.End);
        var store = _bot.Service<CohortStore>();
        Assert.False((await store.ReadParticipationAsync(cohort.Id, TestUser.Newcomer.AadObjectId))!.Value.CourseOpen);
        Assert.Equal(new DateOnly(2027, 4, 26), (await store.ReadParticipationAsync(cohort.Id, TestUser.Participant.AadObjectId))!.Value.End);
        Assert.True((await store.ReadParticipationAsync(cohort.Id, Third.AadObjectId))!.Value.CourseOpen);
        var welcome = Assert.Single(await TickAsync());                       // only the member added is welcomed
        Assert.Equal(Activities.PersonalConversationId(Third), welcome.ConversationId);

        var refused = await _bot.ExecuteAsync(TestUser.Newcomer, "checkin.form", new() { ["cohort"] = cohort.Id });
        Assert.Contains("Cette cohorte est terminée", Text(refused));
    }

    [Fact]
    public async Task TheCohortsExpertLogsHoursForItAndNoOtherExpertCan()
    {
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await NewCohortFormAsync());
        var cohort = await SingleCohortAsync();
        _bot.Time.SetUtcNow(new(2026, 12, 2, 15, 0, 0, TimeSpan.Zero));

        var form = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Expert, "heures")));
        var choices = form["body"]!.AsArray().Single(e => (string?)e!["id"] == "for")!["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!));
        Assert.Equal([("Accueil et service à la clientèle", $"cohort:{cohort.Id}")], choices);
        var entry = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        entry["for"] = $"cohort:{cohort.Id}"; entry["date"] = "2026-11-30"; entry["minutes"] = "120"; entry["kind"] = "Video";

        var logged = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", entry);
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", entry);            // a double click

        Assert.Contains("Vos heures consignées pour cette cohorte : 2 h", Text(logged));
        var stored = Assert.Single((await SingleCohortAsync()).Hours.Entries);
        Assert.Equal((120, TestUser.Expert.AadObjectId), (stored.Minutes, stored.By));
        entry["nonce"] = "someone-else";
        Assert.Contains("Vous n'êtes pas la ressource spécialisée de cet accompagnement ou de cette cohorte.", Text(await _bot.ExecuteAsync(Third, "hours.log", entry)));
        entry["date"] = "2026-11-01";
        Assert.Contains("La date ne peut pas être dans le futur ni hors des dates", Text(await _bot.ExecuteAsync(TestUser.Expert, "hours.log", entry)));
        Assert.Single((await SingleCohortAsync()).Hours.Entries);

        var statement = await _bot.ExecuteAsync(TestUser.Staff, "coaching.statement", new() { ["expert"] = TestUser.Expert.AadObjectId, ["month"] = "2026-11" });
        Assert.Contains("30 nov.\nAccueil et service à la clientèle\nSéance en visioconférence\n2 h\napprouvée", Text(statement));
        Assert.Contains("Total approuvé : 2 h", Text(statement));
        var csv = await (await _bot.CreateClient().GetAsync((string)statement["actions"]![1]!["url"]!)).Content.ReadAsStringAsync();
        Assert.Contains("Expert Exemple;Accueil et service à la clientèle;;;Cohorte;2026-11-30;120;2;Séance en visioconférence;approuvée;", csv);
    }

    [Fact]
    public async Task CohortHoursAreEditedAndDeletedThisMonthAndStaffLockLastMonth()
    {
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await NewCohortFormAsync());
        var cohort = await SingleCohortAsync();
        _bot.Time.SetUtcNow(new(2026, 12, 9, 15, 0, 0, TimeSpan.Zero));
        JsonObject Entry(string nonce, string date, int minutes) => new()
        {
            ["for"] = $"cohort:{cohort.Id}", ["nonce"] = nonce, ["date"] = date, ["minutes"] = minutes.ToString(), ["kind"] = "Video",
        };

        var logged = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry("december", "2026-12-07", 120));
        Assert.Contains("Vos entrées de ce mois-ci\n7 décembre · 2 h · Séance en visioconférence", Text(logged));
        var form = await _bot.ExecuteAsync(TestUser.Expert, "hours.form", new() { ["for"] = $"cohort:{cohort.Id}", ["entry"] = "december" });
        var edit = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var (k, v) in Entry("x", "2026-12-07", 90).Where(p => p.Key != "nonce")) edit[k] = v!.DeepClone();
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", edit);
        Assert.Equal([90], (await SingleCohortAsync()).Hours.Entries.Select(e => e.Minutes));

        Assert.Contains("Vous n'êtes pas la ressource spécialisée", Text(await _bot.ExecuteAsync(Third, "hours.delete", new() { ["for"] = $"cohort:{cohort.Id}", ["entry"] = (string)edit["nonce"]! })));
        var deleted = await _bot.ExecuteAsync(TestUser.Expert, "hours.delete", new() { ["for"] = $"cohort:{cohort.Id}", ["entry"] = (string)edit["nonce"]! });
        Assert.Contains("Vos heures consignées pour cette cohorte : 0 min", Text(deleted));

        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry("november", "2026-11-30", 60));
        var list = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Staff, "cohortes")));
        var lockAction = list["body"]!.AsArray().SelectMany(e => e!["items"]?.AsArray() ?? []).Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).Single(a => (string?)a!["title"] == "Verrouiller novembre 2026")!;
        await _bot.ExecuteAsync(TestUser.Staff, "hours.lock", lockAction["data"]!.AsObject());

        var refused = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry("late-november", "2026-11-30", 30));
        Assert.Contains("Le mois de novembre 2026 est verrouillé", Text(refused));
        Assert.Equal(["november"], (await SingleCohortAsync()).Hours.Entries.Select(e => e.Id));
    }
}
