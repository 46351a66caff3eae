using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;

namespace SmqBot.Data.Reports;

/// <summary>A cohort as SMQ's page lists it: its subject, its experts, how many took part and from how many institutions.</summary>
public sealed record PublishedCohort(string Subject, IReadOnlyList<string> Experts, int Participants, int Institutions);

/// <summary>An accompaniment as SMQ's page lists it: the institution and the axis, never the coached person.</summary>
public sealed record PublishedAccompaniment(string Institution, Axis Axis);

/// <summary>
/// "Accompagnements en cours et passés", one calendar year, as the programme's page publishes it: the cohorts and the
/// accompaniments whose dates overlap the year, by institution and expert only, never a participant's name.
/// </summary>
public sealed record PublishedList(int Year, IReadOnlyList<PublishedCohort> Cohorts, IReadOnlyList<PublishedAccompaniment> Accompaniments)
{
    public static PublishedList Build(int year, IEnumerable<Cohort> cohorts, IEnumerable<Accompaniment> accompaniments)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        bool Overlaps(DateOnly start, DateOnly end) => start <= last && end >= first;
        var order = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-CA"), true);
        return new PublishedList(year,
            [.. cohorts.Where(c => Overlaps(c.Start, c.End)).OrderBy(c => c.Start).Select(c => new PublishedCohort(c.Subject,
                [.. c.Experts.Select(e => e.Name).Where(n => n != Privacy.Redaction.AnonymousName)],
                c.Members.Count, c.Members.Where(m => m.Institution is not null).Select(m => ProgrammeReport.Key(m.Institution!)).Distinct().Count()))],
            [.. accompaniments.Where(a => Overlaps(a.Start, a.End)).OrderBy(a => a.Institution.Name, order).Select(a => new PublishedAccompaniment(a.Institution.Name, a.Axis))
                .Distinct()]);
    }
}
