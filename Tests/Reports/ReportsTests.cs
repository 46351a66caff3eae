using System.Text;
using System.Text.Json.Nodes;
using SmqBot.Bot.Features.Reports;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Reports;
using SmqBot.Cards.Reports;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Reports;

/// <summary>A fiscal year built through the features' own handlers, then its report card and CSV, figure by figure.</summary>
public sealed class ReportsTests : IAsyncLifetime
{
    private static readonly TestUser Third = TestUser.Third;
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant, TestUser.Newcomer, Third })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private void At(int year, int month, int day, int hour = 14) => _bot.Time.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero));

    private async Task<string> AccompanimentAsync(string institution, string region, TestUser coached, string axis, string budget, string start, string end)
    {
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", await _bot.FilledFormAsync(TestUser.Staff, "coaching.form", new()
        {
            ["institution"] = institution, ["region"] = region, ["coached"] = coached.Upn, ["expert"] = TestUser.Expert.Upn,
            ["axis"] = axis, ["budget"] = budget, ["start"] = start, ["end"] = end,
        }));
        return (await _bot.Service<AccompanimentStore>().OfExpertAsync(TestUser.Expert.AadObjectId).SingleAsync(a => a.CoachedPerson.AadObjectId == coached.AadObjectId)).Id;
    }

    /// <param name="of">The ledger, as the hours card names it ("accompaniment:…" or "cohort:…").</param>
    private async Task LogAsync(string of, int minutes, string date)
    {
        var card = await _bot.ExecuteAsync(TestUser.Expert, "hours.log",
            await _bot.FilledFormAsync(TestUser.Expert, "hours.form", new() { ["for"] = of, ["date"] = date, ["minutes"] = minutes.ToString(), ["kind"] = "Video" }));
        Assert.DoesNotContain("attente", Text(card));
    }

    private async Task<string> TargetAsync(TestUser who, string of, string what)
    {
        await _bot.ExecuteAsync(who, "targets.save", await _bot.FilledFormAsync(who, "targets.form", new()
        {
            ["what"] = what, ["indicator"] = "Réponses", ["kind"] = "number", ["baseline"] = "0", ["goal"] = "100", ["due"] = "2027-03-01",
        }, new() { ["cohort"] = of }));
        return (await _bot.Service<CohortStore>().ReadParticipationAsync(of, who.AadObjectId))!.Value.Targets[^1].Id;
    }

    /// <summary>
    /// Fiscal year 2026-2027: one museum with two coached people (spelled two ways), another whose accompaniment runs
    /// into 2027-2028; a cohort with a meeting, check-ins, targets; the expert's hours on both.
    /// </summary>
    private async Task<(string A1, string A3, string Cohort)> BuildTheYearAsync()
    {
        await _bot.ExecuteAsync(TestUser.Participant, "profile.save", new() { ["institution"] = "Musée de Sept-Îles", ["region"] = "Côte-Nord" });
        await _bot.ExecuteAsync(TestUser.Newcomer, "profile.save", new() { ["institution"] = "Musée de la Côte-Nord", ["region"] = "Côte-Nord" });
        var a1 = await AccompanimentAsync("Musée de Sept-Îles", "Côte-Nord", TestUser.Participant, "Audiences", "15", "2026-11-24", "2027-03-31");
        var a2 = await AccompanimentAsync("musée de  sept-îles", "Côte-Nord", TestUser.Newcomer, "Welcome", "10", "2026-11-24", "2027-03-31");
        var a3 = await AccompanimentAsync("Musée régional de Rimouski", "Bas-Saint-Laurent", Third, "Audiences", "15", "2027-02-01", "2027-06-30");
        var coachingTarget = await TargetAsync(TestUser.Participant, a1, "Sonder les visiteurs");

        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Accueil des croisiéristes", ["start"] = "2026-11-30", ["end"] = "2027-03-29", ["experts"] = TestUser.Expert.Upn,
            ["members"] = $"{TestUser.Participant.Upn}, {TestUser.Newcomer.Upn}",
        }));
        var cohort = (await _bot.Service<CohortStore>().OpenAsync().SingleAsync()).Id;
        var reached = await TargetAsync(TestUser.Participant, cohort, "Accueillir trois navires");
        await TargetAsync(TestUser.Newcomer, cohort, "Former les guides");
        await _bot.ExecuteAsync(TestUser.Staff, "meetings.propose", await _bot.FilledFormAsync(TestUser.Staff, "meetings.form", new()
        {
            ["cohort"] = cohort, ["duration"] = "90", ["from"] = "2026-12-01", ["to"] = "2026-12-11", ["dayStart"] = "09:00", ["dayEnd"] = "12:00",
        }));
        var meeting = await _bot.Service<SmqBot.Data.Meetings.MeetingStore>().OfCohortAsync(cohort).SingleAsync();
        await _bot.ExecuteAsync(TestUser.Staff, "meetings.pick", new() { ["cohort"] = cohort, ["meeting"] = meeting.Id, ["slot"] = "s1" });   // Tuesday, December 1, 9:00

        await LogAsync($"accompaniment:{a1}", 120, "2026-11-24");
        await LogAsync($"accompaniment:{a2}", 90, "2026-11-24");
        At(2026, 11, 30, 15);
        await _bot.ExecuteAsync(TestUser.Participant, "checkin.submit", new() { ["cohort"] = cohort, ["nonce"] = "r0", ["round"] = 0, [$"t_{reached}"] = "1", ["confidence"] = "4" });
        await _bot.ExecuteAsync(TestUser.Participant, "targets.achieved", new() { ["cohort"] = cohort, ["target"] = reached });
        At(2026, 12, 1, 16);
        await LogAsync($"cohort:{cohort}", 90, "2026-12-01");
        At(2027, 3, 15);
        await LogAsync($"accompaniment:{a3}", 60, "2027-03-10");
        await LogAsync($"accompaniment:{a1}", 180, "2027-03-12");
        At(2027, 3, 20);
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.close", new() { ["expert"] = TestUser.Expert.AadObjectId, ["accompaniment"] = a1 });
        await _bot.ExecuteAsync(TestUser.Participant, "evaluation.submit", new()
        {
            ["expert"] = TestUser.Expert.AadObjectId, ["accompaniment"] = a1, [$"o_{coachingTarget}"] = "Achieved", ["satisfaction"] = "5", ["recommend"] = "true",
        });
        At(2027, 4, 10);
        await LogAsync($"accompaniment:{a3}", 45, "2027-04-05");   // the same accompaniment, the next fiscal year
        return (a1, a3, cohort);
    }

    [Fact]
    public async Task TheReportCountsInstitutionsOnceHoursInTheirYearAndEveryFigureAsSmqPhrasesIt()
    {
        await BuildTheYearAsync();

        var card = await _bot.ExecuteAsync(TestUser.Staff, "report.show", new() { ["year"] = "2026-2027" });

        var text = Text(card);
        Assert.Equal(
        """
        Rapport 2026-2027
        Plan de l'année
        Aucun plan pour cet exercice.
        Accompagnements individualisés
        2 institutions muséales pour 3 accompagnements
        Heures réalisées: 7 h 30 sur 40 h prévues
        Évaluations reçues: 1 · satisfaction moyenne 5,0 / 5 · 100 % recommanderaient
        Cibles (évaluations): atteintes : 1 · en partie : 0 · non atteintes : 0
        Par axe
        Connaissance des publics: 2 accompagnements · 6 h
        Accueil et service à la clientèle: 1 accompagnement · 1 h 30
        Par région
        Bas-Saint-Laurent: 1 accompagnement · 1 h
        Côte-Nord: 2 accompagnements · 6 h 30
        Cohortes de codéveloppement
        1 cohorte, 2 participantes et participants de 2 institutions
        Rencontres tenues: 1
        Participation aux bilans: 6 % (1 sur 18)
        Cibles atteintes: 1 sur 2
        Accueil des croisiéristes: membres : 2 · rencontres tenues : 1 · bilans : 6 % (1 sur 18)
        Activités ponctuelles
        0 activité tenue, 0 place confirmée
        Rien cette année.
        Amélioration mesurée
        Dans les cohortes
        Cibles fixées: 2
        Cibles mesurées: 1
        En progrès: 1
        Atteintes: 1
        Progression médiane: 1 %
        Dans les accompagnements
        Cibles fixées: 1
        Cibles mesurées: 0
        En progrès: 0
        Atteintes: 0
        Progression médiane: aucune cible mesurée
        Sur le terrain: 0 bilan dit ce qui a été appliqué · 0 intention après les rencontres
        Ressources spécialisées
        Expert Exemple: 9 h (accompagnements 7 h 30, cohortes 1 h 30)
        Accompagnements de l'année
        musée de  sept-îles (Côte-Nord) — Accueil et service à la clientèle — Expert Exemple — en cours
        Musée de Sept-Îles (Côte-Nord) — Connaissance des publics — Expert Exemple — terminé
        Musée régional de Rimouski (Bas-Saint-Laurent) — Connaissance des publics — Expert Exemple — en cours
        """.ReplaceLineEndings("\n"), text);
        Assert.Equal(["2027-2028", "2026-2027", "2025-2026", "2024-2025", "2023-2024", "2022-2023", "2021-2022", "2020-2021"],
            Inputs(card)["year"]["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal(["Classeur Excel : toutes les tables", "CSV : accompagnements", "CSV : cohortes", "CSV : cibles", "CSV : activités", "CSV : ressources", "CSV : axes", "CSV : régions"],
            Buttons(card).Where(b => b.Verb is null).Select(b => Plain(b.Title)));

        // The charts are real PNGs behind the card's links, within the sizes Teams shows; the card itself stays small.
        var images = Walk(card).Where(o => (string?)o["type"] == "Image").Select(o => new Uri((string)o["url"]!).PathAndQuery).ToList();
        Assert.Equal(2, images.Count);
        var client = _bot.CreateClient();
        foreach (var image in images)
        {
            var response = await client.GetAsync(image);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var png = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            var (width, height) = (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
            Assert.True(png.Length < 1024 * 1024 && width <= 1024 && height <= 1024, $"{png.Length} bytes, {width}×{height}");
            // Kept beside the cards the tests produce, to look at (artifacts/charts/).
            Directory.CreateDirectory(Path.Combine(Repo.Root, "artifacts", "charts"));
            await File.WriteAllBytesAsync(Path.Combine(Repo.Root, "artifacts", "charts", $"report-{images.IndexOf(image)}.png"), png);
        }
        Assert.True(card.ToJsonString().Length < 20_000, $"the card is {card.ToJsonString().Length} characters");

        // A year with nothing yet: its charts say so instead of drawing empty axes (one PNG, kept to look at).
        var nothing = ProgrammeReport.Build("2025-2026", [], [], _bot.Time.GetUtcNow());
        foreach (var (name, png) in new[] { ("empty-axis", ReportCharts.HoursByAxis(nothing, SmqBot.Cards.Common.Texts.French)), ("empty-targets", ReportCharts.Targets(nothing, SmqBot.Cards.Common.Texts.French)) })
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            await File.WriteAllBytesAsync(Path.Combine(Repo.Root, "artifacts", "charts", $"{name}.png"), png);
        }

        // The next fiscal year: the spanning accompaniment's April hours, and no budget (it started the year before).
        var next = Text(await _bot.ExecuteAsync(TestUser.Staff, "report.show", new() { ["year"] = "2027-2028" }));
        Assert.Contains("1 institution muséale pour 1 accompagnement\nHeures réalisées: 45 min sur 0 min prévues", next);
        Assert.Contains("Expert Exemple: 45 min (accompagnements 45 min, cohortes 0 min)", next);
        Assert.Contains("0 cohorte, 0 participante ou participant de 0 institution", next);
    }

    [Fact]
    public async Task EveryTableDownloadsAsCsvForStaffOnly()
    {
        await BuildTheYearAsync();
        var card = await _bot.ExecuteAsync(TestUser.Staff, "report.show", new() { ["year"] = "2026-2027" });
        var links = Walk(card).Where(o => (string?)o["type"] == "Action.OpenUrl").ToDictionary(o => Plain((string)o["title"]!), o => new Uri((string)o["url"]!).PathAndQuery);
        var client = _bot.CreateClient();

        async Task<string[]> Csv(string title)
        {
            var response = await client.GetAsync(links[title]);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(Plain).ToArray();
        }

        // French CSV: ';' between fields, decimal commas, French headers and values.
        Assert.Equal(
        [
            "Institution muséale;Région;Personne accompagnée;Ressource spécialisée;Axe;Début;Fin;Heures prévues;Heures dans l'exercice;État;Satisfaction (1 à 5)",
            "musée de  sept-îles;Côte-Nord;Nouvelle Personne;Expert Exemple;Accueil et service à la clientèle;2026-11-24;2027-03-31;10;1,5;en cours;",
            "Musée de Sept-Îles;Côte-Nord;Participante Exemple;Expert Exemple;Connaissance des publics;2026-11-24;2027-03-31;15;5;terminé;5",
            "Musée régional de Rimouski;Bas-Saint-Laurent;Troisième Membre;Expert Exemple;Connaissance des publics;2027-02-01;2027-06-30;15;1;en cours;",
        ], await Csv("CSV : accompagnements"));
        Assert.Equal(
        [
            "Sujet;Début;Fin;Participants;Institutions;Rencontres tenues;Bilans remplis;Bilans demandés;Cibles atteintes;Cibles",
            "Accueil des croisiéristes;2026-11-30;2027-03-29;2;2;1;1;18;1;2",
        ], await Csv("CSV : cohortes"));
        Assert.Equal(["Ressource spécialisée;Heures d'accompagnement;Heures de cohorte;Heures au total", "Expert Exemple;7,5;1,5;9"], await Csv("CSV : ressources"));
        Assert.Equal(["Axe;Accompagnements;Heures", "Positionnement dans l'écosystème touristique québécois;0;0", "Connaissance des publics;2;6",
            "Accueil et service à la clientèle;1;1,5", "Gestion organisationnelle;0;0", "Développement durable;0;0"], await Csv("CSV : axes"));
        Assert.Equal(["Région;Accompagnements;Heures", "Bas-Saint-Laurent;1;1", "Côte-Nord;2;6,5"], await Csv("CSV : régions"));
        // Files named in the reader's language (issue 28: French staff got "…-accompaniments.csv").
        async Task<string?> FileName(string link) => (await client.GetAsync(link)).Content.Headers.ContentDisposition is { } d ? (d.FileNameStar ?? d.FileName)?.Trim('"') : null;
        Assert.Equal("rapport-2026-2027-accompagnements.csv", await FileName(links["CSV : accompagnements"]));
        Assert.Equal("rapport-2026-2027-regions.csv", await FileName(links["CSV : régions"]));
        Assert.Equal("rapport-2026-2027.xlsx", await FileName(links["Classeur Excel : toutes les tables"]));
        Assert.Equal("report-2026-2027-experts.csv", await FileName(new Uri(_bot.Service<ReportExport>().LinkFor(TestUser.Staff.AadObjectId, "2026-2027", "experts", SmqBot.Cards.Common.Texts.English)).PathAndQuery));

        // In English: commas and decimal points, English headers.
        var english = await client.GetAsync(new Uri(_bot.Service<ReportExport>().LinkFor(TestUser.Staff.AadObjectId, "2026-2027", "experts", SmqBot.Cards.Common.Texts.English)).PathAndQuery);
        Assert.Equal("Expert,Coaching hours,Cohort hours,Total hours\nExpert Exemple,7.5,1.5,9",
            Encoding.UTF8.GetString(await english.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd('\n'));

        // The workbook: a sheet per table, the same headers, numbers and dates typed, the header row frozen.
        var workbook = await client.GetAsync(links["Classeur Excel : toutes les tables"]);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        var book = WorkbookReader.Open(await workbook.Content.ReadAsByteArrayAsync());
        Assert.Empty(book.Errors);
        Assert.Equal(["Accompagnements", "Cohortes", "Cibles", "Activités ponctuelles", "Ressources", "Axes", "Régions"], book.Sheets.Select(s => s.Name));
        Assert.All(book.Sheets, s => Assert.True(s.FrozenHeader && s.Widths, $"{s.Name}: a frozen header row and sized columns"));
        var accompaniments = book["Accompagnements"].Rows;
        Assert.Equal((await Csv("CSV : accompagnements"))[0].Split(';'), accompaniments[0].Select(c => Plain(c.Text)));
        var closed = accompaniments[2];
        Assert.Equal(("Musée de Sept-Îles", "Connaissance des publics", "terminé"), (closed[0].Text, closed[4].Text, closed[9].Text));
        Assert.Equal((new DateOnly(2026, 11, 24).ToDateTime(TimeOnly.MinValue).ToOADate(), 164u), (closed[5].Number, closed[5].NumberFormat));
        Assert.Equal([15, 5, 5], closed.Skip(7).Where(c => c.Number is not null).Select(c => c.Number!.Value));
        Assert.Equal(["Expert Exemple", "7.5", "1.5", "9"], book["Ressources"].Rows[1].Select(c => c.Text));
        Assert.All(book["Ressources"].Rows[1].Skip(1), c => Assert.Equal(2u, c.NumberFormat));
        Assert.DoesNotContain(book.Sheets.SelectMany(s => s.Rows).SelectMany(r => r), c => c.Formula);
        Assert.Equal(["Calibri 11", "Calibri 11 bold"], book.Fonts);      // named fonts: no serif fallback in LibreOffice

        // A link minted for someone who is not staff is refused; a forged one is not found.
        var forExpert = new Uri(_bot.Service<ReportExport>().LinkFor(TestUser.Expert.AadObjectId, "2026-2027", "experts", SmqBot.Cards.Common.Texts.French)).PathAndQuery;
        Assert.Equal(403, (int)(await client.GetAsync(forExpert)).StatusCode);
        Assert.Equal(404, (int)(await client.GetAsync(links["CSV : ressources"][..^6] + "AAAAAA")).StatusCode);
    }

    [Fact]
    public async Task OnlyStaffSeeReportsAndTheDashboard()
    {
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Expert, "rapport")))));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "tableau de bord")))));
        Assert.Contains("This command is for SMQ staff only.", Text(await _bot.ExecuteAsync(TestUser.Expert, "report.show", new() { ["year"] = "2026-2027" }, "en-US")));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Participant, "dashboard.show")));
        Assert.Contains("Donnez une année financière comme 2025-2026.", Text(await _bot.ExecuteAsync(TestUser.Staff, "report.show", new() { ["year"] = "2019-2020" })));
        Assert.Contains("Donnez une année financière comme 2025-2026.", Text(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Staff, "rapport 2026")))));
        Assert.StartsWith("Rapport 2026-2027", Text(Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Staff, "rapport")))));
    }

    [Fact]
    public async Task TheDashboardShowsWhatNeedsAttentionNow()
    {
        var quiet = Text(await _bot.ExecuteAsync(TestUser.Staff, "dashboard.show"));
        Assert.Equal(6, quiet.Split('\n').Count(l => l == "Rien à signaler."));

        var a = await AccompanimentAsync("Musée de Sept-Îles", "Côte-Nord", TestUser.Participant, "Audiences", "2", "2026-11-01", "2027-03-31");
        await LogAsync($"accompaniment:{a}", 105, "2026-11-20");                          // 1 h 45 of 2 h
        var over = await _bot.FilledFormAsync(TestUser.Expert, "hours.form", new() { ["for"] = $"accompaniment:{a}", ["date"] = "2026-11-23", ["minutes"] = "60", ["kind"] = "Video" });
        Assert.Contains("en attente", Text(await _bot.ExecuteAsync(TestUser.Expert, "hours.log", over)));
        await _bot.ExecuteAsync(TestUser.Staff, "cohorts.save", await _bot.FilledFormAsync(TestUser.Staff, "cohorts.form", new()
        {
            ["subject"] = "Médiation", ["start"] = "2026-11-02", ["end"] = "2027-03-29", ["experts"] = TestUser.Expert.Upn, ["members"] = $"{TestUser.Newcomer.Upn}, {Third.Upn}",
        }));
        var cohort = (await _bot.Service<CohortStore>().OpenAsync().SingleAsync()).Id;
        await _bot.ExecuteAsync(Third, "checkin.submit", new() { ["cohort"] = cohort, ["nonce"] = "n1", ["round"] = 1, ["confidence"] = "3" });   // answered the second round
        await _bot.ExecuteAsync(TestUser.Staff, "meetings.propose", await _bot.FilledFormAsync(TestUser.Staff, "meetings.form", new()
        {
            ["cohort"] = cohort, ["duration"] = "60", ["from"] = "2026-12-01", ["to"] = "2026-12-11", ["dayStart"] = "09:00", ["dayEnd"] = "12:00",
        }));
        _bot.Connector.TeamChannels.AddRange([("19:programme@thread.tacv2", null), ("19:appels@thread.tacv2", "Appels")]);
        await _bot.SendAsync(Activities.TeamInstall(_bot.ServiceUrl, TestUser.Staff, "19:programme@thread.tacv2", "Programme"));
        var preview = await _bot.ExecuteAsync(TestUser.Staff, "calls.preview", await _bot.FilledFormAsync(TestUser.Staff, "calls.form", new()
        {
            ["kind"] = "Cohort", ["titleFr"] = "Cohorte 2027", ["descriptionFr"] = "Dix places.", ["deadline"] = "2026-11-27", ["channel"] = "19:programme@thread.tacv2|19:appels@thread.tacv2",
        }));
        await _bot.ExecuteAsync(TestUser.Staff, "calls.post", ActionData(preview));

        var dashboard = await _bot.ExecuteAsync(TestUser.Staff, "dashboard.show");

        var text = Text(dashboard);
        Assert.Contains("Accompagnements près du budget ou au-delà (1)\nMusée de Sept-Îles · Participante Exemple — 1 h 45 sur 2 h (88 %)", text);
        Assert.Contains("Heures en attente d'approbation (1)\nExpert Exemple · Musée de Sept-Îles — 1 h le 23 novembre", text);
        Assert.Contains("Silencieux depuis deux bilans (1)\nNouvelle Personne — Médiation", text);
        Assert.Contains("Appels qui se terminent bientôt (1)\nCohorte 2027 — Se termine dans 3 jours", text);
        Assert.Contains("Rencontres sans date (1)\nMédiation — Le sondage se ferme dans 3 jours.", text);
        Assert.Equal(["coaching.entries", "coaching.entries", "calls.review", "meetings.proposal", "dashboard.show"], Buttons(dashboard).Select(b => b.Verb));

        // An item opened from the dashboard offers the way back to it.
        var open = Walk(dashboard).OfType<JsonObject>().First(o => (string?)o["verb"] == "calls.review")["data"]!.AsObject();
        Assert.Contains(("Retour", "dashboard.show"), Buttons(await _bot.ExecuteAsync(TestUser.Staff, "calls.review", open)));
        Assert.DoesNotContain(Buttons(await _bot.ExecuteAsync(TestUser.Participant, "calls.view", open)), b => b.Verb == "dashboard.show");
    }
}
