using System.Text.Json.Nodes;
using SmqBot.Data.Cohorts;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.CheckIns;

public sealed class CollectiveTargetsTests : IAsyncLifetime
{
    private const string CohortId = "c-2026-ecosysteme";
    private static readonly TestUser OtherExpert = new("29:other-expert", "aad-other-expert", "Autre Experte");
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        var cohorts = _bot.Service<CohortStore>();
        await cohorts.CreateAsync(new Cohort
        {
            Id = CohortId, Subject = "Positionnement touristique", FiscalYear = "2026-2027", TenantId = Activities.TenantId,
            Start = new(2026, 9, 7), End = new(2027, 3, 31),
            Experts = [new(TestUser.Expert.AadObjectId, TestUser.Expert.Name)],
            Members = [new(TestUser.Participant.AadObjectId, TestUser.Participant.Name)],
        });
        await cohorts.UpdateParticipationAsync(CohortId, TestUser.Participant.AadObjectId, _ => new Participation
        {
            CourseId = CohortId, AadObjectId = TestUser.Participant.AadObjectId, Name = TestUser.Participant.Name,
            CourseTitle = "Positionnement touristique", Start = new(2026, 9, 7), End = new(2027, 3, 31),
        });
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private static JsonObject Collective(string what = "Forfaits conjoints avec l'office de tourisme") => new()
    {
        ["cohort"] = CohortId, ["what"] = what, ["indicator"] = "Forfaits en vente", ["kind"] = "number", ["baseline"] = "0", ["goal"] = "3", ["due"] = "2027-03-31",
    };

    private async Task<Cohort> CohortAsync() => (await _bot.Service<CohortStore>().FindAsync(CohortId))!;

    [Fact]
    public async Task TheCohortsExpertDefinesAndUpdatesACollectiveTargetAndMembersSeeIt()
    {
        var empty = await _bot.ExecuteAsync(TestUser.Expert, "collective.show", new() { ["cohort"] = CohortId });
        Assert.Contains("Cibles collectives : Positionnement touristique\nAucune cible collective encore.", Text(empty));
        Assert.Equal([("Ajouter une cible collective", "collective.form")], Buttons(empty));

        var form = await _bot.ExecuteAsync(TestUser.Expert, "collective.form", new() { ["cohort"] = CohortId });
        Assert.Equal([("Enregistrer la cible", "collective.save")], Buttons(form));
        var saved = await _bot.ExecuteAsync(TestUser.Expert, "collective.save", Collective());
        Assert.Contains("Forfaits en vente · dernière valeur : 0 · cible : 3 d'ici le 31 mars 2027", Text(saved));

        var reported = await _bot.ExecuteAsync(TestUser.Expert, "collective.report", new() { ["cohort"] = CohortId, ["target"] = "t1", ["value_t1"] = "2" });
        Assert.Contains("dernière valeur : 2 · cible : 3", Text(reported));

        var mine = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "mes cibles")));
        Assert.Contains("Cibles collectives\nForfaits conjoints avec l'office de tourisme: 2 → 3", Text(mine));
        var memberView = await _bot.ExecuteAsync(TestUser.Participant, "collective.show", new() { ["cohort"] = CohortId });
        Assert.Empty(Buttons(memberView));                                      // members see, they do not edit
    }

    [Fact]
    public async Task StaffEditCollectiveTargetsOfAnyCohort()
    {
        var saved = await _bot.ExecuteAsync(TestUser.Staff, "collective.save", Collective(), "en-US");
        Assert.Contains("Collective targets: Positionnement touristique", Text(saved));
        Assert.Single((await CohortAsync()).CollectiveTargets);
    }

    [Fact]
    public async Task MembersAndOtherExpertsCannotChangeThem()
    {
        var member = await _bot.ExecuteAsync(TestUser.Participant, "collective.save", Collective());
        var outsider = await _bot.ExecuteAsync(OtherExpert, "collective.save", Collective());
        var report = await _bot.ExecuteAsync(TestUser.Participant, "collective.report", new() { ["cohort"] = CohortId, ["target"] = "t1", ["value_t1"] = "2" });

        Assert.Contains("Seuls le personnel de la SMQ et les ressources spécialisées de la cohorte modifient ses cibles collectives.", Text(member));
        Assert.Contains("Vous ne faites pas partie de cette cohorte.", Text(outsider));
        Assert.Contains("Seuls le personnel de la SMQ", Text(report));
        Assert.Empty((await CohortAsync()).CollectiveTargets);
    }

    [Theory]
    [InlineData("beaucoup", "La valeur donnée pour « Forfaits conjoints avec l'office de tourisme » n'est pas acceptée")]
    [InlineData("Infinity", "La valeur donnée pour « Forfaits conjoints avec l'office de tourisme » n'est pas acceptée")]
    public async Task ABadValueIsRefusedAndChangesNothing(string value, string message)
    {
        await _bot.ExecuteAsync(TestUser.Expert, "collective.save", Collective());

        var card = await _bot.ExecuteAsync(TestUser.Expert, "collective.report", new() { ["cohort"] = CohortId, ["target"] = "t1", ["value_t1"] = value });

        Assert.Contains(message, Text(card));
        Assert.Empty((await CohortAsync()).CollectiveTargets[0].History);
    }
}
