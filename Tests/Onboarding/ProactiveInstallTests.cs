using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using WireMock.Matchers;
using static SmqBot.Tests.Support.CardReader;
using Request = WireMock.RequestBuilders.Request;

namespace SmqBot.Tests.Onboarding;

/// <summary>
/// With Graph configured, SmqBot installs itself for the people staff add: the real Graph SDK over HTTP against
/// WireMock.Net stubs of the directory (<c>GET /users</c>) and of Teams app installation
/// (<c>/users/{id}/teamwork/installedApps</c>, its chat), the welcome through the outbox to the chat Graph named.
/// </summary>
public sealed class ProactiveInstallTests : IAsyncLifetime
{
    private const string CatalogId = "e3f1c2d4-smqbot-catalog";
    private const string MemberId = "aad-member";
    private const string MemberUpn = "membre@musees.example";
    private const string GuestId = "aad-guest";
    private const string GuestMail = "invitee@autre-musee.example";
    private const string Outside = "personne@ailleurs.example";
    private readonly FakeGraph _graph = new();
    private readonly BotApp _bot;

    public ProactiveInstallTests()
    {
        var settings = BackgroundWork.DrivenByTheTest();
        foreach (var (k, v) in _graph.Settings()) settings[k] = v;
        settings["Graph:AppCatalogId"] = CatalogId;
        _bot = new BotApp(settings, services => services.AddSingleton<TokenCredential>(new FakeGraph.Credential()));
    }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        _bot.Connector.Clear();
        Directory();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_bot).DisposeAsync();
        _graph.Dispose();
    }

    /// <summary>
    /// The tenant's directory: a member found by UPN; a guest whose own address is not a UPN (404) but is their mail; an
    /// address nobody has. Installing: 429 with Retry-After once then 201 for the member, 409 (already there) for the
    /// guest. The guest's chat fails once with a 500.
    /// </summary>
    private void Directory()
    {
        var server = _graph.Server;
        server.Given(Request.Create().WithPath("/v1.0/users/" + MemberUpn).UsingGet()).AtPriority(10)
            .RespondWith(FakeGraph.Json(200, new JsonObject { ["id"] = MemberId, ["displayName"] = "Membre Jamais Venu", ["userPrincipalName"] = MemberUpn, ["userType"] = "Member" }));
        foreach (var absent in new[] { GuestMail, Outside })
            server.Given(Request.Create().WithPath("/v1.0/users/" + absent).UsingGet()).AtPriority(10)
                .RespondWith(FakeGraph.Error(404, "Request_ResourceNotFound", "Resource does not exist."));
        server.Given(Request.Create().WithPath("/v1.0/users").WithParam("$filter", new WildcardMatcher($"*{GuestMail}*")).UsingGet()).AtPriority(10)
            .RespondWith(FakeGraph.Json(200, new JsonObject { ["value"] = new JsonArray(new JsonObject { ["id"] = GuestId, ["displayName"] = "Invitée Autre Musée", ["mail"] = GuestMail, ["userType"] = "Guest" }) }));
        server.Given(Request.Create().WithPath("/v1.0/users").WithParam("$filter", new WildcardMatcher($"*{Outside}*")).UsingGet()).AtPriority(10)
            .RespondWith(FakeGraph.Json(200, new JsonObject { ["value"] = new JsonArray() }));

        var memberApps = $"/v1.0/users/{MemberId}/teamwork/installedApps";
        server.Given(Request.Create().WithPath(memberApps).UsingPost()).InScenario("member").WillSetStateTo("throttled").AtPriority(10)
            .RespondWith(FakeGraph.Error(429, "TooManyRequests", "Too many requests.").WithHeader("Retry-After", "1"));
        server.Given(Request.Create().WithPath(memberApps).UsingPost()).InScenario("member").WhenStateIs("throttled").WillSetStateTo("installed").AtPriority(10)
            .RespondWith(FakeGraph.Json(201, new JsonObject { ["id"] = "inst-member" }));
        server.Given(Request.Create().WithPath(memberApps).UsingGet()).AtPriority(10)
            .RespondWith(FakeGraph.Json(200, new JsonObject { ["value"] = new JsonArray(new JsonObject { ["id"] = "inst-member" }) }));
        server.Given(Request.Create().WithPath($"{memberApps}/inst-member/chat").UsingGet()).AtPriority(10)
            .RespondWith(FakeGraph.Json(200, new JsonObject { ["id"] = "19:chat-member@unq.gbl.spaces" }));

        var guestApps = $"/v1.0/users/{GuestId}/teamwork/installedApps";
        server.Given(Request.Create().WithPath(guestApps).UsingPost()).AtPriority(10)
            .RespondWith(FakeGraph.Error(409, "Conflict", "App is already installed."));
        server.Given(Request.Create().WithPath(guestApps).UsingGet()).AtPriority(10)
            .RespondWith(FakeGraph.Json(200, new JsonObject { ["value"] = new JsonArray(new JsonObject { ["id"] = "inst-guest" }) }));
        server.Given(Request.Create().WithPath($"{guestApps}/inst-guest/chat").UsingGet()).InScenario("guest-chat").WillSetStateTo("up").AtPriority(10)
            .RespondWith(FakeGraph.Error(500, "InternalServerError", "Something went wrong."));
        server.Given(Request.Create().WithPath($"{guestApps}/inst-guest/chat").UsingGet()).InScenario("guest-chat").WhenStateIs("up").AtPriority(10)
            .RespondWith(FakeGraph.Json(200, new JsonObject { ["id"] = "19:chat-guest@unq.gbl.spaces" }));
    }

    private int Posts(string userId) => _graph.Received().Count(r => r.Method == "POST" && r.Path == $"/v1.0/users/{userId}/teamwork/installedApps");

    [Fact]
    public async Task StaffAddPeopleWhoNeverInstalledSmqBotAndEachIsInstalledAndWelcomedOrReportedWithTheReason()
    {
        var list = await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Accueil des publics", ["start"] = "2026-11-30", ["end"] = "2027-03-29", ["experts"] = TestUser.Expert.Upn,
            ["members"] = $"{TestUser.Participant.Upn}, {MemberUpn}, {GuestMail}, {Outside}",
        }));

        // The cohort is made with the two known people and the two the directory found; the outside address is reported.
        var cohort = await _bot.Service<CohortStore>().OpenAsync().SingleAsync();
        Assert.Equal([TestUser.Participant.AadObjectId, MemberId, GuestId], cohort.Members.Select(m => m.AadObjectId));
        Assert.Equal([new Invitee(Outside, AsExpert: false, "notInTenant")], cohort.Invited);
        Assert.Contains($"Injoignables : {Outside} (pas dans l'organisation)", Text(list));
        Assert.Contains("Installation en cours : 2", Text(list));
        var member = await _bot.Service<PeopleStore>().FindAsync(MemberId);
        Assert.Equal(("Membre Jamais Venu", MemberUpn, AppInstallStatus.Installing), (member!.Name, member.Email, member.AppInstall!.Status));

        // First pass: the member's installation is throttled once (Retry-After honoured), then made; the guest has it already
        // (409) but their chat fails. The member is welcomed in the chat Graph named.
        var started = DateTimeOffset.UtcNow;
        var first = await _bot.TickAsync();
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(1), "the 429's Retry-After was not waited");
        Assert.Equal(2, Posts(MemberId)); // the 429, then the 201
        var memberWelcome = Assert.Single(first, d => d.ConversationId == "19:chat-member@unq.gbl.spaces");
        Assert.Contains("Bienvenue dans la cohorte « Accueil des publics »", Text(memberWelcome.Card("install")));
        Assert.DoesNotContain(first, d => d.ConversationId.Contains("chat-guest"));
        Assert.Equal(AppInstallStatus.Installed, (await _bot.Service<PeopleStore>().FindAsync(GuestId))!.AppInstall!.Status);

        // Later passes: the guest's chat answers; nothing is installed again, nobody is welcomed twice.
        _bot.Time.Advance(TimeSpan.FromMinutes(2));
        var second = await _bot.TickAsync();
        Assert.Contains("Bienvenue dans la cohorte « Accueil des publics »", Text(Assert.Single(second, d => d.ConversationId == "19:chat-guest@unq.gbl.spaces").Card("install")));
        Assert.DoesNotContain(second, d => d.ConversationId.Contains("chat-member"));
        _bot.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(await _bot.TickAsync());
        Assert.Equal(2, Posts(MemberId));
        Assert.Equal(1, Posts(GuestId));
        Assert.DoesNotContain(_graph.Received(), r => r.Path.Contains(Outside) && r.Path.Contains("installedApps"));

        // Staff see where everyone stands.
        var cohorts = Text(await _bot.ExecuteAsync(TestUser.Staff, "cohorts.show"));
        Assert.Contains("Application installée : 4", cohorts);
        Assert.Contains($"Injoignables : {Outside} (pas dans l'organisation)", cohorts);
        Assert.DoesNotContain("Installation en cours", cohorts);
        Assert.All(_graph.Received(), r => Assert.Equal($"Bearer {FakeGraph.Token}", r.Authorization));
        var dashboard = Text(await _bot.ExecuteAsync(TestUser.Staff, "dashboard.show"));
        Assert.Contains("Pas encore joints (1)", dashboard);
        Assert.Contains($"{Outside} — Accueil des publics : pas dans l'organisation", dashboard);
    }

    [Fact]
    public async Task AnInstallationAPolicyRefusesIsReportedAndNotRetried()
    {
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/bloque@musees.example").UsingGet()).AtPriority(5)
            .RespondWith(FakeGraph.Json(200, new JsonObject { ["id"] = "aad-blocked", ["displayName"] = "Poste Verrouillé", ["userType"] = "Member" }));
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/aad-blocked/teamwork/installedApps").UsingPost()).AtPriority(5)
            .RespondWith(FakeGraph.Error(403, "Forbidden", "App installation is blocked by policy."));
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Médiation", ["start"] = "2026-11-30", ["end"] = "2027-03-29", ["experts"] = TestUser.Expert.Upn, ["members"] = "bloque@musees.example",
        }));

        await _bot.TickAsync();
        _bot.Time.Advance(TimeSpan.FromHours(1));
        await _bot.TickAsync();

        Assert.Equal(1, Posts("aad-blocked"));
        var person = await _bot.Service<PeopleStore>().FindAsync("aad-blocked");
        Assert.Equal((AppInstallStatus.Unreachable, false, "blocked"), (person!.AppInstall!.Status, person.AppInstall.Pending, person.AppInstall.Reason));
        Assert.Contains("Injoignables : Poste Verrouillé (installation bloquée par une stratégie de Teams)", Text(await _bot.ExecuteAsync(TestUser.Staff, "cohorts.show")));
    }

    [Fact]
    public async Task AnAppMissingFromTheCatalogIsReportedAsASettingToFix()
    {
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/nouvelle@musees.example").UsingGet()).AtPriority(5)
            .RespondWith(FakeGraph.Json(200, new JsonObject { ["id"] = "aad-nouvelle", ["displayName"] = "Nouvelle Recrue", ["userType"] = "Member" }));
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/aad-nouvelle/teamwork/installedApps").UsingPost()).AtPriority(5)
            .RespondWith(FakeGraph.Error(404, "NotFound", "The app was not found in the catalog."));
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Médiation", ["start"] = "2026-11-30", ["end"] = "2027-03-29", ["experts"] = TestUser.Expert.Upn, ["members"] = "nouvelle@musees.example",
        }));

        await _bot.TickAsync();

        Assert.Contains("Injoignables : Nouvelle Recrue (SmqBot absent du catalogue d'applications de l'organisation, voir le réglage Graph:AppCatalogId)",
            Text(await _bot.ExecuteAsync(TestUser.Staff, "cohorts.show")));
    }
}
