using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using SmqBot.Cards.Common;
using SmqBot.Data.Documents;
using SmqBot.Data.People;
using SmqBot.Data.Privacy;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Onboarding;

/// <summary>
/// The edge on the open Internet, over HTTP: it fails closed, refuses other tenants, bounds what one caller may cost,
/// serves downloads that are never cached, and keeps staff rights to what Teams said recently. Each test answers one of
/// the findings that probes of the running bot reproduced (issue 25).
/// </summary>
public sealed class EdgeSecurityTests
{
    /// <summary>The per-person budgets as production has them (the test host raises them for every other test).</summary>
    private static Dictionary<string, string?> ProductionLimits(Dictionary<string, string?>? more = null)
    {
        var limits = new SmqBot.Bot.Teams.LimitsOptions();
        var settings = new Dictionary<string, string?>
        {
            ["Limits:TurnsPerMinute"] = limits.TurnsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Limits:ExpensivePerMinute"] = limits.ExpensivePerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Limits:DownloadsPerMinute"] = limits.DownloadsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Limits:FailuresPerMinute"] = limits.FailuresPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in more ?? []) settings[key] = value;
        return settings;
    }

    /// <summary>Finding 1: with no MicrosoftAppId the bot accepted anonymous requests in Production.</summary>
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task OutsideDevelopmentTheBotDoesNotStartWithoutAnAppIdAndSaysWhichSetting(string environment)
    {
        await using var bot = new BotApp(environment: environment);

        var failure = Assert.ThrowsAny<Exception>(() => bot.Services);

        Assert.Contains("MicrosoftAppId is not set", failure.ToString());
    }

    /// <summary>
    /// Outside Development a missing Cosmos endpoint does not fall back to a SQLite file by itself (on App Service it would
    /// sit on storage the instances share): the bot does not start and names the setting; a file named on purpose runs.
    /// </summary>
    [Fact]
    public async Task OutsideDevelopmentTheBotDoesNotStartWithoutACosmosEndpointUnlessAFileIsNamed()
    {
        var production = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = "5d2d4a1e-0c1b-4d4e-9f7a-000000000004", ["MicrosoftAppPassword"] = "x",
            ["MicrosoftAppTenantId"] = Activities.TenantId, ["Sqlite:Path"] = null,
        };
        await using var unnamed = new BotApp(production, environment: "Production");
        var failure = Assert.ThrowsAny<Exception>(() => unnamed.Services);
        Assert.Contains("Cosmos:Endpoint is not set", failure.ToString());
        Assert.Contains("Sqlite__Path", failure.ToString());

        production.Remove("Sqlite:Path");
        await using var named = new BotApp(production, environment: "Production");
        Assert.NotNull(named.Services.GetService(typeof(SmqBot.Data.Documents.IDocumentDatabase)));
    }

    /// <summary>An app id without a tenant would serve any organisation: the bot does not start, and says what to set.</summary>
    [Fact]
    public async Task WithAnAppIdButNoTenantTheBotDoesNotStart()
    {
        await using var bot = new BotApp(new() { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppId"] = "5d2d4a1e-0c1b-4d4e-9f7a-000000000003", ["MicrosoftAppPassword"] = "x" },
            environment: "Production");

        var failure = Assert.ThrowsAny<Exception>(() => bot.Services);

        Assert.Contains("MicrosoftAppTenantId", failure.ToString());
    }

    /// <summary>
    /// Finding 1: an anonymous activity with another serviceUrl rewrote a staff member's stored address, and their next
    /// proactive message went to that server. In local mode only a loopback serviceUrl is heard.
    /// </summary>
    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("http://10.0.0.8:3978/")]
    [InlineData("http://localhost.attacker.example/")]
    public async Task LocalModeRefusesAnActivityThatNamesAnotherMachineAndChangesNoOne(string serviceUrl)
    {
        await using var bot = await new BotApp().StartedAsync();
        Assert.Single(await bot.SendAsync(Activities.PersonalInstall(bot.ServiceUrl, TestUser.Staff)));
        var people = bot.Service<PeopleStore>();
        var before = JsonSerializer.Serialize(await people.FindAsync(TestUser.Staff.AadObjectId));
        var deliveries = bot.Connector.DeliveryCount;

        var response = await bot.PostAsync(Activities.Message(serviceUrl, TestUser.Staff, "rapport"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, JsonSerializer.Serialize(await people.FindAsync(TestUser.Staff.AadObjectId)));
        Assert.Equal(deliveries, bot.Connector.DeliveryCount);
    }

    /// <summary>Finding 2, with chunked bodies (no Content-Length): reading stops at 256 KB and the answer is 413.</summary>
    [Fact]
    public async Task AChunkedBodyOverTheLimitIsRefusedOnceItPassesIt()
    {
        await using var bot = await new BotApp().StartedAsync();
        var activity = Activities.Message(bot.ServiceUrl, TestUser.Newcomer, new string('a', 300 * 1024));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StreamContent(new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(activity))) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await bot.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(await bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId));
    }

    /// <summary>Finding 3: people of any organisation became people and records. Another tenant gets one sentence in its language.</summary>
    [Fact]
    public async Task AnotherTenantIsAnsweredInItsLanguageAndNothingIsStored()
    {
        await using var bot = await new BotApp(new() { ["Smq:Tenants:0"] = Activities.TenantId }).StartedAsync();
        var outsider = Activities.Message(bot.ServiceUrl, TestUser.Newcomer, "hello", locale: "en-US");
        outsider["conversation"]!["tenantId"] = "another-organisation";
        outsider["channelData"]!["tenant"]!["id"] = "another-organisation";

        var card = Assert.Single(await bot.SendAsync(outsider));

        Assert.Contains("your organization does not have access to it", Text(card));
        Assert.Null(await bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId));
        var install = Activities.PersonalInstall(bot.ServiceUrl, TestUser.Newcomer);
        install["conversation"]!["tenantId"] = "another-organisation";
        install["channelData"]!["tenant"]!["id"] = "another-organisation";
        Assert.Empty(await bot.SendAsync(install, expectedCards: 0));
        Assert.Null(await bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId));

        // The tenant served is answered as ever.
        Assert.StartsWith("Ce que vous pouvez faire", Text(Assert.Single(await bot.SendAsync(Activities.Message(bot.ServiceUrl, TestUser.Newcomer, "aide")))));
    }

    /// <summary>
    /// Finding 4: one participant's 30 simultaneous `mes données` were all executed, each a scan of the store. Every one is
    /// answered, at most the expensive budget (10) is executed, the rest get "un instant", and someone else's `aide` meanwhile
    /// is answered.
    /// </summary>
    [Fact]
    public async Task ThirtySimultaneousMyDataAreAllAnsweredAndAtMostTheBudgetIsExecuted()
    {
        await using var bot = await new BotApp(ProductionLimits()).StartedAsync();
        var participant = Activities.PersonalConversationId(TestUser.Participant);
        var expert = Activities.PersonalConversationId(TestUser.Expert);

        var mine = Enumerable.Range(0, 30).Select(_ => bot.PostAsync(Activities.Message(bot.ServiceUrl, TestUser.Participant, "mes données"))).ToList();
        var theirs = bot.PostAsync(Activities.Message(bot.ServiceUrl, TestUser.Expert, "aide"));
        var answers = await Task.WhenAll([.. mine, theirs]);

        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode));
        var delivered = await bot.Connector.WaitForAsync(31);
        var participantCards = delivered.Where(d => d.ConversationId == participant).Select(d => Text(d.Activity["attachments"]![0]!["content"]!)).ToList();
        Assert.Equal(30, participantCards.Count);
        Assert.Equal(10, participantCards.Count(t => t.StartsWith(Plain(Texts.French.Privacy.MyDataTitle), StringComparison.Ordinal)));
        Assert.Equal(20, participantCards.Count(t => t.StartsWith("Un instant", StringComparison.Ordinal) && t.Contains("Réessayez dans une minute")));
        Assert.StartsWith("Ce que vous pouvez faire", Text(Assert.Single(delivered, d => d.ConversationId == expert).Activity["attachments"]![0]!["content"]!));
    }

    /// <summary>
    /// In a channel Teams puts the bot's mention before the command: the expensive budget reads the command as the router
    /// does, so "@SmqBot mes données" counts against it too.
    /// </summary>
    [Fact]
    public async Task AnExpensiveCommandBehindTheBotsMentionCountsAgainstTheExpensiveBudget()
    {
        await using var bot = await new BotApp(ProductionLimits()).StartedAsync();

        var titles = new List<string>();
        for (var i = 0; i < 11; i++)
            titles.Add(Text(Assert.Single(await bot.SendAsync(Activities.Message(bot.ServiceUrl, TestUser.Participant, "<at>SmqBot</at> mes données")))));

        Assert.All(titles.Take(10), t => Assert.StartsWith(Plain(Texts.French.Privacy.MyDataTitle), t));
        Assert.StartsWith("Un instant", titles[10]);
    }

    /// <summary>The general budget: past it a person gets "un instant" (and the store is not read); a minute later they are heard again.</summary>
    [Fact]
    public async Task PastTheGeneralBudgetAPersonWaitsAMinuteAndOthersAreNotHeldUp()
    {
        await using var bot = await new BotApp(ProductionLimits(new() { ["Limits:TurnsPerMinute"] = "5" }), realTime: true).StartedAsync();

        for (var i = 0; i < 5; i++) Assert.StartsWith("Ce que vous pouvez faire", Text(Assert.Single(await bot.SendAsync(Activities.Message(bot.ServiceUrl, TestUser.Participant, "aide")))));
        var busy = Assert.Single(await bot.SendAsync(Activities.Message(bot.ServiceUrl, TestUser.Participant, "aide")));
        var execute = await bot.PostAsync(Activities.Execute(bot.ServiceUrl, TestUser.Participant, SmqBot.Cards.Help.HelpVerbs.Help));

        Assert.StartsWith("Un instant", Text(busy));
        var invoked = JsonNode.Parse(await execute.Content.ReadAsStringAsync())!;
        Assert.StartsWith("Un instant", Text(invoked["value"]!));
        Assert.StartsWith("Ce que vous pouvez faire", Text(Assert.Single(await bot.SendAsync(Activities.Message(bot.ServiceUrl, TestUser.Expert, "aide")))));
    }

    /// <summary>
    /// Finding 4: 200 privacy requests with fresh nonces were all stored and sent 200 messages to the person in charge.
    /// One open request per person and kind: asking again shows the open one and its due date, and nobody is told twice.
    /// </summary>
    [Fact]
    public async Task APersonHasOneOpenRequestOfAKindAndThePersonInChargeIsToldOnce()
    {
        await using var bot = await new BotApp(new(BackgroundWork.DrivenByTheTest()) { ["Privacy:OfficerEmail"] = TestUser.Staff.Upn, ["Limits:TurnsPerMinute"] = "1000" }).StartedAsync();
        Assert.Single(await bot.SendAsync(Activities.PersonalInstall(bot.ServiceUrl, TestUser.Staff)));
        var staffChat = Activities.PersonalConversationId(TestUser.Staff);
        var toStaff = bot.Connector.Deliveries.Count(d => d.ConversationId == staffChat);

        JsonObject last = [];
        for (var i = 0; i < 200; i++)
            last = await bot.ExecuteAsync(TestUser.Participant, SmqBot.Cards.Privacy.PrivacyVerbs.Ask,
                new JsonObject { ["nonce"] = Guid.NewGuid().ToString("N"), ["kind"] = "Erasure", ["details"] = $"Effacez tout ({i})" });
        await bot.TickAsync();

        var requests = await bot.Service<PrivacyStore>().OfAsync(TestUser.Participant.AadObjectId).ToListAsync();
        Assert.Single(requests);
        Assert.Contains("est déjà ouverte : vous aurez une réponse ici au plus tard le 24 décembre 2026", Text(last));
        Assert.Equal(toStaff + 1, bot.Connector.Deliveries.Count(d => d.ConversationId == staffChat));
        // A correction is another kind: it may be open beside the erasure.
        await bot.ExecuteAsync(TestUser.Participant, SmqBot.Cards.Privacy.PrivacyVerbs.Ask, new JsonObject { ["nonce"] = "n-correction", ["kind"] = "Correction", ["details"] = "Mon nom" });
        Assert.Equal(2, await bot.Service<PrivacyStore>().OfAsync(TestUser.Participant.AadObjectId).CountAsync());
    }

    /// <summary>Finding 4: the staff privacy card reached 109,937 bytes at 200 open requests. It lists 20 and counts the rest.</summary>
    [Fact]
    public async Task TheStaffPrivacyCardListsABoundedNumberOfRequestsAndCountsTheRest()
    {
        await using var bot = await new BotApp().StartedAsync();
        var privacy = bot.Service<PrivacyStore>();
        for (var i = 0; i < 200; i++)
        {
            var name = $"Personne {i:D3} " + new string('x', 200);
            People([name]); // what people typed stays as typed: the French check leaves it alone
            await privacy.AskAsync(PrivacyRequestKind.Correction, $"aad-person-{i:D3}", name, Activities.TenantId, new string('d', 2000), $"pr-{i:D3}");
        }

        var card = await bot.ExecuteAsync(TestUser.Staff, SmqBot.Cards.Privacy.PrivacyVerbs.Requests);

        Assert.InRange(JsonSerializer.SerializeToUtf8Bytes(card).Length, 1, 80 * 1024);
        Assert.Equal(20, Buttons(card).Count(b => b.Title == "Traiter la demande"));
        Assert.Contains("180 autres demandes ouvertes, plus récentes, paraîtront ici quand celles-ci seront traitées.", Text(card));
    }

    /// <summary>
    /// Finding 5: downloads answered without no-store or nosniff, and the progress chart's link lived a day, unlogged. Every
    /// download is an attachment never cached; the chart's link lives 15 minutes; a report chart is in the access log.
    /// </summary>
    [Fact]
    public async Task DownloadsAreNeverCachedNorSniffedAndTheProgressChartLinkIsShortLived()
    {
        await using var bot = await new BotApp().StartedAsync();
        var myData = await bot.ExecuteAsync(TestUser.Participant, SmqBot.Cards.Privacy.PrivacyVerbs.MyData);
        var links = Walk(myData).OfType<JsonObject>().Where(o => (string?)o["type"] == "Action.OpenUrl").Select(o => (string)o["url"]!).ToList();
        Assert.Equal(3, links.Count);

        foreach (var link in links)
        {
            using var response = await bot.CreateClient().GetAsync(new Uri(link).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.StartsWith("smqbot-donnees-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        }

        var chart = bot.Service<SmqBot.Bot.Features.Exports.ExportLinks>().Mint(SmqBot.Bot.Features.CheckIns.TargetsFeature.ChartRoute,
            SmqBot.Bot.Features.Exports.ExportLinks.Lifetime, TestUser.Participant.AadObjectId, "cohort", "fr");
        var protector = bot.Service<IDataProtectionProvider>().CreateProtector("SmqBot.Exports.v1").ToTimeLimitedDataProtector();
        protector.Unprotect(chart.Split('/').Last(), out var expires);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    /// <summary>A report chart (an image a card loads) is a download like the others: it is in the access log.</summary>
    [Fact]
    public async Task AReportChartDownloadIsLogged()
    {
        await using var bot = await new BotApp().StartedAsync();
        await bot.GrantAsync(TestUser.Staff, Role.Staff);
        var chart = bot.Service<SmqBot.Bot.Features.Reports.ReportExport>().LinkFor(TestUser.Staff.AadObjectId, "2026-2027", SmqBot.Bot.Features.Reports.ReportExport.AxisChart, Texts.French);

        using var response = await bot.CreateClient().GetAsync(new Uri(chart).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var logged = Assert.Single(await bot.Service<PrivacyStore>().RecentLogAsync(10));
        Assert.Equal((TestUser.Staff.AadObjectId, AccessAction.Download, "report:2026-2027:chart-axis"), (logged.By, logged.Action, logged.Subject));
    }

    /// <summary>Downloads are limited per holder: the eleventh in a minute is 429 with Retry-After; someone else's still opens.</summary>
    [Fact]
    public async Task APersonsDownloadsAreLimitedAndOthersAreNot()
    {
        await using var bot = await new BotApp(ProductionLimits()).StartedAsync();
        var links = bot.Service<SmqBot.Bot.Features.Exports.ExportLinks>();
        string Link(TestUser user) => new Uri(links.Mint(SmqBot.Bot.Features.Privacy.PrivacyFeature.Route, SmqBot.Bot.Features.Exports.ExportLinks.Lifetime, user.AadObjectId, user.AadObjectId, "json", "fr")).PathAndQuery;
        await bot.GrantAsync(TestUser.Participant, Role.Participant);
        await bot.GrantAsync(TestUser.Expert, Role.Expert);
        var client = bot.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++) statuses.Add((await client.GetAsync(Link(TestUser.Participant))).StatusCode);
        var refused = await client.GetAsync(Link(TestUser.Participant));

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Link(TestUser.Expert))).StatusCode);
    }

    /// <summary>
    /// Finding 6: the key ring that signs every download token was stored unencrypted beside the data. With a certificate
    /// configured, the stored keys hold only an encrypted secret, and links still open.
    /// </summary>
    [Fact]
    public async Task WithACertificateTheKeyRingIsStoredEncrypted()
    {
        var pfx = Path.Combine(Directory.CreateTempSubdirectory("smqbot-cert-").FullName, "keyring.pfx");
        using (var key = System.Security.Cryptography.RSA.Create(2048))
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=SmqBot key ring", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "test-password"));
        }
        await using var bot = await new BotApp(new() { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "test-password" }).StartedAsync();

        var myData = await bot.ExecuteAsync(TestUser.Participant, SmqBot.Cards.Privacy.PrivacyVerbs.MyData);
        var json = Walk(myData).OfType<JsonObject>().First(o => (string?)o["type"] == "Action.OpenUrl");
        using var download = await bot.CreateClient().GetAsync(new Uri((string)json["url"]!).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var keys = await bot.Service<IDocumentDatabase>().Container(ContainerNames.Keys).QueryAsync<JsonObject>(DocumentQuery.AcrossPartitions()).ToListAsync();
        var stored = Assert.Single(keys).ToJsonString();
        Assert.Contains("encryptedSecret", stored);
        Assert.DoesNotContain("<masterKey", stored.Replace("\\u003C", "<"));
    }

    /// <summary>
    /// Finding 7: a staff entry given as a UPN was matched against a UPN fetched once and kept forever. Past 24 hours
    /// Teams is asked again, and the rights follow what it says now.
    /// </summary>
    [Fact]
    public async Task StaffByUpnFollowsWhatTeamsSaysWithinTheLastDay()
    {
        await using var bot = await new BotApp(new() { ["Smq:Staff:0"] = "", ["Smq:Staff:1"] = TestUser.Newcomer.Upn }).StartedAsync();
        Assert.Contains("personnel de la SMQ", Text(Assert.Single(await bot.SendAsync(Activities.PersonalInstall(bot.ServiceUrl, TestUser.Newcomer)))));
        Assert.StartsWith("Équipes où SmqBot est installé", Text(Assert.Single(await bot.SendAsync(Activities.Message(bot.ServiceUrl, TestUser.Newcomer, "équipes")))));

        // A day later the UPN belongs to someone else in the directory: Teams now gives this person another one.
        bot.Time.Advance(TimeSpan.FromHours(25));
        bot.Connector.Members[TestUser.Newcomer.TeamsId] = (TestUser.Newcomer.AadObjectId, TestUser.Newcomer.Name, "renamed@musees.example");

        var refused = Assert.Single(await bot.SendAsync(Activities.Message(bot.ServiceUrl, TestUser.Newcomer, "équipes")));

        Assert.Contains("réservée au personnel de la SMQ", Text(refused));
        Assert.Equal("renamed@musees.example", (await bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId))!.Email);
    }

    /// <summary>Finding 7: an empty entry in the staff list made a caller without an Entra object id staff.</summary>
    [Fact]
    public async Task AnEmptyStaffEntryMakesNobodyStaff()
    {
        await using var bot = await new BotApp(new() { ["Smq:Staff:0"] = "", ["Smq:Staff:1"] = " " }).StartedAsync();
        var nobody = Activities.Message(bot.ServiceUrl, TestUser.Newcomer, "équipes");
        nobody["from"]!.AsObject().Remove("aadObjectId");

        var refused = Assert.Single(await bot.SendAsync(nobody));

        Assert.Contains("réservée au personnel de la SMQ", Text(refused));
    }
}
