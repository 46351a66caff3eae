using SmqBot.Data.Installations;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Onboarding;

public sealed class TeamInstallationTests : IAsyncLifetime
{
    private const string TeamId = "19:programme-team@thread.tacv2";
    private readonly BotApp _bot = new();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        _bot.Connector.TeamChannels.AddRange([(TeamId, null), ("19:cohorte-2026@thread.tacv2", "Cohorte 2026")]);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    [Fact]
    public async Task AddingTheAppToATeamRecordsItsChannelsAndGreetsInGeneral()
    {
        // Added from an English client (the playground always says en-US): a channel is everyone's, so it reads the
        // programme's language (the configured default, else French), not the locale of whoever added the app.
        var card = Assert.Single(await _bot.SendAsync(Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel", "en-US")));

        Assert.StartsWith("SmqBot est installé dans l'équipe Développement professionnel", Text(card));
        Assert.Equal(TeamId, _bot.Connector.Deliveries.Single().ConversationId);
        var team = await _bot.Service<InstallationStore>().FindAsync(TeamId);
        Assert.NotNull(team);
        Assert.True(team.Active);
        Assert.Equal([new TeamChannel(TeamId, null), new TeamChannel("19:cohorte-2026@thread.tacv2", "Cohorte 2026")], team.Channels);
        Assert.Equal(_bot.ServiceUrl, team.ServiceUrl);
        Assert.Equal(Activities.BotId, team.BotId);
    }

    [Fact]
    public async Task StaffSeeTheTeamsWhereTheAppIsInstalledAndRemovedTeamsDropOut()
    {
        await _bot.SendAsync(Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel"));

        var listed = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Staff, "équipes")));
        Assert.Contains("Développement professionnel", Text(listed));
        Assert.Contains("2 canaux", Text(listed));
        Assert.Contains("Général · Cohorte 2026", Text(listed));             // Teams names the first channel in the reader's language

        var removal = Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel");
        removal["membersRemoved"] = removal["membersAdded"]!.DeepClone();
        removal.Remove("membersAdded");
        removal["channelData"]!["eventType"] = "teamMemberRemoved";
        await _bot.SendAsync(removal, expectedCards: 0);

        var team = await _bot.Service<InstallationStore>().FindAsync(TeamId);
        Assert.False(team!.Active);
        Assert.Equal(_bot.Time.GetUtcNow(), team.RemovedAt);
        var after = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Staff, "teams", "en-US")));
        Assert.Contains("SmqBot is not installed in any team yet.", Text(after));
    }

    [Fact]
    public async Task OthersAreToldTheTeamListIsForStaff()
    {
        var card = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "équipes")));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(card));

        var invoked = await _bot.ExecuteAsync(TestUser.Newcomer, "teams.show", locale: "en-US");
        Assert.Contains("This command is for SMQ staff only.", Text(invoked));
    }

    [Fact]
    public async Task CardDataCannotMakeSomeoneStaff()
    {
        var card = await _bot.ExecuteAsync(TestUser.Newcomer, "teams.show",
            new() { ["aadObjectId"] = TestUser.Staff.AadObjectId, ["role"] = "staff", ["from"] = new System.Text.Json.Nodes.JsonObject { ["aadObjectId"] = TestUser.Staff.AadObjectId } });
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(card));
    }
}
