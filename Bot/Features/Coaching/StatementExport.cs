using System.Globalization;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Data;
using SmqBot.Data.Coaching;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Coaching;

/// <summary>One line of a statement: what the hours were for, and the entry.</summary>
/// <param name="Axis">The accompaniment's axis; null for a cohort's hours.</param>
public sealed record StatementLine(string For, string Region, string Person, Axis? Axis, HourEntry Entry);

/// <summary>
/// Monthly hour statements as CSV, behind a link (<see cref="Exports.ExportLinks"/>) minted for one staff member: it
/// names them, the expert and the month, and is valid 15 minutes; the download checks that its holder is still staff.
/// </summary>
public sealed class StatementExport(Exports.ExportLinks links, AccompanimentStore accompaniments, Data.Cohorts.CohortStore cohorts, PeopleStore people, Callers callers, Data.Privacy.PrivacyStore privacy)
{
    public const string Route = "statements";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <param name="format"><c>xlsx</c> or <c>csv</c>.</param>
    public string LinkFor(string staffAadObjectId, string expertAadObjectId, DateOnly month, string format, Texts texts) =>
        links.Mint(Route, Lifetime, staffAadObjectId, expertAadObjectId, month.ToString("yyyy-MM", CultureInfo.InvariantCulture), format, texts.Locale);

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
            lines.AddRange(a.Hours.Entries.Where(InMonth).Select(e => new StatementLine(a.Institution.Name, a.Institution.Region, a.CoachedPerson.Name, a.Axis, e)));
        foreach (var cohortId in expert?.ExpertOfCohorts ?? [])
            if (await cohorts.FindAsync(cohortId, ct) is { } cohort)
                lines.AddRange(cohort.Hours.Entries.Where(e => e.By == expertAadObjectId && InMonth(e)).Select(e => new StatementLine(cohort.Subject, "", "", null, e)));
        return (expert?.Name ?? expertAadObjectId, lines);
    }

    /// <summary><c>GET /exports/statements/{token}</c>: 404 for a token that is forged, altered or expired; 403 when its holder is no longer staff.</summary>
    public async Task<IResult> DownloadAsync(string token, CancellationToken ct)
    {
        if (links.Read(Route, token) is not [var staff, var expertId, var monthText, var format and (Exports.Spreadsheet.Format or "csv"), var locale]
            || Cards.Model.YearMonth.Parse(monthText)?.First is not { } month)
            return Results.NotFound();
        if (!await callers.IsStaffAsync(staff, ct)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        await privacy.LogAsync(staff, Data.Privacy.AccessAction.Download, Data.Privacy.AccessSubject.Statement(expertId, monthText), ct);

        var (expert, entries) = await StatementAsync(expertId, month, ct);
        var texts = Texts.For(locale);
        var table = Exports.ExportTable.Of(texts.Exports.Sheet("hours"),
            texts.Exports.Columns("Expert", "For", "Region", "CoachedPerson", "Axis", "Date", "Minutes", "Hours", "Kind", "Status", "Note"),
            entries.OrderBy(e => e.Entry.Date), e => [expert, e.For, e.Region, e.Person, e.Axis is { } axis ? texts.Coaching.AxisName(axis) : texts.Exports.Cohort, e.Entry.Date, e.Entry.Minutes, Exports.Hours.FromMinutes(e.Entry.Minutes),
                texts.Coaching.WorkKindName(e.Entry.Kind), texts.Coaching.StatusName(e.Entry.Status), e.Entry.Note]);
        return table.Download(format, texts.Culture, $"{texts.Exports.File("statement")}-{month:yyyy-MM}");
    }
}
