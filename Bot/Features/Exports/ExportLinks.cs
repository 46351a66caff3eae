using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using SmqBot.Bot.Features.Routing;

namespace SmqBot.Bot.Features.Exports;

/// <summary>
/// Links the bot hands out for what a card cannot carry (CSV files, chart images): <c>{PublicUrl}/exports/{route}/{token}</c>,
/// where the token is encrypted and signed (ASP.NET Data Protection), names its route and whatever the download needs
/// (who it was minted for, the month, the year…), and expires. Each download still checks its holder's rights. With
/// several instances the Data Protection key ring must be shared.
/// </summary>
public sealed class ExportLinks(IDataProtectionProvider protection, IOptions<SmqOptions> options)
{
    private readonly ITimeLimitedDataProtector _tokens = protection.CreateProtector("SmqBot.Exports.v1").ToTimeLimitedDataProtector();

    public string Mint(string route, TimeSpan lifetime, params string[] parts) =>
        $"{options.Value.PublicUrl.TrimEnd('/')}/exports/{route}/{_tokens.Protect(string.Join('|', [route, .. parts]), lifetime)}";

    /// <summary>The parts a token for this route carries; null when it is forged, altered, expired or for another route.</summary>
    public string[]? Read(string route, string token)
    {
        try
        {
            var parts = _tokens.Unprotect(token).Split('|');
            return parts[0] == route ? parts[1..] : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>
    /// Rows as a CSV download, with a UTF-8 byte order mark so that spreadsheet programs read accents right. Every cell
    /// goes through <see cref="Cell"/>: what people typed never becomes a formula in a staff member's spreadsheet.
    /// </summary>
    public static IResult Csv(IEnumerable<string[]> rows, string fileName)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), false))
            foreach (var row in rows) csv.WriteRecord([.. row.Select(Cell)]);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", fileName);
    }

    /// <summary>
    /// A cell a spreadsheet reads as text: one that would start a formula (=, +, -, @, a tab or a carriage return) gets a
    /// leading apostrophe, unless it is a plain number (a negative figure stays a number).
    /// </summary>
    public static string Cell(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;
}
