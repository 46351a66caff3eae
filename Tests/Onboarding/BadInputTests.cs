using System.Net;
using System.Net.Http.Json;
using System.Text;
using SmqBot.Data.Documents;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Onboarding;

public sealed class BadInputTests : IAsyncLifetime
{
    private readonly BotApp _bot = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_bot).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"message\"")]
    [InlineData("{\"text\": \"aide\"}")]
    [InlineData("")]
    public async Task AMalformedBodyIsABadRequestNotAFault(string body)
    {
        var response = await _bot.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Connector.Deliveries);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("event")]
    [InlineData("messageReaction")]
    [InlineData("endOfConversation")]
    public async Task AnActivityTheBotDoesNotHandleIsAcceptedAndChangesNothing(string type)
    {
        var activity = Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "aide");
        activity["type"] = type;

        var response = await _bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await _bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId));
        var everyone = _bot.Service<IDocumentDatabase>().Container(ContainerNames.People).QueryAsync<Person>(DocumentQuery.AcrossPartitions());
        Assert.Empty(await everyone.ToListAsync());
        Assert.Empty(_bot.Connector.Deliveries);
    }

    [Fact]
    public async Task AHundredKilobyteMessageIsAnsweredWithoutEchoingItBack()
    {
        var huge = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet. ", 100 * 1024 / 28 + 1));

        var card = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, huge)));

        var text = Text(card);
        Assert.Contains("Je n'ai pas compris « Lorem ipsum dolor sit amet. Lorem ipsum… ».", text);
        Assert.True(card.ToJsonString().Length < 4_000, "the answer quotes only the start of the message");
    }

    [Fact]
    public async Task AnInvokeWithNoActionGetsTheUnknownActionCard()
    {
        var activity = Activities.Execute(_bot.ServiceUrl, TestUser.Newcomer, "help.show");
        activity["value"] = "not an object";

        var response = await _bot.PostAsync(activity);

        var body = (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!;
        Assert.Contains("Je ne reconnais pas cette action.", Text(Archive(body["value"]!.AsObject(), "invoke-no-action")));
    }
}
