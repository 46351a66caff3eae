using System.Text.Json.Nodes;
using SmqBot.Data.Cohorts;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Forms;

/// <summary>
/// Every form of the bot, sent with one invalid field, comes back as the same form: every other value as the person
/// typed it, and the message in red right under the refused field (and as the input's errorMessage).
/// </summary>
public sealed class RefusedFormsKeepWhatWasTypedTests : IAsyncLifetime
{
    private const string TeamId = "19:programme@thread.tacv2";
    private const string CohortChannel = "19:cohorte-accueil@thread.tacv2";
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        _bot.Connector.TeamChannels.AddRange([(TeamId, null), (CohortChannel, "Cohorte accueil")]);
        await _bot.SendAsync(Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, TeamId, "Développement professionnel"));
        foreach (var user in new[] { TestUser.Expert, TestUser.Participant, TestUser.Newcomer, TestUser.Third })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    /// <summary>
    /// The answer is the form again: the same inputs, each holding what was sent except <paramref name="refused"/>,
    /// which holds what was typed too and is followed by <paramref name="message"/> in red.
    /// </summary>
    internal static void AssertSameFormRefused(JsonObject card, JsonObject sent, string refused, string message)
    {
        var inputs = Inputs(card);
        foreach (var (id, input) in inputs)
        {
            if (sent[id] is not JsonValue value) continue;
            var shown = input["value"] is JsonValue v ? v.ToString() : null;
            Assert.True(value.ToString() == shown, $"input '{id}' shows '{shown}', the person sent '{value}'");
        }
        Assert.True(inputs.ContainsKey(refused), $"the refused field '{refused}' is not on the card");
        Assert.Equal(message, Plain((string)inputs[refused]["errorMessage"]!));
        var nodes = Walk(card).OfType<JsonObject>().ToList();
        var at = nodes.IndexOf(inputs[refused]);
        var next = nodes.Skip(at + 1).First(n => (string?)n["type"] is "TextBlock" || ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
        Assert.Equal("TextBlock", (string?)next["type"]);
        Assert.Equal(message, Plain((string)next["text"]!));
        // Bold in the default colour: attention red fails contrast on Teams' dark theme (issue 28).
        Assert.Equal(("bolder", null), ((string?)next["weight"], (string?)next["color"]));
        foreach (var (id, input) in inputs)
            if (id != refused) Assert.Null(input["errorMessage"] is JsonValue e && Plain((string)e!) == message ? e : null);
    }

    private async Task<JsonObject> CohortFormAsync() => await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
    {
        ["subject"] = "Accueil et service à la clientèle",
        ["start"] = "2026-11-30",
        ["end"] = "2027-03-29",
        ["experts"] = TestUser.Expert.Upn,
        ["members"] = $"{TestUser.Participant.Upn}, pasuncourriel\n{TestUser.Third.Upn}",
        ["objectives"] = "Mieux accueillir les groupes\nMesurer la satisfaction",
        ["channel"] = $"{TeamId}|{CohortChannel}",
        ["every"] = "3",
        ["day"] = "Wednesday",
        ["time"] = "10:30",
        ["digestInChannel"] = "false",
    });

    [Fact]
    public async Task TheCohortFormWithOneMalformedEmailKeepsEverythingAndNamesOnlyThatAddress()
    {
        var sent = await CohortFormAsync();

        var card = await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", sent);

        AssertSameFormRefused(card, sent, "members", "Ces adresses ne sont pas des courriels : pasuncourriel.");
        Assert.Equal("Nouvelle cohorte", (string?)card["body"]![0]!["text"]);
        Assert.Equal("cohorts.save", Buttons(card)[0].Verb);
        Assert.Equal((string?)sent["nonce"], (string?)ActionData(card)["nonce"]);
        Assert.Empty(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());

        // Corrected where the message says, the same card creates the cohort.
        var corrected = ActionData(card);
        foreach (var (id, input) in Inputs(card)) corrected[id] = input["value"]?.ToString();
        corrected["members"] = $"{TestUser.Participant.Upn}, {TestUser.Newcomer.Upn}\n{TestUser.Third.Upn}";
        Assert.Contains("Accueil et service à la clientèle", Text(await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", corrected)));
        var cohort = Assert.Single(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());
        Assert.Equal(new Cadence { EveryWeeks = 3, Day = DayOfWeek.Wednesday, At = new TimeOnly(10, 30) }, cohort.Cadence);
        Assert.Equal(["Mieux accueillir les groupes", "Mesurer la satisfaction"], cohort.Objectives);
        Assert.False(cohort.DigestInChannel);
    }

    /// <summary>A cohort made by staff from the card: the expert, the participant and the third member.</summary>
    private async Task<Cohort> CohortAsync()
    {
        var form = await CohortFormAsync();
        form["members"] = $"{TestUser.Participant.Upn}, {TestUser.Third.Upn}";
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", form);
        return Assert.Single(await _bot.Service<CohortStore>().OpenAsync().ToListAsync());
    }

    [Fact]
    public async Task TheProfileFormKeepsTheRegionWhenTheInstitutionIsTooLong()
    {
        var sent = await _bot.FilledFormAsync(TestUser.Participant, "profile.show", new() { ["institution"] = new string('M', 201), ["region"] = "Côte-Nord" });

        var card = await _bot.ExecuteAsync(TestUser.Participant, "profile.save", sent);

        AssertSameFormRefused(card, sent, "institution", "« Mon institution muséale » dépasse 200 caractères.");
        Assert.Null((await _bot.Service<SmqBot.Data.People.PeopleStore>().FindAsync(TestUser.Participant.AadObjectId))!.Institution);
    }

    [Fact]
    public async Task TheRegionIsOneOfQuebecsSeventeenAdministrativeRegions()
    {
        var sent = await _bot.FilledFormAsync(TestUser.Participant, "profile.show", new() { ["institution"] = "Musée de Sept-Îles", ["region"] = "Région inventée" });
        var regions = Inputs(await _bot.ExecuteAsync(TestUser.Participant, "profile.show"))["region"]["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToList();
        Assert.Equal(17, regions.Count);
        Assert.Contains("Gaspésie–Îles-de-la-Madeleine", regions);

        var card = await _bot.ExecuteAsync(TestUser.Participant, "profile.save", sent);

        AssertSameFormRefused(card, sent, "region", "Choisissez « Région » parmi les choix offerts.");
    }

    [Theory]
    [InlineData("participant", "targets.form", "targets.save")]
    [InlineData("expert", "collective.form", "collective.save")]
    public async Task TheTargetFormKeepsEveryValueWhenTheGoalIsOffTheScale(string who, string formVerb, string saveVerb)
    {
        var cohort = await CohortAsync();
        var user = who == "participant" ? TestUser.Participant : TestUser.Expert;
        var sent = await _bot.FilledFormAsync(user, formVerb, new()
        {
            ["what"] = "Accueillir les groupes scolaires", ["indicator"] = "Aisance de l'équipe", ["kind"] = "scale",
            ["baseline"] = "2", ["goal"] = "7", ["due"] = "2027-03-01",
        }, new() { ["cohort"] = cohort.Id });

        var card = await _bot.ExecuteAsync(user, saveVerb, sent);

        AssertSameFormRefused(card, sent, "goal", "La valeur donnée pour « Cible » n'est pas acceptée : un nombre, ou de 1 à 5 sur une échelle.");
        Assert.Equal(saveVerb, Buttons(card)[0].Verb);
        Assert.Empty((await _bot.Service<CohortStore>().FindAsync(cohort.Id))!.CollectiveTargets);
        Assert.Empty((await _bot.Service<CohortStore>().ReadParticipationAsync(cohort.Id, TestUser.Participant.AadObjectId))!.Value.Targets);

        // A due date outside the cohort is refused next to it, with the same form.
        sent["goal"] = "4";
        sent["due"] = "2028-01-01";
        AssertSameFormRefused(await _bot.ExecuteAsync(user, saveVerb, sent), sent, "due", "L'échéance doit tomber pendant la cohorte.");
    }

    private async Task<JsonObject> AccompanimentFormAsync() => await _bot.FilledFormAsync(TestUser.Staff, "coaching.form", new()
    {
        ["institution"] = "Musée régional de Rimouski", ["region"] = "Bas-Saint-Laurent", ["coached"] = TestUser.Participant.Upn, ["expert"] = TestUser.Expert.Upn,
        ["axis"] = "Audiences", ["budget"] = "12.5", ["start"] = "2026-10-01", ["end"] = "2027-03-31", ["objectives"] = "Mieux connaître les visiteurs estivaux",
    });

    [Fact]
    public async Task TheAccompanimentFormKeepsEverythingWhenTheEndComesBeforeTheStartOrTheExpertIsNotAnAddress()
    {
        var sent = await AccompanimentFormAsync();
        sent["end"] = "2026-09-01";
        AssertSameFormRefused(await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", sent), sent, "end", "La fin doit suivre le début.");

        sent["end"] = "2027-03-31";
        sent["expert"] = "personne@ailleurs";
        AssertSameFormRefused(await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", sent), sent, "expert", "Ces adresses ne sont pas des courriels : personne@ailleurs.");
        Assert.Empty(await _bot.Service<SmqBot.Data.Coaching.AccompanimentStore>().OpenAsync().ToListAsync());
    }

    [Fact]
    public async Task TheEvaluationKeepsTheAnswersWhenSatisfactionIsMissing()
    {
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", await AccompanimentFormAsync());
        var id = Assert.Single(await _bot.Service<SmqBot.Data.Coaching.AccompanimentStore>().OpenAsync().ToListAsync()).Id;
        await _bot.ExecuteAsync(TestUser.Participant, "targets.save", await _bot.FilledFormAsync(TestUser.Participant, "targets.form", new()
        {
            ["what"] = "Sonder les visiteurs", ["indicator"] = "Réponses", ["baseline"] = "0", ["goal"] = "200", ["due"] = "2027-03-01",
        }, new() { ["cohort"] = id }));
        await _bot.TickAsync();
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.close", new() { ["expert"] = TestUser.Expert.AadObjectId, ["accompaniment"] = id });
        var sent = ActionData(Assert.Single(await _bot.TickAsync()).Card("forms"));
        sent["o_t1"] = "Partly"; sent["recommend"] = "true"; sent["comments"] = "Très utile pour l'été.";

        var card = await _bot.ExecuteAsync(TestUser.Participant, "evaluation.submit", sent);

        AssertSameFormRefused(card, sent, "satisfaction", "Indiquez votre satisfaction, de 1 à 5.");
        Assert.Null((await _bot.Service<SmqBot.Data.Coaching.AccompanimentStore>().ReadAsync(TestUser.Expert.AadObjectId, id))!.Value.Evaluation);
    }

    private Task<JsonObject> CallFormAsync(string kind = "Coaching") => _bot.FilledFormAsync(TestUser.Staff, "calls.form", new()
    {
        ["kind"] = kind, ["titleFr"] = "Accompagnements 2027", ["titleEn"] = "2027 coaching",
        ["descriptionFr"] = "Quinze heures avec une ressource spécialisée.", ["eligibilityFr"] = "Membres reconnus pour leur potentiel touristique.",
        ["places"] = "6", ["deadline"] = "2026-12-15", ["channel"] = $"{TeamId}|{CohortChannel}",
    });

    [Fact]
    public async Task TheCallFormKeepsEverythingWhenTheDeadlineHasPassed()
    {
        var sent = await CallFormAsync();
        sent["deadline"] = "2026-11-01";

        var card = await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", sent);

        AssertSameFormRefused(card, sent, "deadline", "La date limite doit être après aujourd'hui.");
        Assert.Empty(await _bot.Service<SmqBot.Data.Calls.CallStore>().RecentAsync(10).ToListAsync());
    }

    [Fact]
    public async Task TheApplicationKeepsWhatWasTypedWhenTheCommitmentIsNotTicked()
    {
        var preview = await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", await CallFormAsync());
        await _bot.ExecuteAsync(TestUser.Staff, "calls.post", ActionData(preview));
        await _bot.TickAsync();
        var callId = (string)ActionData(preview)["call"]!;
        var sent = await _bot.FilledFormAsync(TestUser.Participant, "calls.apply", new()
        {
            ["institution"] = "Musée de Sept-Îles", ["people"] = "Une médiatrice", ["axis"] = "Welcome",
            ["areas"] = "L'accueil des groupes de croisiéristes", ["motivation"] = "Les croisières doublent chez nous.", ["commitment"] = "false",
        }, new() { ["call"] = callId });

        var card = await _bot.ExecuteAsync(TestUser.Participant, "calls.submit", sent);

        AssertSameFormRefused(card, sent, "commitment", "Le programme demande cet engagement pour poser sa candidature.");
        Assert.Null(await _bot.Service<SmqBot.Data.Calls.CallStore>().ApplicationOfAsync(callId, TestUser.Participant.AadObjectId));
    }

    [Fact]
    public async Task TheScheduleFormKeepsEverythingWhenTheMeetingDoesNotFitTheWorkingDay()
    {
        var cohort = await CohortAsync();
        var sent = await _bot.FilledFormAsync(TestUser.Staff, "meetings.form", new()
        {
            ["cohort"] = cohort.Id, ["duration"] = "120", ["from"] = "2026-12-01", ["to"] = "2026-12-18", ["dayStart"] = "09:30", ["dayEnd"] = "11:00",
        });

        var card = await _bot.ExecuteAsync(TestUser.Staff, "meetings.propose", sent);

        AssertSameFormRefused(card, sent, "dayEnd", "La journée de travail va de 6 h à 22 h, et la rencontre doit y tenir.");
        Assert.Empty(await _bot.Service<SmqBot.Data.Meetings.MeetingStore>().OfCohortAsync(cohort.Id).ToListAsync());
    }

    [Fact]
    public async Task TheCheckInKeepsWhatWasWrittenWhenConfidenceIsMissing()
    {
        var cohort = await CohortAsync();
        await _bot.ExecuteAsync(TestUser.Participant, "targets.save", await _bot.FilledFormAsync(TestUser.Participant, "targets.form", new()
        {
            ["what"] = "Accueillir plus de groupes", ["indicator"] = "Groupes par mois", ["baseline"] = "2", ["goal"] = "6", ["due"] = "2027-03-01",
        }, new() { ["cohort"] = cohort.Id }));
        var sent = await _bot.FilledFormAsync(TestUser.Participant, "checkin.form", new()
        {
            ["t_t1"] = "4", ["applied"] = "Un accueil en deux temps pour les groupes.", ["obstacles"] = "Le vestiaire est trop petit.",
        }, new() { ["cohort"] = cohort.Id });

        var card = await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", sent);

        AssertSameFormRefused(card, sent, "confidence", "Indiquez votre confiance, de 1 à 5.");
        Assert.Empty((await _bot.Service<CohortStore>().ReadParticipationAsync(cohort.Id, TestUser.Participant.AadObjectId))!.Value.CheckIns);

        // A value the target cannot take is named next to that target's input, and what was written stays.
        sent["confidence"] = "4";
        sent["t_t1"] = "2000000000000";
        AssertSameFormRefused(await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", sent), sent, "t_t1",
            "La valeur donnée pour « Accueillir plus de groupes » n'est pas acceptée : un nombre, ou de 1 à 5 sur une échelle.");

        // Corrected, it is saved, and the answer offers the next step.
        sent["t_t1"] = "5";
        var saved = await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", sent);
        Assert.StartsWith("Bilan enregistré", Text(saved));
        Assert.Equal([("Mes cibles", "targets.show"), ("Voir ce que je peux faire", "help.show")], Buttons(saved));
    }

    [Fact]
    public async Task TheHoursFormKeepsTheNoteWhenTheDateIsOutsideTheAccompaniment()
    {
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", await AccompanimentFormAsync());
        var id = Assert.Single(await _bot.Service<SmqBot.Data.Coaching.AccompanimentStore>().OpenAsync().ToListAsync()).Id;
        var sent = await _bot.FilledFormAsync(TestUser.Expert, "hours.form", new()
        {
            ["for"] = $"accompaniment:{id}", ["date"] = "2026-09-15", ["minutes"] = "90", ["kind"] = "InPerson", ["note"] = "Visite de l'exposition estivale.",
        });

        var card = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", sent);

        AssertSameFormRefused(card, sent, "date", "La date ne peut pas être dans le futur ni hors des dates de l'accompagnement.");
        Assert.Empty((await _bot.Service<SmqBot.Data.Coaching.AccompanimentStore>().ReadAsync(TestUser.Expert.AadObjectId, id))!.Value.Hours.Entries);
    }
}
