using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SmqBot.Data.Documents;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Onboarding;

/// <summary>
/// Activities no Teams client sends but anyone can post: what JSON does not allow, invokes SmqBot does not offer,
/// actions of another type, no serviceUrl, no Entra id, a locale that is not one. Each is answered without a 5xx and
/// stores nothing it should not.
/// </summary>
public sealed class MalformedActivityTests : IAsyncLifetime
{
    private readonly BotApp _bot = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_bot).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    /// <summary>Newtonsoft reads these literals; the card data used to be re-parsed by System.Text.Json, which threw (501 and the apology).</summary>
    [Theory]
    [InlineData("undefined")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    public async Task CardDataWithWhatJsonDoesNotAllowIsReadAsNoValue(string literal)
    {
        var activity = Activities.Execute(_bot.ServiceUrl, TestUser.Newcomer, "help.show", new JsonObject { ["x"] = "PLACEHOLDER" });
        var body = activity.ToJsonString().Replace("\"PLACEHOLDER\"", literal);

        var response = await _bot.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = (await response.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsObject();
        Assert.Contains("Ce que vous pouvez faire", Text(Archive(card, "invoke-literal")));
    }

    /// <summary>
    /// The edge reads strict JSON with System.Text.Json and anything else with Newtonsoft, as the SDK does: either way an
    /// escaped property name is the property, the last of two same names counts, and bytes that are not UTF-8 are no fault.
    /// </summary>
    [Fact]
    public async Task TheEdgeReadsAnActivityAsTheSdkDoesWhicheverReaderItTakes()
    {
        var activity = Activities.Execute(_bot.ServiceUrl, TestUser.Newcomer, "help.show");
        var json = activity.ToJsonString();
        var client = _bot.CreateClient();

        var escaped = json.Replace("\"type\":\"invoke\"", "\"\\u0074ype\":\"invoke\"").Replace("\"serviceUrl\"", "\"service\\u0055rl\"");
        Assert.Contains("\\u0074ype", escaped);
        var answered = await client.PostAsync("/api/messages", new StringContent(escaped, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Ce que vous pouvez faire", Text((await answered.Content.ReadFromJsonAsync<JsonObject>())!["value"]!));

        var lastIsNoUrl = "{\"serviceUrl\":" + System.Text.Json.JsonSerializer.Serialize(_bot.ServiceUrl) + "," + json[1..^1] + ",\"serviceUrl\":5}";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/messages", new StringContent(lastIsNoUrl, Encoding.UTF8, "application/json"))).StatusCode);

        var notUtf8 = Encoding.UTF8.GetBytes(json.Replace("\"help.show\"", "\"help.PLACEHOLDER\""));
        var at = notUtf8.AsSpan().IndexOf("PLACEHOLDER"u8);
        notUtf8[at] = 0xFF; notUtf8[at + 1] = 0xFE;
        var lenient = await client.PostAsync("/api/messages", new ByteArrayContent(notUtf8) { Headers = { ContentType = new("application/json") } });
        Assert.True((int)lenient.StatusCode < 500, $"answered {(int)lenient.StatusCode}");
        Assert.DoesNotContain("Exception", await lenient.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeeplyNestedDataIsNoFault()
    {
        var activity = Activities.Execute(_bot.ServiceUrl, TestUser.Newcomer, "help.show", new JsonObject { ["x"] = "PLACEHOLDER" });
        var body = activity.ToJsonString().Replace("\"PLACEHOLDER\"", new string('[', 40) + new string(']', 40));

        var response = await _bot.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True((int)response.StatusCode < 500, $"answered {(int)response.StatusCode}");
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("task/submit")]
    [InlineData("composeExtension/query")]
    [InlineData("config/fetch")]
    [InlineData("")]
    [InlineData(null)]
    public async Task AnInvokeSmqBotDoesNotOfferIsAnsweredInItsOwnShapeNotA501(string? name)
    {
        var activity = Activities.Execute(_bot.ServiceUrl, TestUser.Newcomer, "help.show");
        if (name is null) activity.Remove("name"); else activity["name"] = name;

        var response = await _bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("Je ne reconnais pas cette action."), body);
        Assert.DoesNotContain("Exception", body);
        await AssertNobodyStoredAsync();
    }

    [Theory]
    [InlineData("""{"type":"Action.Submit","verb":"help.show"}""")]
    [InlineData("""{"type":"Action.OpenUrl","url":"https://evil.example"}""")]
    [InlineData("""{"type":"Action.Execute","verb":5}""")]
    [InlineData("""{"type":"Action.Execute","verb":{"a":1}}""")]
    [InlineData("""{"type":"Action.Execute","verb":["help.show"]}""")]
    [InlineData("""{"verb":"help.show"}""")]
    public async Task AnActionThatIsNotAnExecuteWithAVerbGetsTheUnknownActionCard(string action)
    {
        var activity = Activities.Execute(_bot.ServiceUrl, TestUser.Newcomer, "help.show");
        activity["value"]!["action"] = JsonNode.Parse(action);

        var response = await _bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = (await response.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsObject();
        Assert.Contains("Je ne reconnais pas cette action.", Text(Archive(card, "invoke-other-action")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//no-scheme.example")]
    [InlineData("42")]
    public async Task AnActivityWithoutAUsableServiceUrlIsABadRequest(string? serviceUrl)
    {
        var activity = Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "aide");
        if (serviceUrl is null) activity.Remove("serviceUrl");
        else activity["serviceUrl"] = serviceUrl == "42" ? JsonValue.Create(42) : serviceUrl;

        var response = await _bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNobodyStoredAsync();
        Assert.Empty(_bot.Connector.Deliveries);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("../people/aad-staff")]
    public async Task SomeoneWithoutAnEntraIdIsAnsweredButNotStored(string? aadObjectId)
    {
        foreach (var user in new[] { TestUser.Newcomer, TestUser.Third })
        {
            var activity = Activities.Message(_bot.ServiceUrl, user, "aide");
            if (aadObjectId is null) activity["from"]!.AsObject().Remove("aadObjectId");
            else activity["from"]!["aadObjectId"] = aadObjectId;

            var card = Assert.Single(await _bot.SendAsync(activity));

            Assert.Contains("Ce que vous pouvez faire", Text(card));
        }
        await AssertNobodyStoredAsync();
    }

    [Theory]
    [InlineData("fr-ca", "fr-CA")]
    [InlineData("en-US", "en-US")]
    [InlineData("fr", "fr")]
    [InlineData("de-DE", null)]
    [InlineData("fr-CA-x-hostile", null)]
    [InlineData("<script>", null)]
    [InlineData("HUGE", null)]
    public async Task OnlyALocaleSmqBotSpeaksIsStored(string locale, string? stored)
    {
        if (locale == "HUGE") locale = "fr-" + new string('x', 100 * 1024);

        await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "aide", locale));

        var person = await _bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId);
        Assert.Equal(stored, person!.Locale);
    }

    private async Task AssertNobodyStoredAsync()
    {
        var everyone = _bot.Service<IDocumentDatabase>().Container(ContainerNames.People).QueryAsync<Person>(DocumentQuery.AcrossPartitions());
        Assert.Empty(await everyone.ToListAsync());
    }
}
