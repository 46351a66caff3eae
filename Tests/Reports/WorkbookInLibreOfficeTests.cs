using System.Diagnostics;
using System.Xml.Linq;
using SmqBot.Bot.Features.Exports;

namespace SmqBot.Tests.Reports;

/// <summary>
/// A workbook SmqBot writes, opened by a spreadsheet program nobody on the project wrote: LibreOffice Calc, headless
/// (Debian's libreoffice-calc, which the test build installs when it is missing, as it does Chromium), converting it to
/// a flat OpenDocument file. What Calc read is then in plain XML: the fonts it was asked for, each value's type, and
/// that no text became a formula.
/// </summary>
public sealed class WorkbookInLibreOfficeTests
{
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    [Fact]
    public async Task CalcOpensItWithNamedFontsTypedValuesAndNoFormula()
    {
        var folder = Directory.CreateTempSubdirectory("calc-").FullName;
        try
        {
            var table = ExportTable.Of("Accompagnements", ["Institution muséale", "Début", "Heures prévues", "Entrées", "Note"],
                new[] { ("Musée de Sept-Îles", new DateOnly(2026, 11, 24), 90, 3, "=HYPERLINK(\"http://x\";\"cliquez\")") },
                r => [r.Item1, r.Item2, Hours.FromMinutes(r.Item3), r.Item4, r.Item5]);
            var xlsx = Path.Combine(folder, "rapport.xlsx");
            await File.WriteAllBytesAsync(xlsx, Spreadsheet.Workbook([table]));

            // Its own profile folder, so that it neither needs nor touches a user's, nor waits for another Calc.
            var start = new ProcessStartInfo("soffice",
                [$"-env:UserInstallation=file://{folder}/profile", "--headless", "--norestore", "--convert-to", "fods", "--outdir", folder, xlsx])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var (output, errors) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var converted = Path.Combine(folder, "rapport.fods");
            Assert.True(process.ExitCode == 0 && File.Exists(converted), $"soffice: {await output} {await errors}");

            var document = XDocument.Load(converted);
            // The fonts: Calibri, named (a workbook without a font name opens in a serif face).
            var faces = document.Descendants(Style + "font-face").Select(f => (string?)f.Attribute(Style + "name")).ToList();
            Assert.Contains("Calibri", faces);
            var sheet = Assert.Single(document.Descendants(Table + "table"));
            Assert.Equal("Accompagnements", (string?)sheet.Attribute(Table + "name"));
            var rows = sheet.Descendants(Table + "table-row").Select(r => r.Elements(Table + "table-cell").Where(c => c.Attribute(Office + "value-type") is not null).ToList())
                .Where(r => r.Count > 0).ToList();
            Assert.Equal(["Institution muséale", "Début", "Heures prévues", "Entrées", "Note"], rows[0].Select(c => c.Element(Text + "p")?.Value));
            var values = rows[1];
            Assert.Equal(("string", "Musée de Sept-Îles"), ((string?)values[0].Attribute(Office + "value-type"), values[0].Element(Text + "p")?.Value));
            Assert.Equal(("date", "2026-11-24"), ((string?)values[1].Attribute(Office + "value-type"), ((string?)values[1].Attribute(Office + "date-value"))?[..10]));
            Assert.Equal(("float", "1.5"), ((string?)values[2].Attribute(Office + "value-type"), (string?)values[2].Attribute(Office + "value")));
            Assert.Equal(("float", "3"), ((string?)values[3].Attribute(Office + "value-type"), (string?)values[3].Attribute(Office + "value")));
            Assert.Equal("string", (string?)values[4].Attribute(Office + "value-type"));
            Assert.DoesNotContain(document.Descendants(Table + "table-cell"), c => c.Attribute(Table + "formula") is not null);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
