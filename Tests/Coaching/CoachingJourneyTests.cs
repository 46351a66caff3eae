using System.Text.Json.Nodes;
using SmqBot.Data.Coaching;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Coaching;

/// <summary>The story of issue 5, through the bot's own handlers only.</summary>
public sealed class CoachingJourneyTests : IAsyncLifetime
{
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    [Fact]
    public async Task CreateLogHoursNoticeApproveLockCloseAndEvaluate()
    {
        // Staff create the accompaniment.
        var create = ActionData(await _bot.ExecuteAsync(TestUser.Staff, "coaching.form"));
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["institution"] = "Musée régional de Rimouski", ["region"] = "Bas-Saint-Laurent", ["coached"] = TestUser.Participant.Upn, ["expert"] = TestUser.Expert.Upn,
            ["axis"] = "Audiences", ["budget"] = "15", ["start"] = "2026-10-01", ["end"] = "2027-03-31", ["objectives"] = "Mieux connaître les visiteurs estivaux",
        }) create[k] = v;
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", create);
        Assert.Equal(2, (await _bot.TickAsync()).Count);                    // the coached person and the expert

        // The coached person sets a target.
        string id = "";
        await foreach (var a in _bot.Service<AccompanimentStore>().OfExpertAsync(TestUser.Expert.AadObjectId)) id = a.Id;
        var target = ActionData(await _bot.ExecuteAsync(TestUser.Participant, "targets.form", new() { ["cohort"] = id }));
        foreach (var (k, v) in new Dictionary<string, string> { ["what"] = "Sonder les visiteurs", ["indicator"] = "Réponses", ["kind"] = "number", ["baseline"] = "0", ["goal"] = "200", ["due"] = "2027-03-01" }) target[k] = v;
        await _bot.ExecuteAsync(TestUser.Participant, "targets.save", target);
        // The course's title is stored in no language (staff wrote in French), and each reader sees it in theirs.
        var participation = (await _bot.Service<SmqBot.Data.Cohorts.CohortStore>().ReadParticipationAsync(id, TestUser.Participant.AadObjectId))!.Value;
        Assert.Equal(("Musée régional de Rimouski", SmqBot.Data.Cohorts.CourseKind.Accompaniment), (participation.CourseTitle, participation.Kind));
        Assert.Contains("Coaching: Musée régional de Rimouski", Text(await _bot.ExecuteAsync(TestUser.Participant, "targets.show", locale: "en-CA")));
        Assert.Contains("Accompagnement : Musée régional de Rimouski", Text(await _bot.ExecuteAsync(TestUser.Participant, "targets.show")));

        // The expert logs hours over several entries; at 80% both are told; an overrun waits for staff.
        async Task<JsonObject> Log(int minutes, string date)
        {
            var entry = ActionData(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Expert, "heures"))));
            entry["for"] = $"accompaniment:{id}"; entry["date"] = date; entry["minutes"] = minutes.ToString(); entry["kind"] = "Video";
            return await _bot.ExecuteAsync(TestUser.Expert, "hours.log", entry);
        }
        await Log(240, "2026-10-15");
        await Log(300, "2026-11-03");
        Assert.Contains("12 h 30 sur 15 h — il reste 2 h 30", Text(await Log(210, "2026-11-17")));
        Assert.Equal(2, (await _bot.TickAsync()).Count(d => Text(d.Card("journey")).Contains("80 % du budget", StringComparison.Ordinal)));
        Assert.Contains("3 h en attente d'approbation", Text(await Log(180, "2026-11-20")));

        var approval = Assert.Single(await _bot.TickAsync()).Card("journey");
        Assert.Contains("approuvée", Text(await _bot.ExecuteAsync(TestUser.Staff, "hours.approve", ActionData(approval))));
        Assert.Single(await _bot.TickAsync());                             // the expert is told

        // Staff lock November; the expert can no longer change it.
        await _bot.ExecuteAsync(TestUser.Staff, "hours.lock", new() { ["expert"] = TestUser.Expert.AadObjectId, ["for"] = $"accompaniment:{id}", ["month"] = "2026-11" });
        var stored = (await _bot.Service<AccompanimentStore>().ReadAsync(TestUser.Expert.AadObjectId, id))!.Value;
        var refused = await _bot.ExecuteAsync(TestUser.Expert, "hours.form", new() { ["for"] = $"accompaniment:{id}", ["entry"] = stored.Hours.Entries[^1].Id });
        Assert.Contains("Le mois de novembre 2026 est verrouillé", Text(refused));
        Assert.Equal((930, 0), (stored.UsedMinutes, stored.Hours.PendingMinutes));

        // Staff close it; the coached person evaluates; staff get the answers.
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.close", new() { ["expert"] = TestUser.Expert.AadObjectId, ["accompaniment"] = id });
        var evaluationCard = Assert.Single(await _bot.TickAsync()).Card("journey");
        Assert.StartsWith("Évaluation de fin de parcours : Musée régional de Rimouski", Text(evaluationCard));
        var answers = ActionData(evaluationCard);
        answers["o_t1"] = "Partly"; answers["satisfaction"] = "5"; answers["recommend"] = "true"; answers["comments"] = "Très utile pour l'été.";
        Assert.Contains("Merci ! Votre évaluation a été transmise à la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Participant, "evaluation.submit", answers)));
        Assert.Contains("Votre évaluation était déjà reçue", Text(await _bot.ExecuteAsync(TestUser.Participant, "evaluation.submit", answers)));

        var result = Assert.Single(await _bot.TickAsync());
        Assert.Equal(Activities.PersonalConversationId(TestUser.Staff), result.ConversationId);
        var text = Text(result.Card("journey"));
        Assert.Contains("Évaluation reçue : Musée régional de Rimouski", text);
        Assert.Contains("Sonder les visiteurs: En partie", text);
        Assert.Contains("Votre satisfaction (1 à 5): 5/5", text);
        Assert.Contains("Recommandation: Recommanderait l'accompagnement", text);
        Assert.Contains("Très utile pour l'été.", text);
        Assert.Contains("Vous n'avez aucun accompagnement en cours.", Text(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Expert, "heures")))));
        var late = new JsonObject { ["for"] = $"accompaniment:{id}", ["nonce"] = "late", ["date"] = "2026-11-24", ["minutes"] = "60", ["kind"] = "Video" };
        Assert.Contains("Cet accompagnement est terminé.", Text(await _bot.ExecuteAsync(TestUser.Expert, "hours.log", late)));
    }

    [Fact]
    public async Task OnlyTheCoachedPersonEvaluatesAndOnlyStaffClose()
    {
        var create = ActionData(await _bot.ExecuteAsync(TestUser.Staff, "coaching.form"));
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["institution"] = "Musée X", ["region"] = "Estrie", ["coached"] = TestUser.Participant.Upn, ["expert"] = TestUser.Expert.Upn,
            ["axis"] = "Management", ["start"] = "2026-10-01", ["end"] = "2027-03-31",
        }) create[k] = v;
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", create);
        string id = "";
        await foreach (var a in _bot.Service<AccompanimentStore>().OfExpertAsync(TestUser.Expert.AadObjectId)) id = a.Id;
        var ids = new JsonObject { ["expert"] = TestUser.Expert.AadObjectId, ["accompaniment"] = id };

        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Expert, "coaching.close", ids)));
        ids["satisfaction"] = "5";
        Assert.Contains("Vous n'êtes pas la ressource spécialisée de cet accompagnement ou de cette cohorte.", Text(await _bot.ExecuteAsync(TestUser.Expert, "evaluation.submit", ids)));
        ids["satisfaction"] = "9";
        Assert.Contains("Indiquez votre satisfaction, de 1 à 5.", Text(await _bot.ExecuteAsync(TestUser.Participant, "evaluation.submit", ids)));
        ids["satisfaction"] = "4";
        ids["o_not-a-target"] = "Achieved";
        Assert.Contains("Je ne reconnais pas cette action.", Text(await _bot.ExecuteAsync(TestUser.Participant, "evaluation.submit", ids)));
        var stored = (await _bot.Service<AccompanimentStore>().ReadAsync(TestUser.Expert.AadObjectId, id))!.Value;
        Assert.Equal((false, (Evaluation?)null), (stored.Closed, stored.Evaluation));
    }
}
