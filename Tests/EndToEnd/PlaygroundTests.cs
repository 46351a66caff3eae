using System.Text.Json.Nodes;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.EndToEnd;

/// <summary>
/// The bot on a real Kestrel port and the Microsoft 365 Agents Playground talking to it over HTTP, as a newcomer
/// would use it: install the app, ask for help, press a button.
/// </summary>
public sealed class PlaygroundTests : IAsyncLifetime
{
    private readonly BotApp _bot = new();
    private Playground _playground = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        _bot.UseKestrel(Ports.Free());
        _bot.StartServer();
        var endpoint = new Uri(_bot.ClientOptions.BaseAddress, "api/messages").ToString();
        _playground = await Playground.StartAsync(endpoint, Ports.Free());
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await ((IAsyncLifetime)_bot).DisposeAsync();
    }

    [Fact]
    public async Task InstallAskForHelpAndPressAButtonInTheTeamsEmulator()
    {
        await _playground.InstallAsync();
        var (welcomeId, welcome) = (await _playground.WaitForBotMessagesAsync(1))[0];
        var welcomeCard = CardOf(welcome, "playground-welcome");
        Assert.Contains("Welcome to SmqBot", Text(welcomeCard));
        Assert.Contains("Hello Alex Wilber!", Text(welcomeCard));
        Assert.Equal([("See what I can do", "help.show")], Buttons(welcomeCard));
        Assert.Equal(Playground.PersonalChat, (string?)welcome["conversation"]!["id"]);

        // The playground announced the install twice (installationUpdate and conversationUpdate): one welcome.
        await _playground.SendAsync("aide");
        var messages = await _playground.WaitForBotMessagesAsync(2);
        Assert.Equal(2, messages.Count);
        var helpCard = CardOf(messages[1].Activity, "playground-help");
        Assert.StartsWith("What you can do", Text(helpCard));
        Assert.Contains("You are: member of the museum community", Text(helpCard));

        var answer = await _playground.ExecuteAsync(welcomeId, "help.show");
        // The playground answers with the card it now shows in place of the welcome card.
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        var refreshed = Archive(answer["value"]!.AsObject(), "playground-refreshed");
        Assert.StartsWith("What you can do", Text(refreshed));

        var recorded = _playground.Recorded();
        var invoke = Assert.Single(recorded, e => (string?)e["activityName"] == "invoke");
        Assert.Equal("adaptiveCard/action", (string?)invoke["request"]!["body"]!["name"]);
        Assert.Equal(200, (int)invoke["response"]!["statusCode"]!);

        var person = await _bot.Service<PeopleStore>().FindAsync("00000000-0000-0000-0000-0000000000020");
        Assert.NotNull(person);
        Assert.True(person.PersonalAppInstalled);
        Assert.Equal(Playground.PersonalChat, person.PersonalConversation?.ConversationId);
    }

    private static JsonObject CardOf(JsonObject activity, string origin)
    {
        var attachment = Assert.Single(activity["attachments"]!.AsArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment!["contentType"]);
        return Archive(attachment["content"]!.AsObject(), origin);
    }

}
