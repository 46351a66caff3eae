using System.Text.Json.Nodes;
using SmqBot.Data.Cohorts;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.CheckIns;

public sealed class TargetsTests : IAsyncLifetime
{
    private const string CohortId = "c-2026-durable";
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        await _bot.Service<CohortStore>().UpdateParticipationAsync(CohortId, TestUser.Participant.AadObjectId, _ => new Participation
        {
            CourseId = CohortId, AadObjectId = TestUser.Participant.AadObjectId, Name = TestUser.Participant.Name,
            CourseTitle = "Développement durable", Start = new(2026, 9, 7), End = new(2027, 3, 31),
        });
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private static JsonObject NewTarget(string what = "Réduire les déchets de l'accueil", string kind = "number", string goal = "20", string due = "2027-03-01") => new()
    {
        ["cohort"] = CohortId, ["what"] = what, ["indicator"] = "Kilos par semaine", ["kind"] = kind, ["unit"] = "kg", ["baseline"] = "35", ["goal"] = goal, ["due"] = due,
    };

    private async Task<Participation> StoredAsync() =>
        (await _bot.Service<CohortStore>().ReadParticipationAsync(CohortId, TestUser.Participant.AadObjectId))!.Value;

    [Fact]
    public async Task AMemberSeesTheirCohortAndDefinesATargetFromTheForm()
    {
        var empty = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "mes cibles")));
        Assert.Contains("Développement durable\nAucune cible encore : définissez-en de 1 à 5 pour mesurer vos progrès.", Text(empty));
        Assert.Equal([("Ajouter une cible", "targets.form"), ("Faire un bilan", "checkin.form")], Buttons(empty));     // no target yet: defining one first

        var form = await _bot.ExecuteAsync(TestUser.Participant, "targets.form", new() { ["cohort"] = CohortId });
        Assert.StartsWith("Nouvelle cible\nDéveloppement durable", Text(form));                                          // for which course
        Assert.Equal([("Enregistrer la cible", "targets.save")], Buttons(form));

        var saved = await _bot.ExecuteAsync(TestUser.Participant, "targets.save", NewTarget());

        Assert.Contains("Réduire les déchets de l'accueil (en cours)", Text(saved));
        Assert.Contains("Kilos par semaine · dernière valeur : 35 kg · cible : 20 kg d'ici le 1er mars 2027", Text(saved));
        var target = Assert.Single((await StoredAsync()).Targets);
        Assert.Equal(("t1", MeasureKind.Number, "kg", 35.0, 20.0, new DateOnly(2027, 3, 1)), (target.Id, target.Kind, target.Unit, target.Baseline, target.Goal, target.Due));
    }

    [Fact]
    public async Task FiveTargetsAtMost()
    {
        for (var i = 0; i < 5; i++) await _bot.ExecuteAsync(TestUser.Participant, "targets.save", NewTarget($"Cible {i}"));

        var sixth = await _bot.ExecuteAsync(TestUser.Participant, "targets.save", NewTarget("Sixième"));
        var form = await _bot.ExecuteAsync(TestUser.Participant, "targets.form", new() { ["cohort"] = CohortId }, "en-US");

        Assert.Contains("Vous avez déjà 5 cibles : c'est le maximum.", Text(sixth));
        Assert.Contains("You already have 5 targets, the maximum.", Text(form));
        Assert.Equal(5, (await StoredAsync()).Targets.Count);
    }

    [Fact]
    public async Task AnAbandonedTargetFreesItsPlaceAndAnAchievedOneIsKept()
    {
        for (var i = 0; i < 5; i++) await _bot.ExecuteAsync(TestUser.Participant, "targets.save", NewTarget($"Cible {i}"));

        await _bot.ExecuteAsync(TestUser.Participant, "targets.achieved", new() { ["cohort"] = CohortId, ["target"] = "t1" });
        var card = await _bot.ExecuteAsync(TestUser.Participant, "targets.abandoned", new() { ["cohort"] = CohortId, ["target"] = "t2" });

        Assert.Contains("Cible 0 (atteinte)", Text(card));
        Assert.Contains("Cible 1 (abandonnée)", Text(card));
        Assert.Contains(("Ajouter une cible", "targets.form"), Buttons(card));
        await _bot.ExecuteAsync(TestUser.Participant, "targets.save", NewTarget("Remplaçante"));
        Assert.Equal("t6", (await StoredAsync()).Targets[^1].Id);
    }

    public static TheoryData<string, string?, string> BadTargets => new()
    {
        { "what", "", "Indiquez « Ce que vous voulez améliorer »." },
        { "what", new string('x', 201), "« Ce que vous voulez améliorer » dépasse 200 caractères." },
        { "unit", new string('u', 31), "« Unité (pour un nombre) » dépasse 30 caractères." },
        { "baseline", "beaucoup", "La valeur donnée pour « Point de départ » n'est pas acceptée" },
        { "due", "2027-06-01", "L'échéance doit tomber pendant la cohorte." },
        { "due", "demain", "« Échéance » attend une date." },
        { "kind", "pourcentage", "Choisissez « Mesure » parmi les choix offerts." },
        { "cohort", "c-pas-la-mienne", "Vous ne faites pas partie de cette cohorte." },
    };

    [Theory]
    [MemberData(nameof(BadTargets))]
    public async Task BadTargetsGetAClearAnswerAndChangeNothing(string field, string? value, string message)
    {
        var target = NewTarget();
        target[field] = value;

        var card = await _bot.ExecuteAsync(TestUser.Participant, "targets.save", target);

        Assert.Contains(message, Text(card));
        Assert.Empty((await StoredAsync()).Targets);
    }

    [Fact]
    public async Task AScaleTargetTakesOneToFiveOnly()
    {
        var target = NewTarget(kind: "scale", goal: "7");
        target["baseline"] = "2";

        var card = await _bot.ExecuteAsync(TestUser.Participant, "targets.save", target);

        Assert.Contains("La valeur donnée pour « Cible » n'est pas acceptée", Text(card));
        Assert.Empty((await StoredAsync()).Targets);
    }

    [Fact]
    public async Task NobodyCanSettleAnotherMembersTarget()
    {
        await _bot.ExecuteAsync(TestUser.Participant, "targets.save", NewTarget());

        var card = await _bot.ExecuteAsync(TestUser.Newcomer, "targets.achieved", new() { ["cohort"] = CohortId, ["target"] = "t1" });

        Assert.Contains("Vous ne faites pas partie de cette cohorte.", Text(card));
        Assert.Equal(TargetState.Active, (await StoredAsync()).Targets[0].State);
    }

    [Fact]
    public async Task AMemberChecksInWheneverTheyLikeFromTheirTargets()
    {
        await _bot.ExecuteAsync(TestUser.Participant, "targets.save", NewTarget());

        var form = await _bot.ExecuteAsync(TestUser.Participant, "checkin.form", new() { ["cohort"] = CohortId });
        var data = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        data["t_t1"] = "30";
        data["confidence"] = "4";
        var summary = await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", data);

        Assert.StartsWith("Bilan enregistré", Text(summary));
        var checkIn = Assert.Single((await StoredAsync()).CheckIns);
        Assert.Null(checkIn.Round);
        Assert.Equal([30.0], (await StoredAsync()).Targets[0].History.Select(h => h.Value));
    }

    [Fact]
    public async Task SomeoneInNoCohortIsToldSo()
    {
        var card = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "my targets", "en-US")));
        Assert.Contains("You are not in any cohort yet.", Text(card));
    }

    [Fact]
    public async Task MyTargetsShowsAProgressChartOnceValuesAreReported()
    {
        await _bot.ExecuteAsync(TestUser.Participant, "targets.save", NewTarget());
        await _bot.ExecuteAsync(TestUser.Participant, "targets.save", NewTarget("Plus de visiteurs scolaires", kind: "scale", goal: "4") .Also(t => t["baseline"] = "1"));
        foreach (var (week, kilos, scale) in new[] { (1, "32", "2"), (3, "27", "3"), (5, "24", "3") })
        {
            _bot.Time.Advance(TimeSpan.FromDays(7 * week));
            var form = await _bot.ExecuteAsync(TestUser.Participant, "checkin.form", new() { ["cohort"] = CohortId });
            var data = form["actions"]![0]!["data"]!.DeepClone().AsObject();
            data["t_t1"] = kilos;
            data["t_t2"] = scale;
            data["confidence"] = "4";
            await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", data);
        }

        var card = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "mes cibles")));

        var image = card["body"]![1]!["items"]!.AsArray().Single(e => (string?)e!["type"] == "Image")!;
        Assert.StartsWith("Graphique : pour chaque cible", Plain((string)image["altText"]!));
        // The chart is served behind a link minted for this member: a real PNG within what Teams shows.
        var response = await _bot.CreateClient().GetAsync(new Uri((string)image["url"]!).PathAndQuery);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Directory.CreateDirectory(Path.Combine(Repo.Root, "artifacts", "charts"));
        File.WriteAllBytes(Path.Combine(Repo.Root, "artifacts", "charts", "progress.png"), png);     // kept to look at, on both themes (check-accessibility.mjs)
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.True(png.Length < 1024 * 1024, $"{png.Length} bytes");
        var (width, height) = (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.True(width <= 1024 && height <= 1024, $"{width}×{height}");
        Assert.Equal(404, (int)(await _bot.CreateClient().GetAsync(new Uri((string)image["url"]!).PathAndQuery[..^4] + "AAAA")).StatusCode);
        Assert.True(card.ToJsonString().Length < 20_000, $"the card is {card.ToJsonString().Length} characters: small enough for Teams");
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject o, Action<JsonObject> change) { change(o); return o; }
}

public sealed class TargetEditingTests : IAsyncLifetime
{
    private const string CohortId = "c-2026-edit";
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        await _bot.Service<CohortStore>().UpdateParticipationAsync(CohortId, TestUser.Participant.AadObjectId, _ => new Participation
        {
            CourseId = CohortId, AadObjectId = TestUser.Participant.AadObjectId, Name = TestUser.Participant.Name,
            CourseTitle = "Gestion organisationnelle", Start = new(2026, 9, 7), End = new(2027, 3, 31),
            Targets = [new Target { Id = "t1", What = "Réunions plus courtes", Indicator = "Minutes", Unit = "min", Baseline = 90, Goal = 45, Due = new(2027, 3, 1), History = [new(new(2026, 10, 1, 14, 0, 0, TimeSpan.Zero), 80)] }],
        });
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private async Task<Target> StoredAsync() =>
        (await _bot.Service<CohortStore>().ReadParticipationAsync(CohortId, TestUser.Participant.AadObjectId))!.Value.Targets.Single();

    [Fact]
    public async Task AMemberEditsATargetFromThePrefilledFormAndKeepsItsHistory()
    {
        var form = await _bot.ExecuteAsync(TestUser.Participant, "targets.form", new() { ["cohort"] = CohortId, ["target"] = "t1" });
        Assert.StartsWith("Modifier la cible", Text(form));
        Assert.Equal("Réunions plus courtes", (string?)Inputs(form)["what"]["value"]);
        var inputs = form["body"]!.AsArray().Where(e => e!["id"] is not null).ToDictionary(e => (string)e!["id"]!, e => e!["value"]?.ToString());
        Assert.Equal(("Minutes", "min", "90", "45", "2027-03-01"), (inputs["indicator"], inputs["unit"], inputs["baseline"], inputs["goal"], inputs["due"]));

        var data = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in inputs) data[key] = value;
        data["goal"] = "60";
        var card = await _bot.ExecuteAsync(TestUser.Participant, "targets.save", data);

        Assert.Contains("cible : 60 min d'ici le 1er mars 2027", Text(card));
        var target = await StoredAsync();
        Assert.Equal((60.0, 1, "t1"), (target.Goal, target.History.Count, target.Id));
    }

    [Fact]
    public async Task ATargetWithValuesKeepsItsMeasure()
    {
        var data = new System.Text.Json.Nodes.JsonObject
        {
            ["cohort"] = CohortId, ["target"] = "t1", ["what"] = "Réunions plus courtes", ["indicator"] = "Qualité", ["kind"] = "scale", ["baseline"] = "2", ["goal"] = "4", ["due"] = "2027-03-01",
        };

        var card = await _bot.ExecuteAsync(TestUser.Participant, "targets.save", data);

        Assert.Contains("Une cible qui a déjà des valeurs garde sa mesure", Text(card));
        Assert.Equal(MeasureKind.Number, (await StoredAsync()).Kind);
    }

    [Fact]
    public async Task OnlyTheMembersOwnTargetsCanBeEdited()
    {
        var card = await _bot.ExecuteAsync(TestUser.Participant, "targets.form", new() { ["cohort"] = CohortId, ["target"] = "t9" });
        Assert.Contains("Je ne reconnais pas cette action.", Text(card));
    }
}
