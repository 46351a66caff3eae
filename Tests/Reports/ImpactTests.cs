using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Documents;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Reports;

/// <summary>
/// Measured improvement, built through the bot's own cards over HTTP: a cohort and an accompaniment, targets with
/// baselines and goals, check-ins that report values (one target never measured, one that went backwards, one past its
/// goal), and the report card's impact section figure by figure; on the embedded store and on a Cosmos endpoint.
/// </summary>
public abstract class ImpactTests : IAsyncLifetime
{
    private const string TeamId = "19:programme@thread.tacv2";
    private BotApp _bot = null!;

    protected abstract BotApp CreateBot();

    public async Task InitializeAsync()
    {
        _bot = await CreateBot().StartedAsync();
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant, TestUser.Newcomer, TestUser.Third })
            await _bot.SendAsync(Support.Activities.PersonalInstall(_bot.ServiceUrl, user));
        _bot.Connector.Clear();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task TargetAsync(TestUser who, string course, string what, string baseline, string goal, string kind = "number")
    {
        var target = ActionData(await _bot.ExecuteAsync(who, "targets.form", new() { ["cohort"] = course }));
        foreach (var (k, v) in new Dictionary<string, string> { ["what"] = what, ["indicator"] = what, ["kind"] = kind, ["unit"] = "u", ["baseline"] = baseline, ["goal"] = goal, ["due"] = "2027-03-01" })
            target[k] = v;
        Assert.Contains(what, Text(await _bot.ExecuteAsync(who, "targets.save", target)));
    }

    private async Task CheckInAsync(TestUser who, string course, Dictionary<string, string> values, string? applied)
    {
        var answer = new JsonObject { ["cohort"] = course, ["nonce"] = Guid.NewGuid().ToString("N")[..10], ["applied"] = applied, ["obstacles"] = null, ["confidence"] = "4" };
        foreach (var (target, value) in values) answer[$"t_{target}"] = value;
        var card = await _bot.ExecuteAsync(who, "checkin.submit", answer);
        Assert.DoesNotContain("Corrigez", Text(card));
    }

    [Fact]
    public async Task TheReportSaysHowManyTargetsWereSetMeasuredInProgressAndReachedAndTheirMedianProgress()
    {
        // A cohort of two members.
        var cohort = await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Accueil des publics", ["start"] = "2026-11-02", ["end"] = "2027-05-31", ["experts"] = TestUser.Expert.Upn,
            ["members"] = $"{TestUser.Participant.Upn}, {TestUser.Newcomer.Upn}",
        });
        Assert.Contains("Cohorte « Accueil des publics » créée", Plain(Text(await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", cohort))));
        var cohortId = (await _bot.Service<CohortStore>().OpenAsync().SingleAsync()).Id;

        // An accompaniment.
        var create = await _bot.FilledFormAsync(TestUser.Staff, "coaching.form", new()
        {
            ["institution"] = "Musée régional de Rimouski", ["region"] = "Bas-Saint-Laurent", ["coached"] = TestUser.Third.Upn, ["expert"] = TestUser.Expert.Upn,
            ["axis"] = "Audiences", ["budget"] = "15", ["start"] = "2026-10-01", ["end"] = "2027-03-31",
        });
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", create);
        var accompanimentId = (await _bot.Service<SmqBot.Data.Coaching.AccompanimentStore>().OfExpertAsync(TestUser.Expert.AadObjectId).SingleAsync()).Id;

        // Cohort: the participant's two targets measured (half way; reached on a scale), the newcomer's never measured.
        await TargetAsync(TestUser.Participant, cohortId, "Groupes scolaires par mois", "4", "8");
        await TargetAsync(TestUser.Participant, cohortId, "Appréciation de l'accueil", "2", "4", kind: "scale");
        await TargetAsync(TestUser.Newcomer, cohortId, "Visiteurs en soirée", "10", "20");
        await CheckInAsync(TestUser.Participant, cohortId, new() { ["t1"] = "6", ["t2"] = "4" }, "Un accueil des groupes le mardi.");

        // Accompaniment: one target past its goal, one that went backwards.
        await TargetAsync(TestUser.Third, accompanimentId, "Réponses au sondage", "0", "10");
        await TargetAsync(TestUser.Third, accompanimentId, "Temps d'attente (minutes)", "5", "10");
        await CheckInAsync(TestUser.Third, accompanimentId, new() { ["t1"] = "12", ["t2"] = "4" }, null);

        var report = Text(await _bot.ExecuteAsync(TestUser.Staff, "report.show", new JsonObject { ["year"] = "2026-2027" }));
        Assert.Contains("""
            Amélioration mesurée
            Dans les cohortes
            Cibles fixées: 3
            Cibles mesurées: 2
            En progrès: 2
            Atteintes: 1
            Progression médiane: 75 %
            Dans les accompagnements
            Cibles fixées: 2
            Cibles mesurées: 2
            En progrès: 1
            Atteintes: 1
            Progression médiane: 50 %
            Sur le terrain: 1 bilan dit ce qui a été appliqué · 0 intention après les rencontres
            """.ReplaceLineEndings("\n"), report);
        var english = Text(await _bot.ExecuteAsync(TestUser.Staff, "report.show", new JsonObject { ["year"] = "2026-2027" }, "en-US"));
        Assert.Contains("Measured improvement\nIn cohorts\nTargets set: 3\nTargets measured: 2\nIn progress: 2\nReached: 1\nMedian progress: 75%", english);

        // The workbook's targets sheet: typed numbers, progress under a percent format, no person's name.
        var card = await _bot.ExecuteAsync(TestUser.Staff, "report.show", new JsonObject { ["year"] = "2026-2027" });
        var workbookUrl = Walk(card).OfType<JsonObject>().First(o => (string?)o["type"] == "Action.OpenUrl" && ((string?)o["title"])!.StartsWith("Classeur"))["url"]!.ToString();
        var book = WorkbookReader.Open(await _bot.CreateClient().GetByteArrayAsync(workbookUrl));
        var rows = book["Cibles"].Rows;
        Assert.Equal(["Parcours", "Type de parcours", "Institution muséale", "Indicateur", "Unité", "Point de départ", "Dernière valeur", "Objectif", "Progression"], rows[0].Select(c => c.Text));
        Assert.Equal(6, rows.Count);
        var schoolGroups = rows.Single(r => r.Any(c => c.Text == "Groupes scolaires par mois"));
        Assert.Equal([4.0, 6.0, 8.0, 0.5], schoolGroups.Where(c => c.Number is not null).Select(c => c.Number!.Value));
        Assert.Equal(9u, schoolGroups.Last().NumberFormat);
        var names = new[] { TestUser.Participant.Name, TestUser.Newcomer.Name, TestUser.Third.Name };
        Assert.DoesNotContain(rows.SelectMany(r => r), c => names.Any(n => c.Text.Contains(n)));
    }
}

public sealed class SqliteImpactTests : ImpactTests
{
    protected override BotApp CreateBot() => new(BackgroundWork.DrivenByTheTest());
}

[Collection(nameof(CosmosServer))]
public sealed class CosmosImpactTests(CosmosServer server) : ImpactTests
{
    protected override BotApp CreateBot() => new(BackgroundWork.DrivenByTheTest(), services =>
        services.AddSingleton<IDocumentDatabase>(new CosmosDocumentDatabase(server.Client, "impact-" + Guid.NewGuid().ToString("N")[..8])));
}
