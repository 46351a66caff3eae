using System.Text.Json.Nodes;
using SmqBot.Data;
using SmqBot.Data.Calls;
using SmqBot.Data.Installations;
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
    // The system clock: the outbox worker waits on it between polls, and nothing here needs to move time.
    private readonly BotApp _bot = new(realTime: true);
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

    [Fact]
    public async Task StaffPostACallToTheTeamChannelAndAMemberAppliesFromTheCard()
    {
        // The app is added to the team: the bot learns its channels from the playground's connector and greets in General.
        await _playground.InstallInTeamAsync();
        var greeting = (await _playground.WaitForBotMessagesAsync(1))[0].Activity;
        Assert.Equal(Playground.Team, (string?)greeting["conversation"]!["id"]);
        var team = await _bot.Service<InstallationStore>().FindAsync(Playground.Team);
        Assert.Contains(team!.Channels, c => c.Id == Playground.AnnouncementsChannel);

        // Alex, SMQ staff, composes the call in their personal chat and posts it to the Announcements channel.
        await _playground.InstallAsync();
        await _playground.WaitForBotMessagesAsync(2);
        await _bot.Service<PeopleStore>().GrantRoleAsync(AlexAadObjectId, Role.Staff);
        await _playground.SendAsync("calls");
        var (callsId, calls) = (await _playground.WaitForBotMessagesAsync(3))[2];
        Assert.Equal([("New call", "calls.form")], Buttons(CardOf(calls, "playground-calls")));
        var form = await CardAnswerAsync(await _playground.ExecuteAsync(callsId, "calls.form"), "playground-call-form");
        Assert.Contains(Inputs(form)["channel"]["choices"]!.AsArray(), c => (string?)c!["value"] == $"{Playground.Team}|{Playground.AnnouncementsChannel}");
        var call = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["kind"] = "Cohort", ["titleFr"] = "Cohorte 2027 : les publics scolaires", ["titleEn"] = "2027 cohort: school audiences",
            ["descriptionFr"] = "Huit personnes, cinq rencontres.", ["places"] = "8",
            ["deadline"] = Programme.Today(TimeProvider.System).AddDays(5).ToString("yyyy-MM-dd"), ["channel"] = $"{Playground.Team}|{Playground.AnnouncementsChannel}",
        }) call[k] = v;
        var preview = await CardAnswerAsync(await _playground.ExecuteAsync(callsId, "calls.preview", call), "playground-call-preview");
        Assert.Equal([("Post", "calls.post"), ("Edit", "calls.form")], Buttons(preview));
        var posted = await CardAnswerAsync(await _playground.ExecuteAsync(callsId, "calls.post", preview["actions"]![0]!["data"]!.AsObject()), "playground-call-posted");
        Assert.Contains("Posted in the channel.", Text(posted));

        var (cardId, inChannel) = (await _playground.WaitForBotMessagesAsync(4))[3];
        // A card posted to a channel starts a thread; actions on it come from that thread's conversation.
        var thread = $"{Playground.AnnouncementsChannel};messageid={cardId}";
        Assert.Equal(Playground.AnnouncementsChannel, (string?)inChannel["conversation"]!["id"]);
        var channelCard = CardOf(inChannel, "playground-call-channel");
        Assert.StartsWith("Cohorte 2027 : les publics scolaires", Text(channelCard));
        Assert.Contains(("Postuler", "calls.apply"), Buttons(channelCard));

        // Megan, a member of the team, opens the card (its refresh gives her view, in her language) and applies from it.
        var callData = channelCard["actions"]![0]!["data"]!.AsObject();
        var view = await CardAnswerAsync(await _playground.ExecuteAsync(cardId, "calls.view", callData, Megan, thread), "playground-call-view");
        Assert.StartsWith("2027 cohort: school audiences", Text(view));
        Assert.Contains("Applications: No application yet", Text(view));
        var applyForm = await CardAnswerAsync(await _playground.ExecuteAsync(cardId, "calls.apply", callData, Megan, thread), "playground-apply-form");
        var application = applyForm["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["institution"] = "Musée des sciences", ["people"] = "Megan Bowen", ["areas"] = "School groups", ["motivation"] = "Schools are coming back.", ["commitment"] = "true",
        }) application[k] = v;
        var applied = await CardAnswerAsync(await _playground.ExecuteAsync(cardId, "calls.submit", application, Megan, thread), "playground-applied");
        Assert.Contains("Your application is sent.", Text(applied));
        Assert.Contains("1 application", Text(applied));
        Assert.Contains(("Withdraw", "confirm.ask"), Buttons(applied));

        // What staff see now, and what was stored: Megan's application, with her identity from the activity.
        var staffView = await CardAnswerAsync(await _playground.ExecuteAsync(cardId, "calls.view", callData, Playground.CurrentUser, thread), "playground-call-staff-view");
        Assert.Contains("1 application", Text(staffView));
        var stored = await _bot.Service<CallStore>().ApplicationOfAsync((string)callData["call"]!, MeganAadObjectId);
        Assert.Equal(("Musée des sciences", "Megan Bowen", ApplicationStatus.Submitted), (stored!.Institution, stored.Name, stored.Status));
        Assert.Equal("user-id-1", stored.Reach?.UserId);
    }

    private const string AlexAadObjectId = "00000000-0000-0000-0000-0000000000020";
    private const string Megan = "user-id-1";
    private const string MeganAadObjectId = "00000000-0000-0000-0000-0000000000021";

    /// <summary>The card the playground shows in place of the pressed one.</summary>
    private static Task<JsonObject> CardAnswerAsync(JsonObject answer, string origin)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        return Task.FromResult(Archive(answer["value"]!.AsObject(), origin));
    }

    private static JsonObject CardOf(JsonObject activity, string origin)
    {
        var attachment = Assert.Single(activity["attachments"]!.AsArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment!["contentType"]);
        return Archive(attachment["content"]!.AsObject(), origin);
    }

}
