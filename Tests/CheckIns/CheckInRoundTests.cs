using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Bot.Features.CheckIns;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.CheckIns;

/// <summary>
/// A check-in round as the members and the expert live it: the scheduler (on fake time) queues the cards, the outbox
/// worker delivers them through the real adapter to the fake connector, members answer from the card, the silent one
/// gets one reminder, the expert's channel gets the digest.
/// </summary>
public sealed class CheckInRoundTests : IAsyncLifetime
{
    private const string CohortId = "c-2026-publics";
    private const string Channel = "19:cohorte-publics@thread.tacv2";
    private static readonly TestUser Third = TestUser.Third;
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        TestUser[] members = [TestUser.Participant, TestUser.Newcomer, Third];
        foreach (var member in members) await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, member));
        var cohorts = _bot.Service<CohortStore>();
        await cohorts.CreateAsync(new Cohort
        {
            Id = CohortId, Subject = "Connaissance des publics", FiscalYear = "2026-2027", TenantId = Activities.TenantId,
            Start = new(2026, 11, 30), End = new(2027, 3, 29),
            Experts = [new(TestUser.Expert.AadObjectId, TestUser.Expert.Name)],
            Members = [.. members.Select(m => new PersonRef(m.AadObjectId, m.Name))],
            CollectiveTargets = [new Target { Id = "ct1", What = "Musées ayant sondé leurs publics", Indicator = "Musées", Baseline = 0, Goal = 3, Due = new(2027, 3, 29) }],
            Channel = new ConversationAddress(_bot.ServiceUrl, "msteams", Channel, Activities.TenantId, Activities.BotId, null),
            DigestInChannel = true, // staff chose the channel (the default is the experts, privately)
        });
        foreach (var member in members)
            await cohorts.UpdateParticipationAsync(CohortId, member.AadObjectId, _ => new Participation
            {
                CourseId = CohortId, AadObjectId = member.AadObjectId, Name = member.Name, CourseTitle = "Connaissance des publics",
                Start = new(2026, 11, 30), End = new(2027, 3, 29), Cadence = new Cadence(), // as enrolment copies it from the cohort
                Targets = [new Target { Id = "t1", What = "Sonder les visiteurs", Indicator = "Réponses", Baseline = 0, Goal = 100, Due = new(2027, 3, 29) }],
            });
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private Task<IReadOnlyList<FakeConnector.Delivery>> TickAsync(params CheckInScheduler[] schedulers) => _bot.TickAsync(schedulers);

    private static JsonObject CardOf(FakeConnector.Delivery delivery) => delivery.Card("checkin-round");

    private static JsonObject Answer(string obstacle = "", bool share = true) => new()
    {
        ["cohort"] = CohortId, ["nonce"] = "round-0", ["round"] = 0, ["t_t1"] = "20", ["obstacles"] = obstacle, ["confidence"] = "3",
        ["shareObstacles"] = share ? "true" : "false",
    };

    [Fact]
    public async Task ObstaclesAMemberKeepsPrivateNeverReachTheChannelAndTheExpertStillGetsThem()
    {
        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Expert));
        _bot.Time.SetUtcNow(new(2026, 11, 30, 14, 0, 10, TimeSpan.Zero));
        var prompt = CardOf(Assert.Single(await TickAsync(), d => d.ConversationId == Activities.PersonalConversationId(TestUser.Participant)));
        // The card says what the channel digest shows and offers the choice, off by default.
        Assert.Contains("Vos obstacles n'y figurent que si vous cochez la case", Text(prompt));
        Assert.Equal("false", (string?)Inputs(prompt)["shareObstacles"]["value"]);

        await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer("Conflit avec la direction.", share: false));
        await _bot.ExecuteAsync(TestUser.Newcomer, "checkin.submit", Answer("Peu de répondants en semaine.", share: true));
        _bot.Time.Advance(TimeSpan.FromDays(3));
        var digests = await TickAsync();

        var channel = Text(CardOf(Assert.Single(digests, d => d.ConversationId == Channel)));
        Assert.Contains("Nouvelle Personne: Peu de répondants en semaine.", channel);
        Assert.DoesNotContain("Conflit avec la direction.", channel);
        var expert = Text(CardOf(Assert.Single(digests, d => d.ConversationId == Activities.PersonalConversationId(TestUser.Expert))));
        Assert.Contains("Participante Exemple: Conflit avec la direction.", expert);
        Assert.Contains("Nouvelle Personne: Peu de répondants en semaine.", expert);
    }

    [Fact]
    public async Task ARoundPromptsEveryoneRemindsTheSilentOnceAndSendsTheExpertADigest()
    {
        _bot.Time.SetUtcNow(new(2026, 11, 30, 13, 59, 0, TimeSpan.Zero));          // 8:59 in Toronto
        Assert.Empty(await TickAsync());

        _bot.Time.SetUtcNow(new(2026, 11, 30, 14, 0, 30, TimeSpan.Zero));          // 9:00:30 in Toronto
        var second = ActivatorUtilities.CreateInstance<CheckInScheduler>(_bot.Services);
        var prompts = await TickAsync(_bot.Service<CheckInScheduler>(), second); // two instances at once
        Assert.Equal(
            new[] { TestUser.Participant, TestUser.Newcomer, Third }.Select(Activities.PersonalConversationId).Order(),
            prompts.Select(d => d.ConversationId).Order());
        Assert.All(prompts, p => Assert.StartsWith("Bilan : Connaissance des publics", Text(CardOf(p))));
        Assert.Empty(await TickAsync());                                         // a minute later: nothing twice

        await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer());
        await _bot.ExecuteAsync(TestUser.Newcomer, "checkin.submit", Answer("Peu de répondants en semaine."));

        _bot.Time.Advance(TimeSpan.FromDays(2));
        var reminders = await TickAsync();
        var reminder = Assert.Single(reminders);
        Assert.Equal(Activities.PersonalConversationId(Third), reminder.ConversationId);
        Assert.Contains("Petit rappel : votre bilan de cette ronde n'est pas encore arrivé.", Text(CardOf(reminder)));
        _bot.Time.Advance(TimeSpan.FromHours(12));
        Assert.Empty(await TickAsync());                                         // one reminder, then nothing

        _bot.Time.Advance(TimeSpan.FromHours(12));
        var digest = Assert.Single(await TickAsync());
        Assert.Equal(Channel, digest.ConversationId);
        var text = Text(CardOf(digest));
        Assert.StartsWith("Résumé des bilans du 30 novembre 2026 : Connaissance des publics", text);
        Assert.Contains("2 bilans sur 3 membres", text);
        Assert.Contains("Participante Exemple, Nouvelle Personne", text);
        Assert.Contains("Sans bilan : Troisième Membre", text);
        Assert.Contains("Musées ayant sondé leurs publics: 0 → 3", text);
        Assert.Contains("Nouvelle Personne: Peu de répondants en semaine.", text);
        Assert.Empty(await TickAsync());
    }

    [Fact]
    public async Task AMemberWhoCheckedInOnTheirOwnJustBeforeTheRoundIsNotPrompted()
    {
        _bot.Time.SetUtcNow(new(2026, 11, 28, 15, 0, 0, TimeSpan.Zero));          // the Saturday before
        var own = Answer();
        own.Remove("round");
        own["nonce"] = "own-1";
        await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", own);

        _bot.Time.SetUtcNow(new(2026, 11, 30, 14, 1, 0, TimeSpan.Zero));
        var prompts = await TickAsync();

        Assert.Equal(2, prompts.Count);
        Assert.DoesNotContain(prompts, p => p.ConversationId == Activities.PersonalConversationId(TestUser.Participant));
    }

    [Fact]
    public async Task AClosedCohortAndACohortPastItsEndGetNoNewRound()
    {
        _bot.Time.SetUtcNow(new(2026, 11, 30, 14, 1, 0, TimeSpan.Zero));
        await _bot.Service<CohortStore>().UpdateAsync(CohortId, c => c with { Closed = true });
        Assert.Empty(await TickAsync());

        await _bot.Service<CohortStore>().UpdateAsync(CohortId, c => c with { Closed = false, End = new(2026, 11, 29) });
        _bot.Time.SetUtcNow(new(2026, 12, 14, 14, 1, 0, TimeSpan.Zero));
        Assert.Empty(await TickAsync());
    }
}
