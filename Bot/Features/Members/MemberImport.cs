using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SmqBot.Data;
using SmqBot.Data.Institutions;

namespace SmqBot.Bot.Features.Members;

/// <summary>A member list read: the rows that hold, those refused, and the columns it lacks (then nothing holds).</summary>
public sealed record ParsedList(IReadOnlyList<(int Line, MemberInstitution Institution)> Rows, IReadOnlyList<RowRefusal> Refused, IReadOnlyList<string> MissingColumns);

/// <summary>
/// SMQ's member list as staff export it: an Excel workbook (its first sheet) or a CSV (comma or semicolon, as French
/// Excel writes it), with a header row naming the columns in French or English: name, region, member number, and
/// recognised for tourism potential (oui/non). Every cell is data: one that would be a formula or markup is refused,
/// like a name too long, a region that is not one of Québec's 17, a name given twice, and rows past the limit.
/// </summary>
public static class MemberImport
{
    public const int MaxRows = 2000;
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxName = 200;

    private static readonly Dictionary<string, string[]> Headers = new()
    {
        ["name"] = ["nom", "institution", "nom de l'institution", "institution museale", "name"],
        ["region"] = ["region"],
        ["number"] = ["numero", "numero de membre", "no", "no de membre", "member number", "number"],
        ["tourism"] = ["potentiel touristique", "reconnue pour son potentiel touristique", "tourism potential", "tourism"],
    };

    public static IReadOnlyList<string> Columns => [.. Headers.Keys];

    public static ParsedList Parse(byte[] bytes, bool workbook, DateTimeOffset now)
    {
        var table = workbook ? ReadWorkbook(bytes) : ReadCsv(bytes);
        if (table.Count == 0) return new ParsedList([], [], Columns);
        var header = table[0].Select(h => Key(h)).ToList();
        var at = Headers.ToDictionary(h => h.Key, h => header.FindIndex(c => h.Value.Contains(c)));
        var missing = at.Where(a => a.Value < 0).Select(a => a.Key).ToList();
        if (missing.Count > 0) return new ParsedList([], [], missing);

        var rows = new List<(int, MemberInstitution)>();
        var refused = new List<RowRefusal>();
        var seen = new HashSet<string>();
        string Cell(IReadOnlyList<string> row, string column) => at[column] is var i and >= 0 && i < row.Count ? row[i].Trim() : "";
        for (var r = 1; r < table.Count; r++)
        {
            var line = r + 1;
            var row = table[r];
            if (row.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count + refused.Count >= MaxRows)
            {
                refused.Add(new RowRefusal(line, RowProblem.TooManyRows, MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                break;
            }
            var (name, region, number, tourism) = (Cell(row, "name"), Cell(row, "region"), Cell(row, "number"), Cell(row, "tourism"));
            if (new[] { name, region, number, tourism }.FirstOrDefault(Unsafe) is { } bad) { refused.Add(new RowRefusal(line, RowProblem.FormulaOrMarkup, Short(bad))); continue; }
            if (name.Length == 0) { refused.Add(new RowRefusal(line, RowProblem.NoName)); continue; }
            if (name.Length > MaxName) { refused.Add(new RowRefusal(line, RowProblem.NameTooLong, Short(name))); continue; }
            if (Regions.Quebec.FirstOrDefault(q => Key(q) == Key(region)) is not { } known) { refused.Add(new RowRefusal(line, RowProblem.UnknownRegion, Short(region))); continue; }
            if (YesNo(tourism) is not { } potential) { refused.Add(new RowRefusal(line, RowProblem.NotYesOrNo, Short(tourism))); continue; }
            if (!seen.Add(Folding.Fold(name))) { refused.Add(new RowRefusal(line, RowProblem.Duplicate, Short(name))); continue; }
            rows.Add((line, new MemberInstitution
            {
                Id = MemberInstitution.IdOf(name), Name = name, Region = known, Number = number.Length == 0 ? null : number, TourismPotential = potential, UpdatedAt = now,
            }));
        }
        return new ParsedList(rows, refused, []);
    }

    /// <summary>A header or a region as matched: folded, with any dash a hyphen and curly apostrophes straight.</summary>
    private static string Key(string text) => Folding.Fold(text).Replace('–', '-').Replace('—', '-').Replace('’', '\'');

    private static bool? YesNo(string text) => Key(text) switch
    {
        "" or "non" or "no" or "n" or "0" or "faux" or "false" => false,
        "oui" or "yes" or "o" or "y" or "x" or "1" or "vrai" or "true" => true,
        _ => null,
    };

    /// <summary>A cell a spreadsheet would run as a formula, or that carries markup: refused, never stored.</summary>
    private static bool Unsafe(string cell) =>
        (Exports.ExportTable.StartsLikeFormula(cell) && !(cell.StartsWith('-') && double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)))
        || cell.Contains('<') || cell.Contains('>');

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static List<IReadOnlyList<string>> ReadCsv(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var firstLine = text.Split('\n')[0];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == separator) { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row);
                row = [];
                if (rows.Count > MaxRows + 2) return rows;
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString().TrimEnd('\r')); rows.Add(row); }
        return rows;
    }

    /// <summary>The first sheet's cells as text (shared and inline strings, numbers as written), row by row.</summary>
    private static List<IReadOnlyList<string>> ReadWorkbook(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var book = document.WorkbookPart ?? throw new InvalidDataException("No workbook.");
        var shared = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = book.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("No sheet.");
        var part = (WorksheetPart)book.GetPartById(sheet.Id!);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = Column(cell.CellReference?.Value);
                while (cells.Count < column) cells.Add("");
                // A cell with a formula is kept as its formula text, so that it is refused as one.
                var value = cell.CellFormula is { } formula ? "=" + formula.Text
                    : cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var s) && s < shared.Count ? shared[s]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                    : cell.CellValue?.Text ?? "";
                cells.Add(value);
            }
            rows.Add(cells);
            if (rows.Count > MaxRows + 2) break;
        }
        return rows;
    }

    private static int Column(string? reference)
    {
        var column = 0;
        foreach (var c in reference ?? "") { if (!char.IsLetter(c)) break; column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1); }
        return Math.Max(0, column - 1);
    }
}
