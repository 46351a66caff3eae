using System.Globalization;
using System.Text;
using CsvHelper;

namespace SmqBot.Bot.Features.Exports;

/// <summary>
/// One table of an export, typed: each cell is a <see cref="string"/>, an <see cref="int"/>, <see cref="Hours"/>, a
/// <see cref="DateOnly"/> or null. The same table becomes a CSV file (<see cref="Csv"/>) or a sheet of a workbook
/// (<see cref="Spreadsheet"/>), so both say the same thing in the same words.
/// </summary>
/// <param name="Name">The sheet's name, in the reader's language.</param>
/// <param name="Headers">The column headers, in the reader's language.</param>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows)
{
    public static ExportTable Of<T>(string name, IReadOnlyList<string> headers, IEnumerable<T> items, Func<T, object?[]> row) =>
        new(name, headers, [.. items.Select(row)]);

    /// <summary>
    /// The table as a CSV download with a UTF-8 byte order mark (spreadsheet programs then read accents right). In French,
    /// <c>;</c> separates fields and numbers take a decimal comma, as French Excel expects; in English, <c>,</c> and a
    /// point. Dates are ISO (2026-05-04) in both. Every text cell goes through <see cref="Cell"/>.
    /// </summary>
    public IResult Csv(CultureInfo culture, string fileName)
    {
        var french = culture.TwoLetterISOLanguageName == "fr";
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Separator = french ? ';' : ',' }, false))
        {
            csv.WriteRecord([.. Headers.Select(Cell)]);
            foreach (var row in Rows) csv.WriteRecord([.. row.Select(value => Format(value, culture))]);
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", fileName);
    }

    private static string Format(object? value, CultureInfo culture) => value switch
    {
        null => "",
        int n => n.ToString(culture),
        Hours h => h.Value.ToString("0.##", culture),
        double x => x.ToString("0.##", culture),
        Percent p => (p.Ratio * 100).ToString("0", culture) + "%",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Cell(value.ToString() ?? ""),
    };

    /// <summary>
    /// A CSV cell a spreadsheet reads as text: one that would start a formula (=, +, -, @, a tab or a carriage return)
    /// gets a leading apostrophe, unless it is a plain number (a note "-2" reads as the number it says).
    /// </summary>
    public static string Cell(string value) =>
        StartsLikeFormula(value) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;

    /// <summary>Whether a spreadsheet program would read this text as the start of a formula: the one rule CSV cells and workbook cells share.</summary>
    public static bool StartsLikeFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A CSV or a workbook of this one table, by the format a link names.</summary>
    public IResult Download(string format, CultureInfo culture, string baseName) => format == Spreadsheet.Format
        ? Spreadsheet.Download([this], baseName)
        : Csv(culture, baseName + ".csv");
}

/// <summary>A share (0.45 for 45 %): a number under a percent format in a workbook, "45%" in a CSV.</summary>
public readonly record struct Percent(double Ratio);

/// <summary>A number of hours: a number in a spreadsheet (two decimals shown), never text.</summary>
public readonly record struct Hours(double Value)
{
    public static Hours FromMinutes(int minutes) => new(Math.Round(minutes / 60.0, 4));
}
