using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Model;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Onboarding;

public sealed class TurnFaultTests : IAsyncLifetime
{
    /// <summary>A feature that fails, standing for any fault in a handler (a store outage, a bug).</summary>
    private sealed class FailingFeature : IFeature
    {
        public IEnumerable<(CommandInfo, Handler)> Commands => [];
        public IEnumerable<VerbRoute> Verbs => [new("test.fail", [], (_, _) => throw new InvalidOperationException("secret internal detail at Store.cs:42"))];
    }

    private readonly BotApp _bot = new(services: services => services.AddSingleton<IFeature, FailingFeature>());

    public Task InitializeAsync() => ((IAsyncLifetime)_bot).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    [Theory]
    [InlineData("fr-CA", "Désolé, quelque chose s'est mal passé de mon côté.")]
    [InlineData("en-US", "Sorry, something went wrong on my side.")]
    public async Task AFaultInATurnGivesTheUserALocalisedApologyAndNoDetails(string locale, string apology)
    {
        var response = await _bot.PostAsync(Activities.Submit(_bot.ServiceUrl, TestUser.Newcomer, new JsonObject { [Actions.VerbField] = "test.fail" }, locale));

        Assert.True(response.IsSuccessStatusCode);
        var delivery = Assert.Single(await _bot.Connector.WaitForAsync(1));
        var text = (string?)delivery.Activity["text"];
        Assert.StartsWith(apology, CardReader.Plain(text!));
        Assert.DoesNotContain("secret internal detail", delivery.Activity.ToJsonString());
        Assert.DoesNotContain("Store.cs", delivery.Activity.ToJsonString());
    }
}
