using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Documents;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.CheckIns;

public sealed class CheckInSubmissionTests : IAsyncLifetime
{
    private const string CohortId = "c-2026-accueil";
    private readonly CountingDatabase _store;
    private readonly BotApp _bot;

    public CheckInSubmissionTests()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("smqbot-checkin-").FullName, "smqbot.db");
        _store = new CountingDatabase(SqliteDocumentDatabase.ForFile(path));
        // Background work (outbox, scheduler) is off: the counts must be the submission's own.
        _bot = new BotApp(new(BackgroundWork.DrivenByTheTest()) { ["Sqlite:Path"] = path },
            services => services.AddSingleton<IDocumentDatabase>(_store));
    }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        var cohorts = _bot.Service<CohortStore>();
        CardReader.People(["Améliorer l'accueil au comptoir"]);     // the member's own words, kept as typed
        await cohorts.UpdateParticipationAsync(CohortId, TestUser.Participant.AadObjectId, _ => new Participation
        {
            CourseId = CohortId,
            AadObjectId = TestUser.Participant.AadObjectId,
            Name = TestUser.Participant.Name,
            CourseTitle = "Accueil et service à la clientèle",
            Start = new(2026, 9, 7),
            End = new(2027, 3, 31),
            // Every two weeks from Monday 7 September at 9:00: by the test's 24 November, rounds 0 to 5 have gone out.
            Cadence = new Cadence(),
            Targets =
            [
                new Target { Id = "t1", What = "Accueillir plus de groupes scolaires", Indicator = "Groupes par mois", Unit = "groupes", Baseline = 4, Goal = 8, Due = new(2027, 3, 31) },
                new Target { Id = "t2", What = "Améliorer l'accueil au comptoir", Indicator = "Appréciation", Kind = MeasureKind.Scale, Baseline = 2, Goal = 4, Due = new(2027, 3, 31) },
            ],
        });
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private static JsonObject Answer(string nonce = "n1", int? round = 0) => new()
    {
        ["cohort"] = CohortId, ["nonce"] = nonce, ["round"] = round,
        ["t_t1"] = "6", ["t_t2"] = "3", ["applied"] = "Nouvel accueil des groupes le mardi.", ["obstacles"] = "Manque de bénévoles.", ["confidence"] = "4",
    };

    private async Task<Participation> StoredAsync() =>
        (await _bot.Service<CohortStore>().ReadParticipationAsync(CohortId, TestUser.Participant.AadObjectId))!.Value;

    [Fact]
    public async Task ACheckInRecordsEachTargetsValueAndTheCardSaysHowManyAreOnTrack()
    {
        var card = await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer());

        var text = Text(card);
        Assert.StartsWith("Bilan enregistré\nBilan : Accueil et service à la clientèle\n2 cibles sur 2 en bonne voie", text);
        Assert.Contains("Accueillir plus de groupes scolaires: 6 groupes", text);
        Assert.Contains("Améliorer l'accueil au comptoir: 3/5", text);
        var stored = await StoredAsync();
        var checkIn = Assert.Single(stored.CheckIns);
        Assert.Equal(("round-0", 0, 4, "Nouvel accueil des groupes le mardi.", "Manque de bénévoles."), (checkIn.Id, checkIn.Round, checkIn.Confidence, checkIn.Applied, checkIn.Obstacles));
        Assert.Equal([new Progress("t1", 6), new Progress("t2", 3)], checkIn.Progress);
        Assert.Equal([6.0], stored.Targets[0].History.Select(h => h.Value));
        Assert.Equal(_bot.Time.GetUtcNow(), checkIn.At);
    }

    [Fact]
    public async Task ACheckInCostsOnePointReadAndOneWrite()
    {
        _store.Reset();

        await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer());

        Assert.Equal(new Dictionary<string, int> { ["read"] = 1, ["write"] = 1 }, _store.Calls);
    }

    [Fact]
    public async Task TheSameCardSentTwiceCountsOnce()
    {
        await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer());
        _bot.Time.Advance(TimeSpan.FromSeconds(2));

        var again = await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer());

        Assert.Contains("Ce bilan était déjà enregistré : il compte une fois.", Text(again));
        Assert.Single((await StoredAsync()).CheckIns);
        Assert.Single((await StoredAsync()).Targets[0].History);
    }

    [Fact]
    public async Task AnOwnCheckInBetweenRoundsIsKeptBesideTheRounds()
    {
        await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer());
        _bot.Time.Advance(TimeSpan.FromDays(14));

        var card = await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer(nonce: "own-1", round: null), "en-US");

        Assert.Contains("Last check-in 14 days ago.", Text(card));
        Assert.Equal(["round-0", "own-1"], (await StoredAsync()).CheckIns.Select(c => c.Id));
    }

    public static TheoryData<string, string?, string> BadAnswers => new()
    {
        { "t_t1", "beaucoup", "La valeur donnée pour « Accueillir plus de groupes scolaires » n'est pas acceptée" },
        { "t_t2", "6", "La valeur donnée pour « Améliorer l'accueil au comptoir » n'est pas acceptée" },
        { "t_t2", "2.5", "La valeur donnée pour « Améliorer l'accueil au comptoir » n'est pas acceptée" },
        { "t_someone-elses", "3", "Je ne reconnais pas cette action." },
        { "applied", new string('a', 1001), "« Ce que vous avez appliqué sur le terrain depuis la dernière rencontre » dépasse 1 000 caractères." },
        { "obstacles", new string('o', 1001), "« Obstacles rencontrés » dépasse 1 000 caractères." },
        { "confidence", "9", "Indiquez votre confiance, de 1 à 5." },
        { "confidence", null, "Indiquez votre confiance, de 1 à 5." },
        { "cohort", "c-another-cohort", "Vous ne faites pas partie de cette cohorte." },
        { "cohort", "../../etc", "Je ne reconnais pas cette action." },
        { "round", "\"abc\"", "Je ne reconnais pas cette action." },
        // Rounds that were never sent used to be stored and counted as answered: the member was then never prompted.
        { "round", "6", "Cette ronde de bilans n'a pas été envoyée" },   // due 30 November, after the test's today
        { "round", "9999", "Cette ronde de bilans n'a pas été envoyée" }, // beyond the cohort's end
        { "round", "-1", "Je ne reconnais pas cette action." },
    };

    [Fact]
    public async Task ARoundThatHasGoneOutCanStillBeAnsweredLate()
    {
        var card = await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer(round: 3));

        Assert.Contains("Bilan enregistré", Text(card));
        Assert.Equal(3, Assert.Single((await StoredAsync()).CheckIns).Round);
    }

    [Fact]
    public async Task AnAccompanimentHasNoRoundsToAnswer()
    {
        await _bot.Service<CohortStore>().UpdateParticipationAsync(CohortId, TestUser.Participant.AadObjectId, p => p! with { Cadence = null });

        var card = await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer(round: 0));

        Assert.Contains("Cette ronde de bilans n'a pas été envoyée", Text(card));
        Assert.Empty((await StoredAsync()).CheckIns);
    }

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task BadInputGetsAClearAnswerAndChangesNothing(string field, string? value, string message)
    {
        var answer = Answer();
        answer[field] = field == "round" ? JsonNode.Parse(value!) : value;

        var card = await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", answer);

        Assert.Contains(message, Text(card));
        var stored = await StoredAsync();
        Assert.Empty(stored.CheckIns);
        Assert.All(stored.Targets, t => Assert.Empty(t.History));
    }

    [Fact]
    public async Task SomeoneOutsideTheCohortCannotCheckInWithItsId()
    {
        var card = await _bot.ExecuteAsync(TestUser.Newcomer, "checkin.submit", Answer());

        Assert.Contains("Vous ne faites pas partie de cette cohorte.", Text(card));
        Assert.Empty((await StoredAsync()).CheckIns);
    }

    [Fact]
    public async Task AClosedCohortTakesNoMoreCheckIns()
    {
        await _bot.Service<CohortStore>().UpdateParticipationAsync(CohortId, TestUser.Participant.AadObjectId, p => p! with { CourseOpen = false });

        var card = await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer(), "en-US");

        Assert.Contains("This cohort has ended: it no longer takes check-ins.", Text(card));
        Assert.Empty((await StoredAsync()).CheckIns);
    }

    [Fact]
    public async Task AMemberAtTheCheckInLimitIsRefusedAndNothingOldIsDropped()
    {
        await _bot.Service<CohortStore>().UpdateParticipationAsync(CohortId, TestUser.Participant.AadObjectId, p => p! with
        {
            CheckIns = [.. Enumerable.Range(0, Participation.MaxCheckIns).Select(i => new CheckIn($"own-{i}", null, DateTimeOffset.UnixEpoch.AddDays(i), [], null, null, 3))],
        });

        var card = await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", Answer(nonce: "one-more", round: null));

        Assert.Contains("Vous avez atteint la limite de 100 bilans dans cette cohorte : rien n'a été enregistré.", Text(card));
        var stored = await StoredAsync();
        Assert.Equal(Enumerable.Range(0, Participation.MaxCheckIns).Select(i => $"own-{i}"), stored.CheckIns.Select(c => c.Id));
        Assert.All(stored.Targets, t => Assert.Empty(t.History));
    }
}
