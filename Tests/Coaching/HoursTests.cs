using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmqBot.Data.Coaching;
using SmqBot.Data.Documents;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Coaching;

/// <summary>Individual coaching through the handlers: staff create it, the expert logs hours from cards.</summary>
public sealed class HoursTests : IAsyncLifetime
{
    private readonly CountingDatabase _store;
    private readonly BotApp _bot;
    private string _id = "";

    public HoursTests()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("smqbot-hours-").FullName, "smqbot.db");
        _store = new CountingDatabase(SqliteDocumentDatabase.ForFile(path));
        var settings = BackgroundWork.DrivenByTheTest();
        settings["Sqlite:Path"] = path;
        _bot = new BotApp(settings, services => services.AddSingleton<IDocumentDatabase>(_store));
    }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        _bot.Connector.Clear();
        var form = await _bot.ExecuteAsync(TestUser.Staff, "coaching.form");
        var data = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        data["institution"] = "Musée de la Gaspésie";
        data["region"] = "Gaspésie–Îles-de-la-Madeleine";
        data["coached"] = TestUser.Participant.Upn;
        data["expert"] = TestUser.Expert.Upn;
        data["axis"] = "Welcome";
        data["budget"] = "15";
        data["start"] = "2026-10-01";
        data["end"] = "2027-03-31";
        var list = await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", data);
        Assert.Contains("Musée de la Gaspésie · Participante Exemple", Text(list));
        Assert.Contains("0 min sur 15 h — il reste 15 h", Text(list));
        await foreach (var a in _bot.Service<AccompanimentStore>().OfExpertAsync(TestUser.Expert.AadObjectId)) _id = a.Id;
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private JsonObject Entry(int minutes, string date = "2026-11-20", string nonce = "", string kind = "Video") => new()
    {
        ["for"] = $"accompaniment:{_id}", ["nonce"] = nonce.Length > 0 ? nonce : Guid.NewGuid().ToString("N"),
        ["date"] = date, ["minutes"] = minutes.ToString(), ["kind"] = kind, ["note"] = "Séance sur l'accueil des groupes.",
    };

    private async Task<Accompaniment> StoredAsync() => (await _bot.Service<AccompanimentStore>().ReadAsync(TestUser.Expert.AadObjectId, _id))!.Value;

    [Fact]
    public async Task TheCoachedPersonAndTheExpertAreWelcomedAndTheCoachedPersonSetsTargets()
    {
        var welcomes = await _bot.TickAsync();

        Assert.Equal(2, welcomes.Count);
        var coached = welcomes.Single(d => d.ConversationId == Activities.PersonalConversationId(TestUser.Participant)).Card("coaching");
        Assert.StartsWith("Votre accompagnement individualisé commence : Musée de la Gaspésie", Text(coached));
        Assert.Contains("Axe : Accueil et service à la clientèle", Text(coached));
        Assert.Contains("Heures convenues : 15 h.", Text(coached));
        var mine = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "mes cibles")));
        Assert.Contains("Accompagnement : Musée de la Gaspésie", Text(mine));
    }

    [Fact]
    public async Task AnExpertLogsHoursSeesTheBudgetIsToldAtEightyPercentAndAnOverrunWaits()
    {
        Assert.Equal(2, (await _bot.TickAsync()).Count); // the welcomes queued when staff created it
        var form = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Expert, "heures")));
        Assert.StartsWith("Consigner des heures", Text(form));
        Assert.Equal([("Enregistrer", "hours.log")], Buttons(form));

        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(300));
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(300, kind: "InPerson"));
        Assert.Empty(await _bot.TickAsync()); // 10 h of 15: no notice yet
        var third = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(150, kind: "Preparation"));
        Assert.Contains("12 h 30 sur 15 h — il reste 2 h 30", Text(third));
        Assert.Contains("Durée: 2 h 30", Text(third));

        var notices = await _bot.TickAsync();
        Assert.Equal(
            new[] { TestUser.Expert, TestUser.Staff }.Select(Activities.PersonalConversationId).Order(),
            notices.Select(n => n.ConversationId).Order());
        Assert.All(notices, n => Assert.Contains("80 % du budget d'heures est atteint pour l'accompagnement du Musée de la Gaspésie.", Text(n.Card("coaching-80"))));

        var over = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(180));
        Assert.Contains("3 h en attente d'approbation", Text(over));
        Assert.Matches(@"· 3 h · [^\n]+ · en attente", Text(over));                 // in this month's list too, not like an approved one
        Assert.Contains("12 h 30 sur 15 h — il reste 2 h 30", Text(over));
        var stored = await StoredAsync();
        Assert.Equal([EntryStatus.Approved, EntryStatus.Approved, EntryStatus.Approved, EntryStatus.Pending], stored.Hours.Entries.Select(e => e.Status));
        Assert.Equal((750, 180), (stored.UsedMinutes, stored.Hours.PendingMinutes));
        var afterOverrun = Assert.Single(await _bot.TickAsync());           // the approval request; the 80% notice went once
        var approval = afterOverrun.Card("approval");
        Assert.StartsWith("Heures au-delà du budget à approuver", Text(approval));

        // Approved, the overrun reads as one, not as "0 min left".
        var approved = await _bot.ExecuteAsync(TestUser.Staff, "hours.approve", ActionData(approval));
        Assert.Contains("15 h 30 sur 15 h — 30 min au-delà du budget", Text(approved));
        Assert.DoesNotContain("il reste 0 min", Text(approved));
        // Decided, the staff card no longer asks to approve; the expert's bar says the real share, not "100 %".
        Assert.StartsWith("Heures au-delà du budget\n", Text(approved));
        var told = Text(Assert.Single(await _bot.TickAsync()).Card("decision"));
        Assert.Contains("103 %", told);
    }

    [Fact]
    public async Task AnApprovalCardWhoseEntryWasDeletedNoLongerOffersApproval()
    {
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(480));
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(420));
        await _bot.TickAsync();                                              // the 80 % notices
        var pending = Entry(60, nonce: "over");
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", pending);
        var approval = Assert.Single(await _bot.TickAsync()).Card("approval");
        Assert.Contains(("Approuver", "hours.approve"), Buttons(approval));
        Assert.Equal([TestUser.Staff.AadObjectId], approval["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!));

        // The expert deletes the entry before staff decide: the card, refreshed, says so and offers no decision.
        await _bot.ExecuteAsync(TestUser.Expert, "hours.delete", new() { ["for"] = $"accompaniment:{_id}", ["entry"] = "over" });
        var refreshed = await _bot.ExecuteAsync(TestUser.Staff, "hours.approval", approval["refresh"]!["action"]!["data"]!.AsObject());
        Assert.Contains("La ressource spécialisée a supprimé cette entrée", Text(refreshed));
        Assert.DoesNotContain(Buttons(refreshed), b => b.Verb is "hours.approve" or "hours.decline");

        // An approval sent from the stale card changes nothing, and says the same.
        Assert.Contains("La ressource spécialisée a supprimé cette entrée", Text(await _bot.ExecuteAsync(TestUser.Staff, "hours.approve", ActionData(approval))));
        Assert.Equal(900, (await StoredAsync()).UsedMinutes);
        Assert.DoesNotContain((await StoredAsync()).Hours.Entries, e => e.Id == "over");
    }

    [Fact]
    public async Task AMonthIsLockedOnlyWhenItHasEntriesOrLiesWithinTheDates()
    {
        var refused = await _bot.ExecuteAsync(TestUser.Staff, "hours.lock", new() { ["expert"] = TestUser.Expert.AadObjectId, ["for"] = $"accompaniment:{_id}", ["month"] = "2026-09" });
        Assert.Contains("Je ne reconnais pas cette action.", Text(refused));
        Assert.Empty((await StoredAsync()).Hours.LockedMonths);

        var list = await _bot.ExecuteAsync(TestUser.Staff, "coaching.show");
        Assert.Equal(["Verrouiller octobre 2026", "Verrouiller novembre 2026"], Buttons(list).Where(b => b.Verb == "hours.lock").Select(b => b.Title));
        await _bot.ExecuteAsync(TestUser.Staff, "hours.lock", new() { ["expert"] = TestUser.Expert.AadObjectId, ["for"] = $"accompaniment:{_id}", ["month"] = "2026-10" });
        Assert.Equal(["2026-10"], (await StoredAsync()).Hours.LockedMonths);
    }

    [Fact]
    public async Task TheHoursCardShowsEachBudgetBeforeAnythingIsLogged()
    {
        var form = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Expert, "heures")));
        Assert.Contains("Musée de la Gaspésie · Participante Exemple: 0 min sur 15 h — il reste 15 h", Text(form));

        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(90));
        form = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Expert, "heures")));
        Assert.Contains("Musée de la Gaspésie · Participante Exemple: 1 h 30 sur 15 h — il reste 13 h 30", Text(form));
    }

    [Fact]
    public async Task LoggingAnEntryCostsOnePointReadAndOneWrite()
    {
        _store.Reset();

        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(60));

        Assert.Equal(new Dictionary<string, int> { ["read"] = 1, ["write"] = 1 }, _store.Calls);
    }

    [Fact]
    public async Task ADoubleClickStoresOneEntryAndTwoDevicesAtOnceStoreBoth()
    {
        var entry = Entry(60, nonce: "same-card");
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", entry);
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", entry);
        Assert.Single((await StoredAsync()).Hours.Entries);

        await Task.WhenAll(_bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(30, nonce: "phone")), _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(45, nonce: "laptop")));

        Assert.Equal(["laptop", "phone", "same-card"], (await StoredAsync()).Hours.Entries.Select(e => e.Id).Order());
    }

    public static TheoryData<string, string, string> BadEntries => new()
    {
        { "minutes", "0", "La durée va d'un quart d'heure à 8 heures, par quarts d'heure." },
        { "minutes", "-15", "La durée va d'un quart d'heure à 8 heures, par quarts d'heure." },
        { "minutes", "495", "La durée va d'un quart d'heure à 8 heures, par quarts d'heure." },
        { "minutes", "50", "La durée va d'un quart d'heure à 8 heures, par quarts d'heure." },
        { "date", "2026-11-25", "La date ne peut pas être dans le futur ni hors des dates de l'accompagnement." },
        { "date", "2026-09-30", "La date ne peut pas être dans le futur ni hors des dates de l'accompagnement." },
        { "note", new string('n', 501), "« Note » dépasse 500 caractères." },
        { "kind", "Dinner", "Choisissez « Nature du travail » parmi les choix offerts." },
        { "for", "accompaniment:a-someone-else", "Vous n'êtes pas la ressource spécialisée de cet accompagnement ou de cette cohorte." },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task BadEntriesGetAClearAnswerAndChangeNothing(string field, string value, string message)
    {
        var entry = Entry(60);
        entry[field] = value;

        var card = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", entry);

        Assert.Contains(message, Text(card));
        Assert.Empty((await StoredAsync()).Hours.Entries);
    }

    [Fact]
    public async Task OthersCannotLogOnTheExpertsAccompanimentNorActAsStaff()
    {
        var coached = await _bot.ExecuteAsync(TestUser.Participant, "hours.log", Entry(60));
        var command = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "heures")));
        var staffAction = await _bot.ExecuteAsync(TestUser.Expert, "coaching.form");

        Assert.Contains("Vous n'êtes pas la ressource spécialisée de cet accompagnement ou de cette cohorte.", Text(coached));
        Assert.Contains("Cette commande est réservée aux ressources spécialisées.", Text(command));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(staffAction));
        Assert.Empty((await StoredAsync()).Hours.Entries);
    }

    [Theory]
    [InlineData("hours.approve", "approuvée", EntryStatus.Approved, 930)]
    [InlineData("hours.decline", "refusée", EntryStatus.Declined, 750)]
    public async Task StaffApproveOrDeclineAnEntryOverTheBudgetAndTheExpertIsTold(string verb, string word, EntryStatus status, int used)
    {
        foreach (var minutes in new[] { 300, 300, 150 }) await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(minutes));
        await _bot.TickAsync();
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(180));

        var asked = Assert.Single(await _bot.TickAsync());
        Assert.Equal(Activities.PersonalConversationId(TestUser.Staff), asked.ConversationId);
        var approval = asked.Card("approval");
        Assert.StartsWith("Heures au-delà du budget à approuver", Text(approval));
        Assert.Equal([("Approuver", "hours.approve"), ("Refuser", "hours.decline")], Buttons(approval));
        var data = approval["actions"]![0]!["data"]!.AsObject();

        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Expert, verb, data)));
        var decided = await _bot.ExecuteAsync(TestUser.Staff, verb, data);

        Assert.Contains($"Entrée de 3 h du 20 novembre 2026 {word}.", Text(decided));
        Assert.Empty(Buttons(decided));
        var stored = await StoredAsync();
        Assert.Equal((status, used), (stored.Hours.Entries[^1].Status, stored.UsedMinutes));
        var told = Assert.Single(await _bot.TickAsync());
        Assert.Equal(Activities.PersonalConversationId(TestUser.Expert), told.ConversationId);
        Assert.Contains($"Entrée de 3 h du 20 novembre 2026 {word}.", Text(told.Card("decision")));
        Assert.Contains("Cette entrée a déjà été traitée.", Text(await _bot.ExecuteAsync(TestUser.Staff, verb, data)));
    }

    [Fact]
    public async Task AnExpertEditsAndDeletesThisMonthsEntriesUntilStaffLockTheMonth()
    {
        var logged = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(60, nonce: "first"));
        Assert.Contains("Vos entrées de ce mois-ci\n20 novembre · 1 h · Séance en visioconférence", Text(logged));
        Assert.Contains(("Modifier", "hours.form"), Buttons(logged));

        var form = await _bot.ExecuteAsync(TestUser.Expert, "hours.form", new() { ["for"] = $"accompaniment:{_id}", ["entry"] = "first" });
        var data = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        Assert.Equal("first", (string?)data["replaces"]);
        data["for"] = $"accompaniment:{_id}";
        data["date"] = "2026-11-20";
        data["minutes"] = "90";
        data["kind"] = "Phone";
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", data);
        var edited = Assert.Single((await StoredAsync()).Hours.Entries);
        Assert.Equal((90, WorkKind.Phone), (edited.Minutes, edited.Kind));

        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(30, nonce: "second"));
        var deleted = await _bot.ExecuteAsync(TestUser.Expert, "hours.delete", new() { ["for"] = $"accompaniment:{_id}", ["entry"] = "second" });
        Assert.Contains("1 h 30 sur 15 h — il reste 13 h 30", Text(deleted));

        var list = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Staff, "accompagnements")));
        var lockButton = list["body"]!.AsArray().SelectMany(e => e!["items"]?.AsArray() ?? []).Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).Single(a => (string?)a!["title"] == "Verrouiller novembre 2026")!;
        Assert.Contains(("Verrouiller octobre 2026", "hours.lock"), Buttons(list));
        var afterLock = await _bot.ExecuteAsync(TestUser.Staff, "hours.lock", lockButton["data"]!.AsObject());
        Assert.Contains("novembre 2026 verrouillé.", Text(afterLock));

        var editRefused = await _bot.ExecuteAsync(TestUser.Expert, "hours.form", new() { ["for"] = $"accompaniment:{_id}", ["entry"] = edited.Id });
        var deleteRefused = await _bot.ExecuteAsync(TestUser.Expert, "hours.delete", new() { ["for"] = $"accompaniment:{_id}", ["entry"] = edited.Id });
        var logRefused = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(60));
        Assert.All(new[] { editRefused, deleteRefused, logRefused }, c => Assert.Contains("Le mois de novembre 2026 est verrouillé : ses heures ne changent plus.", Text(c)));
        Assert.Single((await StoredAsync()).Hours.Entries);
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Expert, "hours.lock", lockButton["data"]!.AsObject())));
    }

    [Fact]
    public async Task LastMonthsEntriesNoLongerChange()
    {
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(60, date: "2026-10-15", nonce: "october"));

        var card = await _bot.ExecuteAsync(TestUser.Expert, "hours.delete", new() { ["for"] = $"accompaniment:{_id}", ["entry"] = "october" });

        Assert.Contains("Seules les entrées du mois en cours se modifient ou se suppriment.", Text(card));
        Assert.Single((await StoredAsync()).Hours.Entries);
    }

    [Fact]
    public async Task StaffOpenAnExpertsMonthlyStatementAndDownloadItAsCsv()
    {
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(90, date: "2026-11-03"));
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(45, date: "2026-11-17", kind: "Phone"));
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(60, date: "2026-10-20"));

        var card = await _bot.ExecuteAsync(TestUser.Staff, "coaching.statement", new() { ["expert"] = TestUser.Expert.AadObjectId, ["month"] = "2026-11" });

        var text = Text(card);
        Assert.StartsWith("Relevé d'heures : Expert Exemple, novembre 2026", text);
        Assert.Contains("Total approuvé : 2 h 15", text);
        Assert.Contains("3 nov.\nMusée de la Gaspésie\nSéance en visioconférence\n1 h 30\napprouvée", text);
        Assert.Equal(["Excel", "CSV"], card["actions"]!.AsArray().Select(a => (string)a!["title"]!));
        var url = (string)card["actions"]![1]!["url"]!;
        Assert.StartsWith("http://localhost/exports/statements/", url);

        // CSV for French Excel: ';' between fields, a decimal comma, headers and values in French.
        var response = await _bot.CreateClient().GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Ressource spécialisée;Pour (accompagnement ou cohorte);Région;Personne accompagnée;Axe;Date;Minutes;Heures;Nature du travail;Statut;Note", lines[0]);
        Assert.Equal(2, lines.Count - 1);
        Assert.Equal(135, lines.Skip(1).Sum(l => int.Parse(l.Split(';')[6])));
        Assert.Equal("Expert Exemple;Musée de la Gaspésie;Gaspésie–Îles-de-la-Madeleine;Participante Exemple;Accueil et service à la clientèle;2026-11-17;45;0,75;Appel;approuvée;Séance sur l’accueil des groupes.", Plain(lines[2]).Replace('\'', '’'));

        // The workbook: the same table, typed.
        var workbook = await _bot.CreateClient().GetAsync((string)card["actions"]![0]!["url"]!);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        Assert.Equal("heures-2026-11.xlsx", workbook.Content.Headers.ContentDisposition?.FileNameStar ?? workbook.Content.Headers.ContentDisposition?.FileName);
        var book = WorkbookReader.Open(await workbook.Content.ReadAsByteArrayAsync());
        Assert.Empty(book.Errors);
        var sheet = book["Heures"];
        Assert.True(sheet.FrozenHeader && sheet.Widths, "a frozen header row and sized columns");
        Assert.Equal(lines[0].Split(';'), sheet.Rows[0].Select(c => c.Text));
        var phone = sheet.Rows[2];
        Assert.Equal("Accueil et service à la clientèle", phone[4].Text);
        Assert.Equal(new DateOnly(2026, 11, 17).ToDateTime(TimeOnly.MinValue).ToOADate(), phone[5].Number);   // a date: a serial day under a date format
        Assert.Equal(164u, phone[5].NumberFormat);
        Assert.Equal(45, phone[6].Number);
        Assert.Equal((0.75, 2u), (phone[7].Number, phone[7].NumberFormat));                                    // hours: a number, two decimals shown
        Assert.Null(phone[8].Number);
        Assert.Equal("Appel", phone[8].Text);

        var tampered = url[..^4] + (url[^4] == 'A' ? "B" : "A") + url[^3..];
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _bot.CreateClient().GetAsync(tampered)).StatusCode);
        var mintedForExpert = _bot.Service<SmqBot.Bot.Features.Coaching.StatementExport>().LinkFor(TestUser.Expert.AadObjectId, TestUser.Expert.AadObjectId, new DateOnly(2026, 11, 1), "xlsx", SmqBot.Cards.Common.Texts.French);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await _bot.CreateClient().GetAsync(mintedForExpert)).StatusCode);
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.",
            Text(await _bot.ExecuteAsync(TestUser.Expert, "coaching.statement", new() { ["expert"] = TestUser.Expert.AadObjectId, ["month"] = "2026-11" })));
    }

    [Fact]
    public async Task ANoteThatWouldBeAFormulaReachesTheStatementCsvAsText()
    {
        var formula = Entry(30, date: "2026-11-18");
        formula["note"] = "=HYPERLINK(\"https://evil.example\",\"x\")";
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", formula);
        var card = await _bot.ExecuteAsync(TestUser.Staff, "coaching.statement", new() { ["expert"] = TestUser.Expert.AadObjectId, ["month"] = "2026-11" });

        var csv = await _bot.CreateClient().GetStringAsync((string)card["actions"]![1]!["url"]!);
        Assert.EndsWith(";approuvée;\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"", csv.TrimEnd('\r', '\n'));
        Assert.Equal("-2", SmqBot.Bot.Features.Exports.ExportTable.Cell("-2"));                  // a negative number stays a number
        Assert.Equal("'@SUM(A1)", SmqBot.Bot.Features.Exports.ExportTable.Cell("@SUM(A1)"));

        // In the workbook the note is a text cell, not a formula, and carries Excel's quote prefix so editing it keeps it text.
        var book = WorkbookReader.Open(await _bot.CreateClient().GetByteArrayAsync((string)card["actions"]![0]!["url"]!));
        Assert.Empty(book.Errors);
        var note = book["Heures"].Rows.Skip(1).Select(r => r[^1]).Single(c => c.Text.StartsWith('='));
        Assert.Equal(("=HYPERLINK(\"https://evil.example\",\"x\")", false, true, null), (note.Text, note.Formula, note.QuotePrefix, note.Number));
    }

    [Fact]
    public async Task StaffSeeEveryEntryOfAnAccompanimentAndDecidePendingOnesThere()
    {
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(480, date: "2026-10-20"));
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(240, date: "2026-10-21"));
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(240, date: "2026-11-03"));
        var ids = new JsonObject { ["expert"] = TestUser.Expert.AadObjectId, ["accompaniment"] = _id };

        var card = await _bot.ExecuteAsync(TestUser.Staff, "coaching.entries", ids);

        var text = Text(card);
        Assert.Contains("12 h sur 15 h — il reste 3 h", text);
        Assert.Contains("20 oct. 2026\n8 h\nSéance en visioconférence\napprouvée", text);
        Assert.Contains("3 nov. 2026\n4 h\nSéance en visioconférence\nen attente", text);
        var (title, verb) = Buttons(card).First();
        Assert.Equal(("Approuver · 3 nov. · 4 h", "hours.approve"), (title, verb));
        Assert.Contains("Cette commande est réservée au personnel de la SMQ.", Text(await _bot.ExecuteAsync(TestUser.Expert, "coaching.entries", ids)));
    }

    [Fact]
    public async Task AnExpertCannotLogOnAnotherExpertsAccompanimentByItsId()
    {
        var other = new TestUser("29:other-expert", "aad-other-expert", "Autre Expert");
        _bot.Connector.Members[other.TeamsId] = (other.AadObjectId, other.Name, other.Upn);
        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, other));
        var form = await _bot.ExecuteAsync(TestUser.Staff, "coaching.form");
        var data = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["institution"] = "Autre musée", ["region"] = "Laurentides", ["coached"] = TestUser.Newcomer.Upn, ["expert"] = other.Upn,
            ["axis"] = "Sustainability", ["start"] = "2026-10-01", ["end"] = "2027-03-31",
        }) data[k] = v;
        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Newcomer));
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", data);
        string othersId = "";
        await foreach (var a in _bot.Service<AccompanimentStore>().OfExpertAsync(other.AadObjectId)) othersId = a.Id;
        Assert.NotEqual("", othersId);

        var entry = Entry(60);
        entry["for"] = $"accompaniment:{othersId}";
        var card = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", entry);

        Assert.Contains("Vous n'êtes pas la ressource spécialisée de cet accompagnement ou de cette cohorte.", Text(card));
        Assert.Empty((await _bot.Service<AccompanimentStore>().ReadAsync(other.AadObjectId, othersId))!.Value.Hours.Entries);
    }
}

/// <summary>Bounds are kept by refusing, never by dropping what was recorded (issue 14, defect 5).</summary>
public sealed class HourBoundsTests : IAsyncLifetime
{
    private readonly BotApp _bot = new(BackgroundWork.DrivenByTheTest());
    private string _id = "";

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant })
            await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, user));
        var data = ActionData(await _bot.ExecuteAsync(TestUser.Staff, "coaching.form"));
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["institution"] = "Musée de la Gaspésie", ["region"] = "Gaspésie–Îles-de-la-Madeleine", ["coached"] = TestUser.Participant.Upn,
            ["expert"] = TestUser.Expert.Upn, ["axis"] = "Welcome", ["budget"] = "15", ["start"] = "2026-10-01", ["end"] = "2027-03-31",
        }) data[key] = value;
        await _bot.ExecuteAsync(TestUser.Staff, "coaching.save", data);
        await foreach (var a in _bot.Service<AccompanimentStore>().OfExpertAsync(TestUser.Expert.AadObjectId)) _id = a.Id;
        await _bot.TickAsync();                                               // the welcomes
        _bot.Connector.Clear();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    private JsonObject Entry(int minutes, string nonce) => new()
    {
        ["for"] = $"accompaniment:{_id}", ["nonce"] = nonce, ["date"] = "2026-11-20", ["minutes"] = minutes.ToString(), ["kind"] = "Video", ["note"] = "",
    };

    private async Task<Accompaniment> StoredAsync() => (await _bot.Service<AccompanimentStore>().ReadAsync(TestUser.Expert.AadObjectId, _id))!.Value;

    [Fact]
    public async Task AFullLedgerRefusesTheNextEntryAndKeepsEveryOneItHas()
    {
        // 400 entries, the first 200 in October, which staff locked.
        await _bot.Service<AccompanimentStore>().UpdateAsync(TestUser.Expert.AadObjectId, _id, a => a with
        {
            Hours = new HourLedger
            {
                Entries = [.. Enumerable.Range(0, HourLedger.MaxEntries).Select(i => new HourEntry($"e{i}", new DateOnly(2026, i < 200 ? 10 : 11, 1 + i % 20), 1, WorkKind.Video, null, EntryStatus.Approved, DateTimeOffset.UnixEpoch))],
                LockedMonths = ["2026-10"],
            },
        });

        var card = await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(30, "one-too-many"));

        Assert.Contains("Ce registre d'heures est plein (400 entrées)", Text(card));
        Assert.Contains("Rien n'a été enregistré.", Text(card));
        var stored = await StoredAsync();
        Assert.Equal(Enumerable.Range(0, HourLedger.MaxEntries).Select(i => $"e{i}"), stored.Hours.Entries.Select(e => e.Id));
    }

    [Fact]
    public async Task ABurstOfEntriesOverTheBudgetIsOneApprovalCardThatListsWhatWaits()
    {
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(480, "budget-1"));
        await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(420, "budget-2"));   // the 15 h budget, used
        await _bot.TickAsync();                                               // the 80 % notices
        for (var i = 0; i < 20; i++) await _bot.ExecuteAsync(TestUser.Expert, "hours.log", Entry(30, $"over-{i}"));

        var sent = Assert.Single(await _bot.TickAsync()).Card("approval");           // one message, not twenty
        // Teams refreshes the card for the staff owner when it is shown (Universal Actions): it then lists what waits.
        var approval = await _bot.ExecuteAsync(TestUser.Staff, "hours.approval", sent["refresh"]!["action"]!["data"]!.AsObject());

        Assert.Contains("19 autres entrées attendent aussi (9 h 30)", Text(approval));
        Assert.Contains("… et 9 de plus.", Text(approval));
        var approved = await _bot.ExecuteAsync(TestUser.Staff, "hours.approve", ActionData(approval));
        Assert.StartsWith("Entrée de 30 min du", Text(approved));                 // what was done, then the next entry
        Assert.Contains("18 autres entrées attendent aussi (9 h)", Text(approved));
        Assert.Equal("over-1", (string?)ActionData(approved)["entry"]);
        Assert.Equal(19, (await StoredAsync()).Hours.Entries.Count(e => e.Status == EntryStatus.Pending));
    }
}
