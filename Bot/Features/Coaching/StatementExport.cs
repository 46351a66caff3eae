using System.Globalization;
using SmqBot.Bot.Features.Routing;
using SmqBot.Data.Coaching;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Coaching;

/// <summary>One line of a statement: what the hours were for, and the entry.</summary>
public sealed record StatementLine(string For, string Region, string Person, string Axis, HourEntry Entry);

/// <summary>
/// Monthly hour statements as CSV, behind a link (<see cref="Exports.ExportLinks"/>) minted for one staff member: it
/// names them, the expert and the month, and is valid 15 minutes; the download checks that its holder is still staff.
/// </summary>
public sealed class StatementExport(Exports.ExportLinks links, AccompanimentStore accompaniments, Data.Cohorts.CohortStore cohorts, PeopleStore people, Callers callers, Data.Privacy.PrivacyStore privacy)
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
            lines.AddRange(a.Hours.Entries.Where(InMonth).Select(e => new StatementLine(a.Institution.Name, a.Institution.Region, a.CoachedPerson.Name, a.Axis.ToString(), e)));
        foreach (var cohortId in expert?.ExpertOfCohorts ?? [])
            if (await cohorts.FindAsync(cohortId, ct) is { } cohort)
                lines.AddRange(cohort.Hours.Entries.Where(e => e.By == expertAadObjectId && InMonth(e)).Select(e => new StatementLine(cohort.Subject, "", "", "Cohort", e)));
        return (expert?.Name ?? expertAadObjectId, lines);
    }

    /// <summary><c>GET /exports/statements/{token}</c>: 404 for a token that is forged, altered or expired; 403 when its holder is no longer staff.</summary>
    public async Task<IResult> DownloadAsync(string token, CancellationToken ct)
    {
        if (links.Read(Route, token) is not { Length: 3 } parts || CardData.ParseMonth(parts[2]) is not { } month)
            return Results.NotFound();
        if (!await callers.IsStaffAsync(parts[0], ct)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        await privacy.LogAsync(parts[0], Data.Privacy.AccessAction.Download, $"statement:{parts[1]}:{parts[2]}", ct);

        var (expert, entries) = await StatementAsync(parts[1], month, ct);
        return Exports.ExportLinks.Csv(entries.OrderBy(e => e.Entry.Date).Select(e => new[]
        {
            expert, e.For, e.Region, e.Person, e.Axis,
            e.Entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Entry.Minutes.ToString(CultureInfo.InvariantCulture),
            (e.Entry.Minutes / 60.0).ToString("0.##", CultureInfo.InvariantCulture), e.Entry.Kind.ToString(), e.Entry.Status.ToString(), e.Entry.Note ?? "",
        }).Prepend(["Expert", "Institution", "Region", "CoachedPerson", "Axis", "Date", "Minutes", "Hours", "Kind", "Status", "Note"]), $"heures-{month:yyyy-MM}.csv");
    }
}
