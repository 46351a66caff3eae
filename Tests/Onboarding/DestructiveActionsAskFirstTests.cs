using System.Text.Json.Nodes;
using SmqBot.Data.Cohorts;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Onboarding;

/// <summary>
/// Destructive buttons (close a cohort or an accompaniment, delete an hour entry, abandon a target, withdraw or decline
/// an application, cancel a meeting) ask on the card first; "no" changes nothing; "yes" acts and the answer says what
/// was done. The question is asked only for verbs that ask, and only to people allowed to use them.
/// </summary>
public sealed class DestructiveActionsAskFirstTests : IAsyncLifetime
{
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        foreach (var user in new[] { TestUser.Expert, TestUser.Participant })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Accueil des groupes", ["start"] = "2026-11-02", ["end"] = "2027-03-29", ["experts"] = TestUser.Expert.Upn, ["members"] = TestUser.Participant.Upn,
        }));
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    [Fact]
    public async Task ClosingACohortAsksThenSaysItIsClosed()
    {
        var list = await _bot.ExecuteAsync(TestUser.Staff, "cohorts.show");
        var close = ButtonData(list, "Fermer");
        Assert.Equal("cohorts.close", (string?)close["do"]);

        var question = await _bot.ExecuteAsync(TestUser.Staff, "confirm.ask", close);
        Assert.StartsWith("Fermer cette cohorte ? Les bilans s'arrêteront pour ses membres", Text(question));
        Assert.Equal([("Oui, fermer la cohorte", "cohorts.close"), ("Non, annuler", "confirm.cancel")], Buttons(question));
        var cohort = Assert.Single(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());   // nothing yet

        Assert.Contains("Rien n'a été changé.", Text(await _bot.ExecuteAsync(TestUser.Staff, "confirm.cancel", ActionData(question, 1))));
        Assert.Single(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());

        var closed = await _bot.ExecuteAsync(TestUser.Staff, "cohorts.close", ActionData(question));
        Assert.StartsWith("Cohorte fermée : les bilans sont arrêtés.\nCohortes", Text(closed));
        Assert.True((await _bot.Service<CohortStore>().FindAsync(cohort.Id))!.Closed);
    }

    [Fact]
    public async Task AbandoningATargetAsksTheMemberFirst()
    {
        var cohort = Assert.Single(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());
        var targets = await _bot.ExecuteAsync(TestUser.Participant, "targets.save", await _bot.FilledFormAsync(TestUser.Participant, "targets.form", new()
        {
            ["what"] = "Accueillir plus de groupes", ["indicator"] = "Groupes par mois", ["baseline"] = "2", ["goal"] = "6", ["due"] = "2027-03-01",
        }, new() { ["cohort"] = cohort.Id }));

        var question = await _bot.ExecuteAsync(TestUser.Participant, "confirm.ask", ButtonData(targets, "Abandonner"));
        Assert.StartsWith("Abandonner cette cible ?", Text(question));
        Assert.Equal(TargetState.Active, Assert.Single((await _bot.Service<CohortStore>().ReadParticipationAsync(cohort.Id, TestUser.Participant.AadObjectId))!.Value.Targets).State);

        var done = await _bot.ExecuteAsync(TestUser.Participant, "targets.abandoned", ActionData(question));
        Assert.StartsWith("Cible abandonnée.", Text(done));
        Assert.Equal(TargetState.Abandoned, Assert.Single((await _bot.Service<CohortStore>().ReadParticipationAsync(cohort.Id, TestUser.Participant.AadObjectId))!.Value.Targets).State);
    }

    [Fact]
    public async Task DeletingAnHourEntryAsksTheExpertFirst()
    {
        var cohort = Assert.Single(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());
        var logged = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", await _bot.FilledFormAsync(TestUser.Expert, "hours.form", new()
        {
            ["for"] = $"cohort:{cohort.Id}", ["date"] = "2026-11-20", ["minutes"] = "60",
        }));

        var question = await _bot.ExecuteAsync(TestUser.Expert, "confirm.ask", ButtonData(logged, "Supprimer"));
        Assert.StartsWith("Supprimer cette entrée d'heures ?", Text(question));
        Assert.Single((await _bot.Service<CohortStore>().FindAsync(cohort.Id))!.Hours.Entries);

        Assert.StartsWith("Entrée supprimée.", Text(await _bot.ExecuteAsync(TestUser.Expert, "hours.delete", ActionData(question))));
        Assert.Empty((await _bot.Service<CohortStore>().FindAsync(cohort.Id))!.Hours.Entries);
        // Pressed again (a second tab, a replay): nothing is deleted, and the answer does not say it was.
        var again = Text(await _bot.ExecuteAsync(TestUser.Expert, "hours.delete", ActionData(question)));
        Assert.DoesNotContain("Entrée supprimée.", again);
        Assert.Contains("Je ne reconnais pas cette action.", again);
    }

    [Fact]
    public async Task TheQuestionIsAskedOnlyForVerbsThatAskAndOnlyToThoseAllowed()
    {
        var cohort = Assert.Single(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.",
            Text(await _bot.ExecuteAsync(TestUser.Participant, "confirm.ask", new() { ["do"] = "cohorts.close", ["cohort"] = cohort.Id })));
        Assert.Contains("Je ne reconnais pas cette action.", Text(await _bot.ExecuteAsync(TestUser.Staff, "confirm.ask", new() { ["do"] = "cohorts.show" })));
        Assert.Contains("Je ne reconnais pas cette action.", Text(await _bot.ExecuteAsync(TestUser.Staff, "confirm.ask", new() { ["do"] = 42 })));
        Assert.False((await _bot.Service<CohortStore>().FindAsync(cohort.Id))!.Closed);
    }
}
