using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace SmqBot.Tests.Support;

/// <summary>A cell as a spreadsheet program reads it: a number (with its number format id), a text, or a formula.</summary>
public sealed record SheetCell(string Text, double? Number, uint NumberFormat, bool QuotePrefix, bool Formula);

/// <summary>
/// Reads a downloaded .xlsx with the Open XML SDK: each sheet's name and cells, whether its header row is frozen and its
/// columns sized, and what the SDK's validator says of the whole package (a workbook Excel would repair fails there).
/// </summary>
public sealed record WorkbookReader(IReadOnlyList<(string Name, bool FrozenHeader, bool Widths, IReadOnlyList<IReadOnlyList<SheetCell>> Rows)> Sheets, IReadOnlyList<string> Errors)
{
    /// <summary>The stylesheet's fonts as "Name size[ bold]" ("Calibri 11 bold"); a font with no name reads " 11".</summary>
    public IReadOnlyList<string> Fonts { get; init; } = [];

    public (string Name, bool FrozenHeader, bool Widths, IReadOnlyList<IReadOnlyList<SheetCell>> Rows) this[string name] => Sheets.Single(s => s.Name == name);

    public static WorkbookReader Open(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var sheets = new List<(string, bool, bool, IReadOnlyList<IReadOnlyList<SheetCell>>)>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var pane = part.Worksheet.GetFirstChild<SheetViews>()?.GetFirstChild<SheetView>()?.GetFirstChild<Pane>();
            var frozen = pane is { State.Value: var state, VerticalSplit.Value: 1 } && state == PaneStateValues.Frozen;
            var widths = part.Worksheet.GetFirstChild<Columns>()?.Elements<Column>().Any() == true;
            var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(row => (IReadOnlyList<SheetCell>)[.. row.Elements<Cell>().Select(cell =>
            {
                var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
                var isText = cell.DataType?.Value == CellValues.InlineString || cell.DataType?.Value == CellValues.SharedString || cell.DataType?.Value == CellValues.String;
                var text = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
                double? number = !isText && double.TryParse(cell.CellValue?.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
                return new SheetCell(text, number, format.NumberFormatId?.Value ?? 0, format.QuotePrefix?.Value == true, cell.CellFormula is not null);
            })]).ToList();
            sheets.Add((sheet.Name!.Value!, frozen, widths, rows));
        }
        var fonts = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>()
            .Select(f => $"{f.FontName?.Val?.Value} {f.FontSize?.Val?.Value}{(f.Bold is not null ? " bold" : "")}").ToList();
        return new WorkbookReader(sheets, errors) { Fonts = fonts };
    }
}
