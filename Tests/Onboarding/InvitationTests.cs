using System.Text.Json.Nodes;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Onboarding;

/// <summary>
/// Local mode (no Graph): staff add people SmqBot has never met, by e-mail, to a cohort, an accompaniment and a call's
/// selection. Nothing is refused: they are kept as invited, and the moment they first install or write they join what
/// they were added to, with its welcome, and can act on it at once. Everything goes through HTTP and the bot's handlers.
/// </summary>
public sealed class InvitationTests : IAsyncLifetime
{
    private const string TeamId = "19:programme@thread.tacv2";
    // People from other museums who have never opened SmqBot: the connector knows them (their tenant's directory does).
    private static readonly TestUser Guest = new("29:guest", "aad-guest", "Invitée Ailleurs");
    private static readonly TestUser Consultant = new("29:consultant", "aad-consultant", "Consultant Externe");
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        foreach (var user in new[] { Guest, Consultant }) _bot.Connector.Members[user.TeamsId] = (user.AadObjectId, user.Name, user.Upn);
        _bot.Connector.TeamChannels.Add((TeamId, null));
        // The team's roster: staff, the expert, and the two people who never opened SmqBot (three pages).
        _bot.Connector.TeamRoster.AddRange([TestUser.Staff.TeamsId, TestUser.Expert.TeamsId, Guest.TeamsId, Consultant.TeamsId, TestUser.Participant.TeamsId]);
        await _bot.SendAsync(Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel"));
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private Task<JsonObject> CohortFormAsync(string experts, string members) => _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
    {
        ["subject"] = "Accueil des publics", ["start"] = "2026-11-30", ["end"] = "2027-03-29", ["experts"] = experts, ["members"] = members,
    });

    private static IEnumerable<FakeConnector.Delivery> To(IEnumerable<FakeConnector.Delivery> deliveries, TestUser user) =>
        deliveries.Where(d => d.ConversationId == Activities.PersonalConversationId(user) || d.ConversationId == $"a:personal-{user.TeamsId}");

    [Fact]
    public async Task AnInvitedMemberJoinsTheCohortWhenTheyInstallAndCanDefineTargetsAtOnce()
    {
        var list = await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await CohortFormAsync(TestUser.Expert.Upn, $"{TestUser.Participant.Upn}, {Guest.Upn.ToUpperInvariant()}"));

        // Created, not refused: the known member is in, the unknown address is shown as invited.
        Assert.Contains($"Personnes invitées, accueillies dès qu'elles ouvriront SmqBot : {Guest.Upn}", Text(list));
        var cohort = await _bot.Service<CohortStore>().OpenAsync().SingleAsync();
        Assert.Equal([TestUser.Participant.AadObjectId], cohort.Members.Select(m => m.AadObjectId));
        Assert.Equal([new Invitee(Guest.Upn, AsExpert: false)], cohort.Invited);
        var welcomes = await _bot.TickAsync();
        Assert.Equal(2, welcomes.Count); // the member and the expert; nobody to send to for the invited address yet
        Assert.Empty(To(welcomes, Guest));
        Assert.Contains($"{Guest.Upn} — Accueil des publics : invitation en attente de sa première visite", Text(await _bot.ExecuteAsync(TestUser.Staff, "dashboard.show")));

        // The guest installs SmqBot: the general welcome in the reply, the cohort's welcome through the outbox.
        var reply = await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, Guest));
        Assert.Contains("Bienvenue", Text(Assert.Single(reply)));
        // Enrolled by that very install: the welcome names the role it gave, not "membre de la communauté muséale".
        Assert.Contains("Vous êtes : participante ou participant", Text(Assert.Single(reply)));
        var delivered = Assert.Single(await _bot.TickAsync());
        Assert.Equal(Activities.PersonalConversationId(Guest), delivered.ConversationId);
        var welcome = delivered.Card("invitation");
        Assert.Contains("Bienvenue dans la cohorte « Accueil des publics »", Text(welcome));
        Assert.Contains(("Définir mes cibles", "targets.form"), Buttons(welcome));

        cohort = await _bot.Service<CohortStore>().OpenAsync().SingleAsync();
        Assert.Empty(cohort.Invited);
        Assert.Equal([TestUser.Participant.AadObjectId, Guest.AadObjectId], cohort.Members.Select(m => m.AadObjectId));
        Assert.Null(await _bot.Service<InvitationStore>().FindAsync(Guest.Upn));
        Assert.Contains("Pas encore joints (0)", Text(await _bot.ExecuteAsync(TestUser.Staff, "dashboard.show")));

        // They define a target straight from the welcome.
        var targets = await _bot.ExecuteAsync(Guest, "targets.save", await _bot.FilledFormAsync(Guest, "targets.form", new()
        {
            ["what"] = "Accueillir les groupes scolaires", ["indicator"] = "Groupes par mois", ["baseline"] = "2", ["goal"] = "6", ["due"] = "2027-03-01",
        }, ActionData(welcome)));
        Assert.Contains("Accueillir les groupes scolaires", Text(targets));
        var participation = (await _bot.Service<CohortStore>().ReadParticipationAsync(cohort.Id, Guest.AadObjectId))?.Value;
        Assert.Equal("Accueillir les groupes scolaires", Assert.Single(participation!.Targets).What);

        // Installing again (Teams announces twice) welcomes nobody twice.
        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, Guest), expectedCards: 0);
        Assert.Empty(await _bot.TickAsync());
    }

    [Fact]
    public async Task AnExpertOfACohortWhoseMembersAreAllStillToComeIsToldSo()
    {
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await CohortFormAsync(TestUser.Expert.Upn, Guest.Upn));
        var expert = Text(Assert.Single(To(await _bot.TickAsync(), TestUser.Expert)).Card("expert-no-members"));
        Assert.Contains("Ses membres n'ont pas encore rejoint SmqBot : ils apparaîtront ici à leur arrivée.", expert);
        Assert.DoesNotContain("Membres :\n", expert + "\n");
    }

    [Fact]
    public async Task AnInvitedExpertWhoOnlyWritesIsEnrolledFromTheirFirstMessage()
    {
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await CohortFormAsync(Consultant.Upn, TestUser.Participant.Upn));
        await _bot.TickAsync();

        // No installation: they write to SmqBot from a chat (the connector names their address).
        await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, Consultant, "aide"));
        var cohort = await _bot.Service<CohortStore>().OpenAsync().SingleAsync();
        Assert.Equal([Consultant.AadObjectId], cohort.Experts.Select(e => e.AadObjectId));
        Assert.Empty(cohort.Invited);
        var delivered = Assert.Single(await _bot.TickAsync());
        Assert.Contains("Vous accompagnez la cohorte « Accueil des publics »", Text(delivered.Card("invitation")));
        Assert.Contains(Role.Expert, (await _bot.Service<PeopleStore>().FindAsync(Consultant.AadObjectId))!.Roles);
    }

    [Fact]
    public async Task AnAccompanimentWithTwoInvitedPeopleStartsWhenTheSecondComes()
    {
        var list = await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", await _bot.FilledFormAsync(TestUser.Staff, "coaching.form", new()
        {
            ["institution"] = "Musée de la Gaspésie", ["region"] = "Gaspésie–Îles-de-la-Madeleine", ["coached"] = Guest.Upn, ["expert"] = Consultant.Upn,
            ["axis"] = "Audiences", ["budget"] = "15", ["start"] = "2026-12-01", ["end"] = "2027-03-31",
        }));
        Assert.Contains("Accompagnements en attente", Text(list));
        Assert.Contains($"En attente de : {Guest.Upn}, {Consultant.Upn}", Text(list));
        Assert.Empty(await _bot.Service<AccompanimentStore>().OpenAsync().ToListAsync());

        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, Guest));
        Assert.Empty(await _bot.Service<AccompanimentStore>().OpenAsync().ToListAsync());
        Assert.Contains($"En attente de : {Consultant.Upn}", Text(await _bot.ExecuteAsync(TestUser.Staff, "coaching.show")));

        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, Consultant));
        var a = Assert.Single(await _bot.Service<AccompanimentStore>().OpenAsync().ToListAsync());
        Assert.Equal((Guest.AadObjectId, Consultant.AadObjectId), (a.CoachedPerson.AadObjectId, a.Expert.AadObjectId));
        Assert.Equal(TestUser.Staff.AadObjectId, a.StaffOwner.AadObjectId);
        var welcomes = await _bot.TickAsync();
        Assert.Single(To(welcomes, Guest));
        Assert.Single(To(welcomes, Consultant));
        var coaching = Text(await _bot.ExecuteAsync(TestUser.Staff, "coaching.show"));
        Assert.DoesNotContain("Accompagnements en attente", coaching);
        Assert.Contains("Application installée : 2 · Messages d'accueil remis : 2", coaching);
    }

    [Fact]
    public async Task StaffPickMembersFromTheTeamsRosterWithoutTypingAddresses()
    {
        var form = await _bot.ExecuteAsync(TestUser.Staff, "cohorts.form");
        // Private by default (Law 25, s. 9.1): the digest goes to the experts unless staff choose the channel.
        Assert.Equal("false", (string?)Inputs(form)["digestInChannel"]["value"]);
        var picker = Inputs(form)["pickedMembers"];
        Assert.True((bool?)picker["isMultiSelect"]);
        var offered = picker["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!)).ToList();
        Assert.Contains(($"{Guest.Name} ({Guest.Upn})", Guest.AadObjectId), offered);
        Assert.Equal(5, offered.Count); // every page of the roster

        // An id no roster offered is refused, and nothing is created.
        var forged = await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Accueil des publics", ["start"] = "2026-11-30", ["end"] = "2027-03-29", ["experts"] = TestUser.Expert.Upn,
            ["pickedMembers"] = $"{Guest.AadObjectId},aad-someone-else",
        });
        Assert.Contains("Choisissez « Membres choisis dans l'équipe » parmi les choix offerts.", Text(await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", forged)));
        Assert.Empty(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());

        forged["pickedMembers"] = $"{Guest.AadObjectId},{Consultant.AadObjectId}";
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", forged);
        var cohort = await _bot.Service<CohortStore>().OpenAsync().SingleAsync();
        Assert.Equal([Guest.AadObjectId, Consultant.AadObjectId], cohort.Members.Select(m => m.AadObjectId));
        Assert.Equal(Guest.Upn, cohort.Members[0].Email);

        // Neither has installed SmqBot: the roster says how to open a chat with them, and the welcome goes there.
        var welcomes = await _bot.TickAsync();
        Assert.Contains("Bienvenue dans la cohorte « Accueil des publics »", Text(Assert.Single(welcomes, d => d.ConversationId == $"a:personal-{Guest.TeamsId}").Card("roster")));
        Assert.Single(welcomes, d => d.ConversationId == $"a:personal-{Consultant.TeamsId}");
    }

    [Fact]
    public async Task SomeoneWhoOnlyEverWroteInAChannelIsReachedInAPersonalChat()
    {
        // They mention SmqBot in the team's channel; they never installed the personal app.
        var mention = Activities.Message(_bot.ServiceUrl, Guest, "<at>SmqBot</at> aide");
        mention["conversation"] = new JsonObject { ["id"] = $"{TeamId};messageid=1", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Activities.TenantId };
        mention["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = TeamId }, ["tenant"] = new JsonObject { ["id"] = Activities.TenantId } };
        await _bot.SendAsync(mention);
        _bot.Connector.Clear();

        // Staff add them by address: known (the connector named it on their first message), so enrolled, not invited.
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await CohortFormAsync(TestUser.Expert.Upn, Guest.Upn));
        var cohort = await _bot.Service<CohortStore>().OpenAsync().SingleAsync();
        Assert.Equal([Guest.AadObjectId], cohort.Members.Select(m => m.AadObjectId));
        Assert.Empty(cohort.Invited);
        var welcome = Assert.Single(await _bot.TickAsync(), d => d.ConversationId == $"a:personal-{Guest.TeamsId}");
        // That conversation exists only because the outbox opened it (POST /v3/conversations with their Teams user id).
        Assert.Contains("Bienvenue dans la cohorte « Accueil des publics »", Text(welcome.Card("channel-writer")));
    }

    [Fact]
    public async Task TheRosterFollowsPeopleJoiningAndLeavingTheTeam()
    {
        var newcomer = TestUser.Newcomer;
        JsonObject Membership(string eventType, string list) => new()
        {
            ["type"] = "conversationUpdate", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "msteams", ["serviceUrl"] = _bot.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = TestUser.Staff.TeamsId, ["aadObjectId"] = TestUser.Staff.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "SmqBot" },
            ["conversation"] = new JsonObject { ["id"] = TeamId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Activities.TenantId },
            [list] = new JsonArray(new JsonObject { ["id"] = newcomer.TeamsId, ["aadObjectId"] = newcomer.AadObjectId }),
            ["channelData"] = new JsonObject { ["eventType"] = eventType, ["team"] = new JsonObject { ["id"] = TeamId }, ["tenant"] = new JsonObject { ["id"] = Activities.TenantId } },
        };
        static IEnumerable<string> Offered(JsonObject form) => Inputs(form)["pickedMembers"]["choices"]!.AsArray().Select(c => (string)c!["value"]!);

        Assert.DoesNotContain(newcomer.AadObjectId, Offered(await _bot.ExecuteAsync(TestUser.Staff, "cohorts.form")));
        await _bot.SendAsync(Membership("teamMemberAdded", "membersAdded"), expectedCards: 0);
        Assert.Contains(newcomer.AadObjectId, Offered(await _bot.ExecuteAsync(TestUser.Staff, "cohorts.form")));
        await _bot.SendAsync(Membership("teamMemberRemoved", "membersRemoved"), expectedCards: 0);
        Assert.DoesNotContain(newcomer.AadObjectId, Offered(await _bot.ExecuteAsync(TestUser.Staff, "cohorts.form")));
    }
}
