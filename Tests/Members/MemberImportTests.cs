using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SmqBot.Data.Institutions;
using SmqBot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Members;

/// <summary>
/// Importing SMQ's member list as staff do: the file attached to a message in their chat (Teams' file download
/// attachment, served here by a local HTTP server), a preview of what would be added, changed and refused row by row,
/// then "Appliquer"; the same file again changes nothing. An Excel workbook made with the Open XML SDK, and a French CSV.
/// </summary>
public sealed class MemberImportTests : IAsyncLifetime
{
    private readonly WireMockServer _files = WireMockServer.Start();
    private readonly BotApp _bot;

    public MemberImportTests()
    {
        var settings = BackgroundWork.DrivenByTheTest();
        settings["Members:FileHosts:0"] = "localhost";
        settings["Members:FileHosts:1"] = "127.0.0.1";
        _bot = new BotApp(settings);
    }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_bot).InitializeAsync();
        await _bot.GrantAsync(TestUser.Staff, SmqBot.Data.People.Role.Staff);
        CardReader.People(["Musée de Sept-Îles", "Musée régional de Rimouski", "Pointe-à-Callière", "Gaspésie", "=HYPERLINK(\"http://x\")", "Musée de la Gaspésie"]);
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_bot).DisposeAsync();
        _files.Stop();
    }

    /// <summary>Serves the file and sends the message Teams sends when someone attaches it; the bot's answer.</summary>
    /// <param name="host">The download address's host, when it is not the file server's own name for itself.</param>
    private async Task<JsonObject> AttachAsync(TestUser who, string name, byte[] bytes, string? host = null)
    {
        var path = "/files/" + Guid.NewGuid().ToString("N") + "/" + name;
        _files.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(bytes));
        var url = host is null ? _files.Url + path : new UriBuilder(_files.Url!) { Host = host, Path = path }.Uri.ToString();
        var message = Activities.Message(_bot.ServiceUrl, who, "");
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info", ["name"] = name, ["contentUrl"] = url,
            ["content"] = new JsonObject { ["downloadUrl"] = url, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(name).TrimStart('.') },
        });
        return Assert.Single(await _bot.SendAsync(message));
    }

    private static byte[] Workbook(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddWorkbookPart();
            book.Workbook = new Workbook();
            var sheet = book.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(rows.Select((row, r) => new Row(row.Select((value, c) => value.StartsWith("=f:", StringComparison.Ordinal)
                ? new Cell { CellReference = $"{(char)('A' + c)}{r + 1}", CellFormula = new CellFormula(value[3..]), CellValue = new CellValue("2") }
                : new Cell { CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) })) { RowIndex = (uint)r + 1 })));
            book.Workbook.AppendChild(new Sheets(new Sheet { Id = book.GetIdOfPart(sheet), SheetId = 1, Name = "Membres" }));
        }
        return stream.ToArray();
    }

    private const int MemberImportLimit = 2 * 1024 * 1024;

    private static byte[] FrenchCsv(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))];

    [Fact]
    public async Task AWorkbookIsPreviewedRowByRowAppliedOnceAndTheSameFileAgainChangesNothing()
    {
        var file = Workbook(
            ["Nom", "Région", "Numéro de membre", "Potentiel touristique"],
            ["Musée de Sept-Îles", "Côte-Nord", "M-102", "oui"],
            ["Musée régional de Rimouski", "bas-saint-laurent", "M-044", "non"],
            ["Musée de la Gaspésie", "Gaspésie", "M-077", "oui"],
            ["musee de sept-iles", "Côte-Nord", "M-999", "non"],
            ["=HYPERLINK(\"http://x\")", "Montréal", "", "oui"],
            ["Pointe-à-Callière", "Montréal", "M-001", "=f:1+1"]);

        var preview = await AttachAsync(TestUser.Staff, "membres.xlsx", file);
        var text = Text(preview);
        Assert.Contains("2 ajouts · 0 modification · 0 inchangée · 4 lignes refusées", text);
        Assert.Contains("À ajouter (2)\nMusée de Sept-Îles · Côte-Nord · potentiel touristique\nMusée régional de Rimouski · Bas-Saint-Laurent", text);
        Assert.Contains("Ligne 4 · région inconnue : « Gaspésie »", text);
        Assert.Contains("Ligne 5 · institution déjà dans le fichier : « musee de sept-iles »", text);
        Assert.Contains("Ligne 6 · une formule ou du balisage", text);
        Assert.Contains("Ligne 7 · une formule ou du balisage : « =1+1 »", text);
        Assert.Empty(await _bot.Service<MemberStore>().AllAsync().ToListAsync());        // nothing until applied

        var applied = await _bot.ExecuteAsync(TestUser.Staff, "members.apply", ActionData(preview));
        Assert.Contains("Liste appliquée : 2 institutions ajoutées, 0 modifiée.", Text(applied));
        Assert.Contains("Institutions membres (2)\n1 reconnue pour leur potentiel touristique", Text(applied));
        Assert.Contains("Rien à changer : la liste est déjà à jour.", Text(await _bot.ExecuteAsync(TestUser.Staff, "members.apply", ActionData(preview))));

        // The same file again: nothing to add or change, and no button to press.
        var again = await AttachAsync(TestUser.Staff, "membres.xlsx", file);
        Assert.Contains("0 ajout · 0 modification · 2 inchangées · 4 lignes refusées", Text(again));
        Assert.Empty(Buttons(again));
        var stored = (await _bot.Service<MemberStore>().AllAsync().ToListAsync()).OrderBy(m => m.Name).ToList();
        Assert.Equal([("Musée de Sept-Îles", "Côte-Nord", "M-102", true), ("Musée régional de Rimouski", "Bas-Saint-Laurent", "M-044", false)],
            stored.Select(m => (m.Name, m.Region, m.Number, m.TourismPotential)));
    }

    [Fact]
    public async Task AFrenchCsvChangesWhatChangedAndBadFilesChangeNothing()
    {
        await AttachAsync(TestUser.Staff, "membres.xlsx", Workbook(["Nom", "Région", "Numéro de membre", "Potentiel touristique"], ["Musée de Sept-Îles", "Côte-Nord", "M-102", "non"]));
        await _bot.ExecuteAsync(TestUser.Staff, "members.apply", ActionData(await AttachAsync(TestUser.Staff, "membres.xlsx",
            Workbook(["Nom", "Région", "Numéro de membre", "Potentiel touristique"], ["Musée de Sept-Îles", "Côte-Nord", "M-102", "non"]))));

        var csv = FrenchCsv("Nom;Région;Numéro de membre;Potentiel touristique\n\"Musée de Sept-Îles\";Côte-Nord;M-102;oui\nPointe-à-Callière;Montréal;M-001;non\n");
        var preview = await AttachAsync(TestUser.Staff, "membres.csv", csv);
        Assert.Contains("1 ajout · 1 modification · 0 inchangée · 0 ligne refusée", Text(preview));
        Assert.Contains("À modifier (1)\nMusée de Sept-Îles · Côte-Nord → Musée de Sept-Îles · Côte-Nord · potentiel touristique", Text(preview));
        Assert.Contains("Liste appliquée : 1 institution ajoutée, 1 modifiée.", Text(await _bot.ExecuteAsync(TestUser.Staff, "members.apply", ActionData(preview))));
        Assert.True((await _bot.Service<MemberStore>().FindAsync(MemberInstitution.IdOf("musee de sept-iles")))!.TourismPotential);

        // Missing columns, 5,000 rows, a file that is no spreadsheet, a host Teams does not store files on, someone not staff.
        Assert.Contains("Il manque des colonnes au fichier : Numéro de membre, Potentiel touristique. Rien n'a été importé.",
            Text(await AttachAsync(TestUser.Staff, "membres.csv", FrenchCsv("Nom;Région\nMusée;Montréal\n"))));
        var many = new StringBuilder("Nom;Région;Numéro de membre;Potentiel touristique\n");
        for (var i = 0; i < 5000; i++) many.Append($"Musée numéro {i};Laval;M-{i};non\n");
        var big = Text(await AttachAsync(TestUser.Staff, "membres.csv", FrenchCsv(many.ToString())));
        Assert.Contains("2 000 ajouts", big.Replace('\u202F', ' '));
        Assert.Contains("au-delà de 2000 lignes, le reste du fichier est ignoré", big);
        Assert.Contains("Ce fichier ne se lit pas comme un classeur Excel ou un CSV.", Text(await AttachAsync(TestUser.Staff, "membres.xlsx", Encoding.UTF8.GetBytes("pas un classeur"))));
        Assert.Contains("Joignez un classeur Excel (.xlsx) ou un fichier CSV.", Text(await AttachAsync(TestUser.Staff, "membres.pdf", csv)));
        // Only from the hosts Teams stores files on (here the test's file server by its two names), and at most 2 MB.
        var requests = _files.LogEntries.Count();
        Assert.Contains("Joignez un classeur Excel (.xlsx) ou un fichier CSV.", Text(await AttachAsync(TestUser.Staff, "membres.csv", csv, host: "127.0.0.2")));
        Assert.Equal(requests, _files.LogEntries.Count());                                  // not even asked for
        Assert.Contains("Le fichier dépasse 2 Mo.", Plain(Text(await AttachAsync(TestUser.Staff, "membres.csv", new byte[MemberImportLimit + 1]))));
        var notStaff = await AttachAsync(TestUser.Participant, "membres.csv", csv);
        Assert.DoesNotContain("Importation", Text(notStaff));
        Assert.Equal(2, (await _bot.Service<MemberStore>().AllAsync().ToListAsync()).Count);
    }

    [Fact]
    public async Task PeoplePickTheirInstitutionFromTheListOrNameAnotherForStaffToMatch()
    {
        await _bot.ExecuteAsync(TestUser.Staff, "members.apply", ActionData(await AttachAsync(TestUser.Staff, "membres.csv",
            FrenchCsv("Nom;Région;Numéro de membre;Potentiel touristique\nMusée de Sept-Îles;Côte-Nord;M-102;oui\nPointe-à-Callière;Montréal;M-001;non\n"))));

        var profile = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "profil")));
        var list = Inputs(profile)["member"];
        Assert.Equal("filtered", (string?)list["style"]);
        Assert.Equal(["Musée de Sept-Îles", "Pointe-à-Callière", "Autre (à préciser ci-dessous)"], list["choices"]!.AsArray().Select(c => (string)c!["title"]!));

        var data = ActionData(profile);
        data["member"] = MemberInstitution.IdOf("Musée de Sept-Îles");
        data["language"] = "fr";
        Assert.Contains("Profil enregistré", Text(await _bot.ExecuteAsync(TestUser.Participant, "profile.save", data)));
        var person = await _bot.Service<SmqBot.Data.People.PeopleStore>().FindAsync(TestUser.Participant.AadObjectId);
        Assert.Equal(("Musée de Sept-Îles", "Côte-Nord", MemberInstitution.IdOf("Musée de Sept-Îles")), (person!.Institution!.Name, person.Institution.Region, person.Institution.MemberId));

        // "Autre": the name typed, with no member id, for staff to match later; a forged id is refused and changes nothing.
        data["member"] = "other";
        data["institution"] = "Économusée du fromage";
        data["region"] = "Estrie";
        await _bot.ExecuteAsync(TestUser.Participant, "profile.save", data);
        person = await _bot.Service<SmqBot.Data.People.PeopleStore>().FindAsync(TestUser.Participant.AadObjectId);
        Assert.Equal(("Économusée du fromage", "Estrie", (string?)null), (person!.Institution!.Name, person.Institution.Region, person.Institution.MemberId));
        data["member"] = "m-0000000000000000";
        Assert.Contains("Corrigez", Text(await _bot.ExecuteAsync(TestUser.Participant, "profile.save", data)));
        Assert.Equal("Économusée du fromage", (await _bot.Service<SmqBot.Data.People.PeopleStore>().FindAsync(TestUser.Participant.AadObjectId))!.Institution!.Name);
    }
}
