using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Onboarding;

public sealed class StaffByUpnTests : IAsyncLifetime
{
    private readonly BotApp _bot = new(new() { ["Smq:Staff:0"] = TestUser.Newcomer.Upn.ToUpperInvariant() });

    public Task InitializeAsync() => ((IAsyncLifetime)_bot).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    [Fact]
    public async Task StaffNamedByUpnAreRecognisedOnceTeamsHasToldUsTheirUpn()
    {
        var welcome = Assert.Single(await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Newcomer)));
        Assert.Contains("Vous êtes : personnel de la SMQ", Text(welcome));
        Assert.Equal(TestUser.Newcomer.Upn, (await _bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId))!.Email);

        var teams = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "équipes")));
        Assert.StartsWith("Équipes où SmqBot est installé", Text(teams));
    }

    [Fact]
    public async Task WithoutTheConnectorsAnswerTheInstallStillWelcomesByTheActivitysName()
    {
        _bot.Connector.Members.Clear();

        var welcome = Assert.Single(await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Newcomer)));

        Assert.Contains("Bonjour Nouvelle Personne !", Text(welcome));
        Assert.Contains("Vous êtes : membre de la communauté muséale", Text(welcome));
    }
}
