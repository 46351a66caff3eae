using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SmqBot.Bot.Features.Exports;

/// <summary>
/// Export tables as an Excel workbook (.xlsx), one sheet per table, in Calibri 11: a bold, frozen header row; numbers and hours as
/// numbers, dates as dates (yyyy-mm-dd, the Québec standard form); columns as wide as their content. Written with the
/// Open XML SDK (DocumentFormat.OpenXml): Microsoft's own, MIT, no dependency beyond itself, and it gives the control a
/// frozen pane, a number format and a quote prefix need. A text cell is only ever text (no cell carries a formula), and
/// one that starts like a formula also gets Excel's quote prefix, so editing it in Excel keeps it text.
/// </summary>
public static class Spreadsheet
{
    public const string Format = "xlsx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Cell styles, by their index in the stylesheet's cellXfs below.
    private const uint Text = 0, Header = 1, Date = 2, HoursStyle = 3, QuotedText = 4, PercentStyle = 5;
    private const uint DateFormatId = 164;

    public static IResult Download(IReadOnlyList<ExportTable> tables, string baseName) =>
        Results.File(Workbook(tables), ContentType, baseName + ".xlsx");

    public static byte[] Workbook(IReadOnlyList<ExportTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            uint id = 1;
            foreach (var table in tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(table.Name, used) });
            }
        }
        return stream.ToArray();
    }

    private static Worksheet Sheet(ExportTable table)
    {
        var data = new SheetData();
        data.Append(Row(1, table.Headers.Select((h, i) => TextCell(i, 1, h, Header))));
        uint r = 2;
        foreach (var row in table.Rows)
        {
            var index = r++;
            data.Append(Row(index, row.Select((value, i) => Cell(i, index, value)).OfType<Cell>()));
        }
        var widths = Enumerable.Range(0, table.Headers.Count).Select(i =>
            Math.Clamp(table.Rows.Select(row => i < row.Length ? Width(row[i]) : 0).Prepend(table.Headers[i].Length).Max() + 2, 8, 60));
        return new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
            data);
    }

    private static Row Row(uint index, IEnumerable<Cell> cells) => new(cells) { RowIndex = index };

    private static Cell? Cell(int column, uint row, object? value) => value switch
    {
        null => null,
        int n => new Cell { CellReference = Reference(column, row), CellValue = new CellValue(n), DataType = CellValues.Number },
        Hours h => new Cell { CellReference = Reference(column, row), CellValue = new CellValue(h.Value), DataType = CellValues.Number, StyleIndex = HoursStyle },
        double x => new Cell { CellReference = Reference(column, row), CellValue = new CellValue(x), DataType = CellValues.Number },
        Percent p => new Cell { CellReference = Reference(column, row), CellValue = new CellValue(p.Ratio), DataType = CellValues.Number, StyleIndex = PercentStyle },
        // A date is a serial number under a date format: Excel sorts and filters it as a date.
        DateOnly d => new Cell { CellReference = Reference(column, row), CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate()), StyleIndex = Date },
        _ => TextCell(column, row, value.ToString() ?? "", Text),
    };

    private static Cell TextCell(int column, uint row, string text, uint style) => new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = Reference(column, row), DataType = CellValues.InlineString,
        StyleIndex = style == Text && ExportTable.StartsLikeFormula(text) ? QuotedText : style,
    };

    /// <summary>XML 1.0 cannot carry most control characters; a cell is limited to 32,767 characters.</summary>
    private static string Clean(string text)
    {
        var kept = new string([.. text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c))]);
        return kept.Length > 32_767 ? kept[..32_767] : kept;
    }

    private static double Width(object? value) => value switch
    {
        null => 0,
        DateOnly => 10,
        Hours h => h.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture).Length,
        double x => x.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Length,
        Percent => 6,
        _ => (value.ToString() ?? "").Split('\n').Max(line => line.Length),
    };

    private static string Reference(int column, uint row)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ], unique in the workbook.</summary>
    private static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string([.. name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c)]).Trim('\'', ' ');
        if (clean.Length == 0) clean = "Feuille";
        clean = clean.Length > 31 ? clean[..31] : clean;
        var candidate = clean;
        for (var n = 2; !used.Add(candidate); n++) candidate = clean[..Math.Min(clean.Length, 28)] + " " + n;
        return candidate;
    }

    /// <summary>Calibri 11 (Excel's own default), bold for the header; the schema puts Bold first.</summary>
    private static Font Font(bool bold) =>
        new([.. bold ? [new Bold()] : Array.Empty<OpenXmlElement>(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }]);

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        // Named fonts (Calibri 11, Excel's own default): a font without a name opens in LibreOffice's serif face.
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),                                                                   // Text
            new CellFormat { FontId = 1, ApplyFont = true },                                    // Header
            new CellFormat { NumberFormatId = DateFormatId, ApplyNumberFormat = true },         // Date
            new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },                    // Hours: 0.00
            new CellFormat { QuotePrefix = true },                                              // QuotedText
            new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true }) { Count = 6 });    // Percent: 0%
}
