using System.Globalization;
using System.Text.Json.Nodes;
using SmqBot.Bot.Features.Exports;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Cards.Reports;
using SmqBot.Data;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Meetings;
using SmqBot.Data.People;
using SmqBot.Data.Reports;

namespace SmqBot.Bot.Features.Reports;

/// <summary>
/// Reads what the other features stored into one fiscal year's <see cref="ProgrammeReport"/>: the accompaniments and
/// cohorts whose dates overlap the year (two cross-partition queries by date), each such cohort's participations and
/// meetings. Nothing is entered twice.
/// </summary>
public sealed class ReportSource(AccompanimentStore accompaniments, CohortStore cohorts, MeetingStore meetings, Data.Activities.ActivityStore activities, PlanStore plans, TimeProvider time)
{
    /// <summary>
    /// The figures a plan is measured against (institutions, hours delivered, cohorts), by the report's own rules but from
    /// its two queries by date only: the dashboard shows them on every opening, without each course's details.
    /// </summary>
    public async Task<ProgrammeReport> HeadlineAsync(string fiscalYear, CancellationToken ct)
    {
        var (first, last) = Programme.FiscalYearDates(fiscalYear) ?? throw new ArgumentException("Not a fiscal year.", nameof(fiscalYear));
        var year = await accompaniments.OverlappingAsync(first, last, ct).ToListAsync(ct);
        var running = await cohorts.OverlappingAsync(first, last, ct).ToListAsync(ct);
        return ProgrammeReport.Build(fiscalYear, year, [.. running.Select(c => (c, (IReadOnlyList<Participation>)[], (IReadOnlyList<Meeting>)[]))], time.GetUtcNow());
    }

    public async Task<ProgrammeReport> BuildAsync(string fiscalYear, CancellationToken ct)
    {
        var (first, last) = Programme.FiscalYearDates(fiscalYear) ?? throw new ArgumentException("Not a fiscal year.", nameof(fiscalYear));
        var year = await accompaniments.OverlappingAsync(first, last, ct).ToListAsync(ct);
        var running = await cohorts.OverlappingAsync(first, last, ct).ToListAsync(ct);
        // Each cohort's participations and meetings are independent queries: run them together.
        var details = await Task.WhenAll(running.Select(async c => (c,
            (IReadOnlyList<Participation>)await cohorts.ParticipationsInAsync(c.Id, ct).ToListAsync(ct),
            (IReadOnlyList<Meeting>)await meetings.OfCohortAsync(c.Id, ct).ToListAsync(ct))));
        // The year's activities (a few dozen) with their registrations: one single-partition query each.
        var held = await activities.AllAsync(ct).Where(a => a.Published && !a.Cancelled && Programme.DateOf(a.Start) >= first && Programme.DateOf(a.Start) <= last).ToListAsync(ct);
        var withRegistrations = await Task.WhenAll(held.Select(async a => (a, (IReadOnlyList<Data.Activities.Registration>)await activities.RegistrationsAsync(a.Id, ct).ToListAsync(ct))));
        // Each accompaniment's participations (the coached person's targets and check-ins): one query on the indexed course id each.
        var coached = await Task.WhenAll(year.Select(async a => (a.Id, (IReadOnlyList<Participation>)await cohorts.ParticipationsInAsync(a.Id, ct).ToListAsync(ct))));
        return ProgrammeReport.Build(fiscalYear, year, details, time.GetUtcNow(), withRegistrations, coached.ToDictionary(c => c.Id, c => c.Item2))
            with { Plan = await plans.FindAsync(fiscalYear, ct) };
    }
}

/// <summary>
/// `rapport` / `report` (staff): a fiscal year's figures for the Ministry, with charts, the year's list and a CSV of
/// every table behind links minted for the staff member (like the hour statements). `tableau de bord` / `dashboard`
/// (staff): what needs attention now.
/// </summary>
public sealed class ReportsFeature(ReportSource source, ReportExport export, AccompanimentStore accompaniments, CohortStore cohorts, MeetingStore meetings,
    CallStore calls, PlanStore plans, PublishedListExport publishedList, Enrolment.StaffLists lists, TimeProvider time) : IFeature
{
    public static readonly CommandInfo DashboardCommand = new("dashboard", ["tableau de bord", "dashboard"], t => t.Reports.DashboardCommand, [Role.Staff]) { Order = 100 };

    public static readonly CommandInfo ReportCommand = new("report", ["rapport", "report"], t => t.Reports.ReportCommand, [Role.Staff], InManifest: false) { Order = 90, Expensive = true };

    public const string FirstFiscalYear = "2020-2021";
    private static readonly TimeSpan CallsClosingWithin = TimeSpan.FromDays(7);
    private const double NearBudget = 0.8;

    public static readonly CommandInfo PublishedCommand = new("published", ["liste publiée", "published list"], t => t.Reports.PublishedCommand, [Role.Staff], InManifest: false) { Order = 95 };

    public IEnumerable<(CommandInfo, Handler)> Commands =>
        [(ReportCommand, (r, ct) => Report(r, r.Arguments, ct)), (DashboardCommand, Dashboard), (PublishedCommand, (r, ct) => Published(r, r.Arguments, ct))];

    public IEnumerable<VerbRoute> Verbs =>
    [
        ActionRoute.For<Cards.Reports.ShowReport>([Role.Staff], (r, show, ct) => Report(r, show.Year, ct)) with { Expensive = true },
        new(Cards.Reports.ReportVerbs.Dashboard, [Role.Staff], Dashboard),
        ActionRoute.For<OpenPlan>([Role.Staff], OpenPlanForm),
        ActionRoute.For<ShowPublishedList>([Role.Staff], (r, show, ct) => Published(r, show.Year, ct)),
        FormRoute.For<PlanForm, Cards.Reports.SavePlan>([Role.Staff], PlanForm.Bind, RedisplayPlan, SavePlanAsync),
    ];

    /// <summary>The calendar years a published list can be asked for, from the programme's first (2020) to this one, newest first.</summary>
    private IReadOnlyList<int> CalendarYears() => [.. Enumerable.Range(2020, Programme.Today(time).Year - 2019).Reverse()];

    /// <summary>A calendar year's published list (this year's when none is asked), with its plain text and HTML fragment to download.</summary>
    private async Task<Reply> Published(Request request, string? asked, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        asked = asked?.Trim() ?? "";
        var year = asked.Length == 0 ? Programme.Today(time).Year
            : int.TryParse(asked, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : 0;
        if (!CalendarYears().Contains(year)) return Reply.Refuse(texts, texts.Reports.NotACalendarYear);
        var list = await publishedList.BuildAsync(year, ct);
        var staff = request.Caller.Person.AadObjectId;
        return PublishedListCard.Build(list, CalendarYears(), publishedList.LinkFor(staff, year, "html", texts), publishedList.LinkFor(staff, year, "txt", texts), texts);
    }

    /// <summary>The plan's form for a fiscal year the report offers, filled with its plan when there is one.</summary>
    private async Task<Reply> OpenPlanForm(Request request, OpenPlan open, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (!Years().Contains(open.Year)) return Reply.Refuse(texts, texts.Reports.NotAFiscalYear);
        return PlanFormCard.Build(open.Year, PlanForm.Of(await plans.FindAsync(open.Year, ct)), texts);
    }

    private Task<Reply> RedisplayPlan(Request request, Cards.Reports.SavePlan save, Cards.Forms.FormState state, CancellationToken ct) =>
        Task.FromResult<Reply>(Years().Contains(save.Year) ? PlanFormCard.Build(save.Year, state, request.Caller.Texts) : Reply.Refuse(request.Caller.Texts, request.Caller.Texts.Reports.NotAFiscalYear));

    /// <summary>Saves the year's plan (setting it again replaces it) and shows the report with it.</summary>
    private async Task<Reply> SavePlanAsync(Request request, Cards.Reports.SavePlan save, Submission<PlanForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (!Years().Contains(save.Year)) return Reply.Refuse(texts, texts.Reports.NotAFiscalYear);
        var form = submission.Form;
        await plans.SaveAsync(new AnnualPlan
        {
            FiscalYear = save.Year, Institutions = form.Institutions, Hours = form.Hours, Cohorts = form.Cohorts,
            SetBy = request.Caller.Person.AadObjectId, SetAt = time.GetUtcNow(),
        }, ct);
        return (await Report(request, save.Year, ct)).Card.Saying(texts.Reports.PlanSaved);
    }

    /// <summary>The fiscal years a report can be asked for, from the programme's first (2020-2021) to the current one.</summary>
    private IReadOnlyList<string> Years()
    {
        var current = Programme.FiscalYear(Programme.Today(time));
        var years = new List<string>();
        for (var y = 2020; string.CompareOrdinal($"{y}-{y + 1}", current) <= 0; y++) years.Add($"{y}-{y + 1}");
        years.Reverse();
        return years;
    }

    private async Task<Reply> Report(Request request, string? asked, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        asked = asked?.Trim() ?? "";
        var year = asked.Length == 0 ? Programme.FiscalYear(Programme.Today(time)) : asked;
        if (Programme.FiscalYearDates(year) is null || !Years().Contains(year)) return Reply.Refuse(texts, texts.Reports.NotAFiscalYear);
        var report = await source.BuildAsync(year, ct);
        var staff = request.Caller.Person.AadObjectId;
        var links = ReportExport.Tables.ToDictionary(t => t, t => export.LinkFor(staff, year, t, texts));
        return ReportCard.Build(report, Years(), export.LinkFor(staff, year, ReportExport.Workbook, texts), links, (export.LinkFor(staff, year, ReportExport.AxisChart, texts), export.LinkFor(staff, year, ReportExport.TargetsChart, texts)), texts);
    }

    private async Task<Reply> Dashboard(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var now = time.GetUtcNow();
        var near = new List<(string, string, Cards.Coaching.ShowEntries)>();
        var pending = new List<(string, string, Cards.Coaching.ShowEntries)>();
        await foreach (var a in accompaniments.OpenAsync(ct))
        {
            var open = new Cards.Coaching.ShowEntries(a.Expert.AadObjectId, a.Id);
            var used = a.UsedMinutes;
            if (used >= NearBudget * a.BudgetMinutes)
                near.Add(($"{a.Institution.Name} · {a.CoachedPerson.Name}", $"{texts.Reports.BudgetShare(texts.Hours(used), texts.Hours(a.BudgetMinutes))} ({texts.Percent(100.0 * used / a.BudgetMinutes)})", open));
            foreach (var e in a.Hours.Entries.Where(e => e.Status == EntryStatus.Pending))
                pending.Add(($"{a.Expert.Name} · {a.Institution.Name}", texts.Reports.PendingEntry(texts.Hours(e.Minutes), texts.DayMonth(e.Date)), open));
        }
        var silent = new List<string>();
        var undated = new List<(string, Cards.Meetings.ShowProposal)>();
        var openCohorts = await cohorts.OpenAsync(ct).ToListAsync(ct);
        foreach (var cohort in openCohorts)
        {
            var lastTwo = CheckInSchedule.Rounds(cohort).TakeWhile(r => r.At <= now).TakeLast(2).ToList();
            if (lastTwo.Count == 2)
                await foreach (var p in cohorts.ParticipationsInAsync(cohort.Id, ct))
                    if (p.CourseOpen && cohort.Members.Any(m => m.AadObjectId == p.AadObjectId)
                        && lastTwo.All(r => !p.Answered(r, cohort.Cadence)))
                        silent.Add($"{p.Name} — {cohort.Subject}");
            await foreach (var m in meetings.OfCohortAsync(cohort.Id, ct))
                if (m.Status == MeetingStatus.Polling)
                    undated.Add(($"{cohort.Subject} — {(m.PollOpen(now) ? texts.Meetings.PollClosesIn(texts.Ago(m.PollClosesAt, now)) : texts.Meetings.PollClosed)}",
                        new Cards.Meetings.ShowProposal(cohort.Id, m.Id)));
        }
        // People added whom SmqBot has not reached: invited (not come yet), or unreachable with the reason.
        var notReached = new List<string>();
        var reach = await lists.ReachAsync(openCohorts, ct);
        foreach (var cohort in openCohorts)
        {
            notReached.AddRange(cohort.Invited.Where(i => i.Reason is null).Select(i => texts.Reports.NotReachedInvited(i.Email, cohort.Subject)));
            notReached.AddRange(reach[cohort.Id].Unreachable.Select(u => texts.Reports.NotReachedBecause(u.Who, cohort.Subject, texts.CheckIns.ReachReason(u.Reason))));
        }
        foreach (var waiting in await lists.WaitingAsync(ct))
            notReached.AddRange(new[] { waiting.CoachedPerson, waiting.Expert }.Where(p => p.IsNotKnownYet)
                .Select(p => texts.Reports.NotReachedInvited(p.Email ?? p.Name, waiting.Institution.Name)));
        var closing = new List<(string, Cards.Calls.ReviewApplications)>();
        await foreach (var call in calls.RecentAsync(50, ct))
            if (call.IsOpen(now) && call.Deadline - now <= CallsClosingWithin)
                closing.Add(($"{call.TitleFr} — {texts.Calls.EndsIn(texts.Ago(call.Deadline, now))}", new Cards.Calls.ReviewApplications(call.Id, null)));
        return DashboardCard.Build(new DashboardView(near, pending, silent, closing, undated, notReached, await PlanLineAsync(texts, ct)), texts);
    }

    /// <summary>Where the current fiscal year stands against its plan (its report's figures), or that it has none.</summary>
    private async Task<string> PlanLineAsync(Texts texts, CancellationToken ct)
    {
        var year = Programme.FiscalYear(Programme.Today(time));
        if (await plans.FindAsync(year, ct) is not { } plan) return texts.Reports.NoPlanFor(year);
        var report = await source.HeadlineAsync(year, ct);
        return texts.Reports.PlanLine(year, texts.Reports.PlanInstitutions(report.Institutions, plan.Institutions),
            texts.Reports.PlanHours(texts.Hours(report.MinutesDelivered), texts.Hours(plan.Hours * 60)), texts.Reports.PlanCohorts(report.Cohorts.Count, plan.Cohorts));
    }
}

/// <summary>
/// The report's tables (one workbook of every table, or one table as CSV) and its charts (PNG), behind links
/// (<see cref="Exports.ExportLinks"/>) minted for one staff member: they name them, the fiscal year, the table or chart
/// and the language, and are valid 15 minutes for a table and a day for a chart (the card shows it when reopened); the
/// download checks they are still staff, and every one, a chart's included, is in the access log.
/// </summary>
public sealed class ReportExport(Exports.ExportLinks exportLinks, ReportSource source, Callers callers, Data.Privacy.PrivacyStore privacy)
{
    public const string Route = "reports";
    public static readonly IReadOnlyList<string> Tables = ["accompaniments", "cohorts", "targets", "activities", "experts", "axes", "regions"];
    public const string Workbook = "workbook";
    public const string AxisChart = "chart-axis";
    public const string TargetsChart = "chart-targets";
    private static readonly TimeSpan ChartLifetime = TimeSpan.FromDays(1);

    public string LinkFor(string staffAadObjectId, string fiscalYear, string what, Texts texts) =>
        exportLinks.Mint(Route, what.StartsWith("chart-", StringComparison.Ordinal) ? ChartLifetime : Coaching.StatementExport.Lifetime, staffAadObjectId, fiscalYear, what, texts.Locale);

    /// <summary><c>GET /exports/reports/{token}</c>: 404 for a token that is forged, altered or expired; 403 when its holder is no longer staff.</summary>
    public async Task<IResult> DownloadAsync(string token, CancellationToken ct)
    {
        if (exportLinks.Read(Route, token) is not { Length: 4 } parts || Programme.FiscalYearDates(parts[1]) is null
            || !(Tables.Contains(parts[2]) || parts[2] is Workbook or AxisChart or TargetsChart)) return Results.NotFound();
        if (!await callers.IsStaffAsync(parts[0], ct)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        await privacy.LogAsync(parts[0], Data.Privacy.AccessAction.Download, Data.Privacy.AccessSubject.Report(parts[1], parts[2]), ct);

        var report = await source.BuildAsync(parts[1], ct);
        var texts = Texts.For(parts[3]);
        // Named in the reader's language: "rapport-2026-2027-regions.csv", "report-2026-2027-regions.csv".
        var name = $"{texts.Exports.File("report")}-{parts[1]}";
        if (parts[2] is AxisChart) return Results.File(ReportCharts.HoursByAxis(report, texts), "image/png", $"{name}-{texts.Exports.FileSlug("axes")}.png");
        if (parts[2] is TargetsChart) return Results.File(ReportCharts.Targets(report, texts), "image/png", $"{name}-{texts.Exports.File("targets")}.png");
        if (parts[2] is Workbook) return Exports.Spreadsheet.Download([.. Tables.Select(t => Table(report, t, texts))], name);
        return Table(report, parts[2], texts).Csv(texts.Culture, $"{name}-{texts.Exports.FileSlug(parts[2])}.csv");
    }

    /// <summary>One of the report's tables, in the staff member's language; hours as numbers, dates as dates.</summary>
    public static ExportTable Table(ProgrammeReport report, string table, Texts texts)
    {
        var e = texts.Exports;
        static Exports.Hours H(int minutes) => Exports.Hours.FromMinutes(minutes);
        return table switch
        {
            "accompaniments" => ExportTable.Of(e.Sheet(table),
                e.Columns("Institution", "Region", "CoachedPerson", "Expert", "Axis", "Start", "End", "BudgetHours", "HoursInYear", "State", "Satisfaction"),
                report.AccompanimentLines, l => [l.Institution, l.Region, l.CoachedPerson, l.Expert, texts.Coaching.AxisName(l.Axis), l.Start, l.End,
                    H(l.BudgetMinutes), H(l.MinutesInYear), texts.Reports.AccompanimentState(l.Closed), l.Satisfaction]),
            "cohorts" => ExportTable.Of(e.Sheet(table),
                e.Columns("Subject", "Start", "End", "Participants", "Institutions", "MeetingsHeld", "CheckInsAnswered", "CheckInsAsked", "TargetsAchieved", "Targets"),
                report.Cohorts, c => [c.Subject, c.Start, c.End, c.Participants, c.Institutions, c.MeetingsHeld, c.CheckInsAnswered, c.CheckInsAsked, c.TargetsAchieved, c.Targets]),
            // Every target of the year's courses, by course and institution: never a person's name.
            "targets" => ExportTable.Of(e.Sheet(table), e.Columns("Course", "CourseKind", "Institution", "Indicator", "Unit", "Baseline", "Latest", "Goal", "Progress"),
                report.Impact.Targets, t => [t.Course, t.Kind == CourseKind.Cohort ? e.Cohort : e.Accompaniment, t.Institution, t.Indicator, t.Unit, t.Baseline, t.Latest, t.Goal,
                    t.Progress is { } p ? new Percent(p) : null]),
            "activities" => ExportTable.Of(e.Sheet(table), e.Columns("Title", "ActivityKind", "Date", "Format", "Registered", "Waiting", "Present", "Institutions", "Satisfaction"),
                report.Activities.Lines, a => [a.Title, texts.Activities.KindName(a.Kind), a.Date, texts.Activities.FormatName(a.Format), a.Registered, a.Waiting, a.Present, a.Institutions, a.Satisfaction]),
            "experts" => ExportTable.Of(e.Sheet(table), e.Columns("Expert", "CoachingHours", "CohortHours", "TotalHours"),
                report.Experts, x => [x.Name, H(x.AccompanimentMinutes), H(x.CohortMinutes), H(x.Minutes)]),
            "axes" => ExportTable.Of(e.Sheet(table), e.Columns("Axis", "Accompaniments", "Hours"),
                report.ByAxis, b => [Enum.TryParse<Axis>(b.Key, out var axis) ? texts.Coaching.AxisName(axis) : b.Key, b.Accompaniments, H(b.Minutes)]),
            _ => ExportTable.Of(e.Sheet("regions"), e.Columns("Region", "Accompaniments", "Hours"),
                report.ByRegion, b => [b.Key, b.Accompaniments, H(b.Minutes)]),
        };
    }
}

/// <summary>
/// The published list of a calendar year, as plain text or an HTML fragment (every name encoded), behind a link minted
/// for one staff member and valid 15 minutes; the download checks they are still staff. It names institutions and
/// experts only.
/// </summary>
public sealed class PublishedListExport(Exports.ExportLinks exportLinks, AccompanimentStore accompaniments, CohortStore cohorts, Callers callers, TimeProvider time)
{
    public const string Route = "published";

    public string LinkFor(string staffAadObjectId, int year, string format, Texts texts) =>
        exportLinks.Mint(Route, Coaching.StatementExport.Lifetime, staffAadObjectId, year.ToString(CultureInfo.InvariantCulture), format, texts.Locale);

    public async Task<PublishedList> BuildAsync(int year, CancellationToken ct) => PublishedList.Build(year,
        await cohorts.OverlappingAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct).ToListAsync(ct),
        await accompaniments.OverlappingAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct).ToListAsync(ct));

    /// <summary><c>GET /exports/published/{token}</c>: 404 for a token that is forged, altered or expired; 403 when its holder is no longer staff.</summary>
    public async Task<IResult> DownloadAsync(string token, CancellationToken ct)
    {
        if (exportLinks.Read(Route, token) is not [var staff, var yearText, var format and ("html" or "txt"), _]
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2020 || year > Programme.Today(time).Year)
            return Results.NotFound();
        if (!await callers.IsStaffAsync(staff, ct)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var list = await BuildAsync(year, ct);
        var bytes = System.Text.Encoding.UTF8.GetBytes(format == "html" ? PublishedListText.Html(list) : PublishedListText.Plain(list));
        return format == "html"
            ? Results.File(bytes, "text/html; charset=utf-8", $"liste-{year}.html")
            : Results.File(bytes, "text/plain; charset=utf-8", $"liste-{year}.txt");
    }
}
