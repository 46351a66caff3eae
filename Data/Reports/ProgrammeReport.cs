using System.Globalization;
using SmqBot.Data.Activities;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Meetings;

namespace SmqBot.Data.Reports;

public sealed record AccompanimentLine(string Institution, string Region, string CoachedPerson, string Expert, Axis Axis, DateOnly Start, DateOnly End,
    int BudgetMinutes, int MinutesInYear, bool Closed, int? Satisfaction);

public sealed record CohortLine(string Subject, DateOnly Start, DateOnly End, int Participants, int Institutions, int MeetingsHeld,
    int CheckInsAnswered, int CheckInsAsked, int TargetsAchieved, int Targets);

public sealed record Breakdown(string Key, int Accompaniments, int Minutes);

/// <summary>An activité ponctuelle of the year: its confirmed registrations, waiting list, attendance, institutions, and satisfaction.</summary>
public sealed record ActivityLine(string Title, ActivityKind Kind, DateOnly Date, ActivityFormat Format, int Registered, int Waiting, int Present, int Institutions, double? Satisfaction);

/// <summary>
/// The year's activités ponctuelles: those published, not cancelled, that took place in the fiscal year (by their date).
/// Registrations are the confirmed places; institutions and regions are the confirmed people's (from their profiles),
/// each counted once; satisfaction is the evaluations' average.
/// </summary>
public sealed record ActivitiesSummary(IReadOnlyList<ActivityLine> Lines, IReadOnlyList<(ActivityKind Kind, int Count)> ByKind, int Registered, int Present,
    int Institutions, int Regions, int Evaluations, double? AverageSatisfaction)
{
    public static readonly ActivitiesSummary None = new([], [], 0, 0, 0, 0, 0, null);

    public static ActivitiesSummary Of(IEnumerable<(Activity Activity, IReadOnlyList<Registration> Registrations)> activities, DateOnly first, DateOnly last)
    {
        var year = activities.Where(x => x.Activity.Published && !x.Activity.Cancelled && Programme.DateOf(x.Activity.Start) >= first && Programme.DateOf(x.Activity.Start) <= last)
            .OrderBy(x => x.Activity.Start).ToList();
        var lines = new List<ActivityLine>();
        var (institutions, regions) = (new HashSet<string>(), new HashSet<string>());
        var scores = new List<int>();
        foreach (var (activity, registrations) in year)
        {
            var confirmed = registrations.Where(r => activity.Confirmed.Contains(r.AadObjectId)).ToList();
            var mine = confirmed.Where(r => r.Institution is { Length: > 0 }).Select(r => ProgrammeReport.Key(r.Institution!)).Distinct().ToList();
            institutions.UnionWith(mine);
            regions.UnionWith(confirmed.Where(r => r.Region is { Length: > 0 }).Select(r => r.Region!));
            var evaluations = confirmed.Select(r => r.Evaluation).OfType<ActivityEvaluation>().ToList();
            scores.AddRange(evaluations.Select(e => e.Satisfaction));
            lines.Add(new ActivityLine(activity.Title, activity.Kind, Programme.DateOf(activity.Start), activity.Format, activity.Confirmed.Count, activity.Waiting.Count,
                confirmed.Count(r => r.Present == true), mine.Count, evaluations.Count == 0 ? null : Math.Round(evaluations.Average(e => e.Satisfaction), 1)));
        }
        return new ActivitiesSummary(lines, [.. Enum.GetValues<ActivityKind>().Select(k => (k, lines.Count(l => l.Kind == k))).Where(k => k.Item2 > 0)],
            lines.Sum(l => l.Registered), lines.Sum(l => l.Present), institutions.Count, regions.Count, scores.Count, scores.Count == 0 ? null : Math.Round(scores.Average(), 1));
    }
}

public sealed record ExpertHours(string Name, int AccompanimentMinutes, int CohortMinutes)
{
    public int Minutes => AccompanimentMinutes + CohortMinutes;
}

/// <summary>
/// The programme's figures for one fiscal year, as the Ministry asks for them. The counting rules:
/// <list type="bullet">
/// <item>An accompaniment or a cohort belongs to every fiscal year its dates overlap.</item>
/// <item>Institutions are counted once however many accompaniments (or members) they have: by name, ignoring case,
/// accents and spacing.</item>
/// <item>Hours count in the fiscal year they were delivered (the entry's date), approved entries only; a budget counts
/// in the fiscal year its accompaniment started.</item>
/// <item>Evaluations count in the year they were answered; check-ins per round that went out in the year, by the
/// scheduler's own rule (answered the round, or checked in on one's own shortly before it).</item>
/// </list>
/// </summary>
public sealed record ProgrammeReport
{
    public required string FiscalYear { get; init; }
    public required DateTimeOffset At { get; init; }

    public required int Institutions { get; init; }
    public required int Accompaniments { get; init; }
    public required int MinutesDelivered { get; init; }
    public required int MinutesBudgeted { get; init; }
    public required IReadOnlyList<Breakdown> ByAxis { get; init; }
    public required IReadOnlyList<Breakdown> ByRegion { get; init; }
    public required int Evaluations { get; init; }
    public required double? AverageSatisfaction { get; init; }
    public required double? RecommendShare { get; init; }
    public required (int Achieved, int Partly, int Not) Outcomes { get; init; }
    public required IReadOnlyList<AccompanimentLine> AccompanimentLines { get; init; }

    public required IReadOnlyList<CohortLine> Cohorts { get; init; }
    public required int CohortParticipants { get; init; }
    public required int CohortInstitutions { get; init; }
    public required int MeetingsHeld { get; init; }
    public required (int Answered, int Asked) CheckIns { get; init; }
    public required (int Achieved, int Total) CohortTargets { get; init; }

    public required IReadOnlyList<ExpertHours> Experts { get; init; }

    public ActivitiesSummary Activities { get; init; } = ActivitiesSummary.None;

    public Impact Impact { get; init; } = Impact.None;

    /// <summary>The year's plan, when staff set one.</summary>
    public AnnualPlan? Plan { get; init; }

    public static ProgrammeReport Build(string fiscalYear, IReadOnlyList<Accompaniment> accompaniments, IReadOnlyList<(Cohort Cohort, IReadOnlyList<Participation> Participations, IReadOnlyList<Meeting> Meetings)> cohorts, DateTimeOffset now,
        IReadOnlyList<(Activity Activity, IReadOnlyList<Registration> Registrations)>? activities = null,
        IReadOnlyDictionary<string, IReadOnlyList<Participation>>? coached = null)
    {
        var (first, last) = Programme.FiscalYearDates(fiscalYear) ?? throw new ArgumentException("Not a fiscal year.", nameof(fiscalYear));
        bool InYear(DateOnly d) => d >= first && d <= last;
        bool Overlaps(DateOnly start, DateOnly end) => start <= last && end >= first;
        static int Delivered(IEnumerable<HourEntry> entries, Func<DateOnly, bool> inYear) =>
            entries.Where(e => e.Status == EntryStatus.Approved && inYear(e.Date)).Sum(e => e.Minutes);

        var year = accompaniments.Where(a => Overlaps(a.Start, a.End)).ToList();
        var lines = year.Select(a => new AccompanimentLine(a.Institution.Name, a.Institution.Region, a.CoachedPerson.Name, a.Expert.Name, a.Axis, a.Start, a.End,
                a.BudgetMinutes, Delivered(a.Hours.Entries, InYear), a.Closed, a.Evaluation is { } e && InYear(Programme.DateOf(e.At)) ? e.Satisfaction : null))
            .OrderBy(l => l.Institution, StringComparer.Create(CultureInfo.GetCultureInfo("fr-CA"), true)).ThenBy(l => l.Start).ThenBy(l => l.CoachedPerson, StringComparer.Ordinal).ToList();
        var evaluations = year.Select(a => a.Evaluation).OfType<Evaluation>().Where(e => InYear(Programme.DateOf(e.At))).ToList();
        var outcomes = evaluations.SelectMany(e => e.Targets).ToList();

        var cohortLines = new List<CohortLine>();
        var participants = new HashSet<string>();
        var cohortInstitutions = new HashSet<string>();
        var (answered, asked, achieved, targets, meetingsHeld) = (0, 0, 0, 0, 0);
        foreach (var (cohort, participations, meetings) in cohorts.Where(c => Overlaps(c.Cohort.Start, c.Cohort.End)).OrderBy(c => c.Cohort.Start))
        {
            var rounds = CheckInSchedule.Rounds(cohort).Where(r => r.At <= now && InYear(Programme.DateOf(r.At))).ToList();
            var members = cohort.Members.Select(m => m.AadObjectId).ToHashSet();
            var mine = participations.Where(p => members.Contains(p.AadObjectId)).ToList();
            var (cohortAnswered, cohortAsked) = (0, 0);
            foreach (var p in mine)
                foreach (var round in rounds)
                {
                    cohortAsked++;
                    if (p.Answered(round, cohort.Cadence)) cohortAnswered++;
                }
            var held = meetings.Count(m => m.Status == MeetingStatus.Scheduled && m.End <= now && InYear(Programme.DateOf(m.Start!.Value)));
            var memberTargets = mine.SelectMany(p => p.Targets).ToList();
            var institutions = cohort.Members.Where(m => m.Institution is not null).Select(m => Key(m.Institution!)).Distinct().ToList();
            cohortLines.Add(new CohortLine(cohort.Subject, cohort.Start, cohort.End, cohort.Members.Count, institutions.Count, held,
                cohortAnswered, cohortAsked, memberTargets.Count(t => t.State == TargetState.Achieved), memberTargets.Count));
            participants.UnionWith(members);
            cohortInstitutions.UnionWith(institutions);
            (answered, asked, meetingsHeld) = (answered + cohortAnswered, asked + cohortAsked, meetingsHeld + held);
            (achieved, targets) = (achieved + memberTargets.Count(t => t.State == TargetState.Achieved), targets + memberTargets.Count);
        }

        var experts = year.GroupBy(a => a.Expert.AadObjectId).Select(g => (Id: g.Key, Name: g.First().Expert.Name, Minutes: g.Sum(a => Delivered(a.Hours.Entries, InYear)), Cohort: 0))
            .Concat(cohorts.Select(c => c.Cohort).Where(c => Overlaps(c.Start, c.End)).SelectMany(c => c.Hours.Entries.Where(e => e.By is not null)
                .Select(e => (Id: e.By!, Name: c.Experts.FirstOrDefault(x => x.AadObjectId == e.By)?.Name ?? e.By!, Minutes: 0, Cohort: Delivered([e], InYear)))))
            .GroupBy(x => x.Id)
            .Select(g => new ExpertHours(g.First().Name, g.Sum(x => x.Minutes), g.Sum(x => x.Cohort)))
            .Where(x => x.Minutes > 0)
            .OrderByDescending(x => x.Minutes).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();

        return new ProgrammeReport
        {
            FiscalYear = fiscalYear, At = now,
            Institutions = year.Select(a => Key(a.Institution)).Distinct().Count(),
            Accompaniments = year.Count,
            MinutesDelivered = lines.Sum(l => l.MinutesInYear),
            MinutesBudgeted = year.Where(a => a.FiscalYear == fiscalYear).Sum(a => a.BudgetMinutes),
            ByAxis = [.. Enum.GetValues<Axis>().Select(axis => new Breakdown(axis.ToString(), lines.Count(l => l.Axis == axis), lines.Where(l => l.Axis == axis).Sum(l => l.MinutesInYear)))],
            ByRegion = [.. lines.GroupBy(l => l.Region).Select(g => new Breakdown(g.Key, g.Count(), g.Sum(l => l.MinutesInYear))).OrderBy(b => b.Key, StringComparer.Create(CultureInfo.GetCultureInfo("fr-CA"), true))],
            Evaluations = evaluations.Count,
            AverageSatisfaction = evaluations.Count == 0 ? null : Math.Round(evaluations.Average(e => e.Satisfaction), 1),
            RecommendShare = evaluations.Count == 0 ? null : Math.Round(100.0 * evaluations.Count(e => e.WouldRecommend) / evaluations.Count),
            Outcomes = (outcomes.Count(o => o.Outcome == Outcome.Achieved), outcomes.Count(o => o.Outcome == Outcome.Partly), outcomes.Count(o => o.Outcome == Outcome.Not)),
            AccompanimentLines = lines,
            Cohorts = cohortLines,
            CohortParticipants = participants.Count,
            CohortInstitutions = cohortInstitutions.Count,
            MeetingsHeld = meetingsHeld,
            CheckIns = (answered, asked),
            CohortTargets = (achieved, targets),
            Experts = experts,
            Activities = ActivitiesSummary.Of(activities ?? [], first, last),
            Impact = ImpactOf(year, cohorts.Where(c => Overlaps(c.Cohort.Start, c.Cohort.End)).ToList(), coached ?? new Dictionary<string, IReadOnlyList<Participation>>(), InYear),
        };
    }

    /// <summary>The targets of the year's courses and what was applied in the field (see <see cref="Reports.Impact"/>).</summary>
    private static Impact ImpactOf(IReadOnlyList<Accompaniment> accompaniments, IReadOnlyList<(Cohort Cohort, IReadOnlyList<Participation> Participations, IReadOnlyList<Meeting> Meetings)> cohorts,
        IReadOnlyDictionary<string, IReadOnlyList<Participation>> coached, Func<DateOnly, bool> inYear)
    {
        static TargetLine Line(string course, CourseKind kind, string institution, Target t) =>
            new(course, kind, institution, t.Indicator, t.Unit, t.Baseline, t.History.Count > 0 ? t.Latest : null, t.Goal, Improvement.Progress(t));
        var (cohortTargets, coachingTargets, lines) = (new List<Target>(), new List<Target>(), new List<TargetLine>());
        var fieldParticipations = new List<Participation>();
        foreach (var (cohort, participations, _) in cohorts)
        {
            foreach (var member in cohort.Members)
                if (participations.FirstOrDefault(p => p.AadObjectId == member.AadObjectId) is { } p)
                {
                    fieldParticipations.Add(p);
                    foreach (var t in p.Targets.Where(t => t.State != TargetState.Abandoned))
                    {
                        cohortTargets.Add(t);
                        lines.Add(Line(cohort.Subject, CourseKind.Cohort, member.Institution?.Name ?? "", t));
                    }
                }
            foreach (var t in cohort.CollectiveTargets.Where(t => t.State != TargetState.Abandoned))
            {
                cohortTargets.Add(t);
                lines.Add(Line(cohort.Subject, CourseKind.Cohort, "", t));
            }
        }
        foreach (var a in accompaniments)
            if (coached.GetValueOrDefault(a.Id)?.FirstOrDefault(p => p.AadObjectId == a.CoachedPerson.AadObjectId) is { } p)
            {
                fieldParticipations.Add(p);
                foreach (var t in p.Targets.Where(t => t.State != TargetState.Abandoned))
                {
                    coachingTargets.Add(t);
                    lines.Add(Line(a.Institution.Name, CourseKind.Accompaniment, a.Institution.Name, t));
                }
            }
        return new Impact(ImpactFigures.Of(cohortTargets), ImpactFigures.Of(coachingTargets),
            fieldParticipations.Sum(p => p.CheckIns.Count(c => !string.IsNullOrWhiteSpace(c.Applied) && inYear(Programme.DateOf(c.At)))),
            fieldParticipations.Sum(p => p.Intentions.Count(i => inYear(Programme.DateOf(i.At)))),
            lines);
    }

    /// <summary>An institution as counted: by its member id when it is on SMQ's member list, else by its folded name.</summary>
    public static string Key(Institution institution) => institution.MemberId ?? Key(institution.Name);

    /// <summary>An institution's name as counted: "Musée de Sept-Îles" and "musee de  sept-iles" are one institution.</summary>
    public static string Key(string name) => Folding.Fold(name);
}
