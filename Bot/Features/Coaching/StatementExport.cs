using System.Globalization;
using System.Text;
using CsvHelper;
using SmqBot.Bot.Features.Routing;
using SmqBot.Data.Coaching;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Coaching;

/// <summary>
/// Monthly hour statements as CSV, behind a link (<see cref="Exports.ExportLinks"/>) minted for one staff member: it
/// names them, the expert and the month, and is valid 15 minutes; the download checks that its holder is still staff.
/// </summary>
/// <summary>One line of a statement: what the hours were for, and the entry.</summary>
public sealed record StatementLine(string For, string Region, string Person, string Axis, HourEntry Entry);

public sealed class StatementExport(Exports.ExportLinks links, AccompanimentStore accompaniments, Data.Cohorts.CohortStore cohorts, PeopleStore people, Callers callers)
{
    public const string Route = "statements";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public string LinkFor(string staffAadObjectId, string expertAadObjectId, DateOnly month) =>
        links.Mint(Route, Lifetime, staffAadObjectId, expertAadObjectId, month.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    /// <summary>
    /// An expert's name and entries in a month: their accompaniments (one single-partition query) and their cohorts
    /// (the person's profile names them; point reads).
    /// </summary>
    public async Task<(string ExpertName, IReadOnlyList<StatementLine> Lines)> StatementAsync(string expertAadObjectId, DateOnly month, CancellationToken ct)
    {
        bool InMonth(HourEntry e) => e.Date.Year == month.Year && e.Date.Month == month.Month;
        var expert = await people.FindAsync(expertAadObjectId, ct);
        var lines = new List<StatementLine>();
        await foreach (var a in accompaniments.OfExpertAsync(expertAadObjectId, ct))
            lines.AddRange(a.Entries.Where(InMonth).Select(e => new StatementLine(a.Institution.Name, a.Institution.Region, a.CoachedPerson.Name, a.Axis.ToString(), e)));
        foreach (var cohortId in expert?.ExpertOfCohorts ?? [])
            if (await cohorts.FindAsync(cohortId, ct) is { } cohort)
                lines.AddRange(cohort.HourEntries.Where(e => e.By == expertAadObjectId && InMonth(e)).Select(e => new StatementLine(cohort.Subject, "", "", "Cohort", e)));
        return (expert?.Name ?? expertAadObjectId, lines);
    }

    /// <summary><c>GET /exports/statements/{token}</c>: 404 for a token that is forged, altered or expired; 403 when its holder is no longer staff.</summary>
    public async Task<IResult> DownloadAsync(string token, CancellationToken ct)
    {
        if (links.Read(Route, token) is not { Length: 3 } parts || CardData.ParseMonth(parts[2]) is not { } month)
            return Results.NotFound();
        if (await people.FindAsync(parts[0], ct) is not { } holder || !callers.For(holder, null).Has(Role.Staff)) return Results.StatusCode(StatusCodes.Status403Forbidden);

        var (expert, entries) = await StatementAsync(parts[1], month, ct);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), false))
        {
            csv.WriteRecord(["Expert", "Institution", "Region", "CoachedPerson", "Axis", "Date", "Minutes", "Hours", "Kind", "Status", "Note"]);
            foreach (var (of, region, person, axis, entry) in entries.OrderBy(e => e.Entry.Date))
                csv.WriteRecord(
                [
                    expert, of, region, person, axis,
                    entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), entry.Minutes.ToString(CultureInfo.InvariantCulture),
                    (entry.Minutes / 60.0).ToString("0.##", CultureInfo.InvariantCulture), entry.Kind.ToString(), entry.Status.ToString(), entry.Note ?? "",
                ]);
        }
        // A UTF-8 byte order mark, so that spreadsheet programs read accents right.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"heures-{month:yyyy-MM}.csv");
    }
}
