using System.Diagnostics;
using SmqBot.Bot.Features.Reports;
using SmqBot.Cards.Common;
using SmqBot.Cards.Reports;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Documents;
using SmqBot.Data.Meetings;
using SmqBot.Tests.Support;

using static SmqBot.Benchmarks.Measure;

namespace SmqBot.Benchmarks;

/// <summary>
/// One fiscal year's report over ten fiscal years of generated data (500 accompaniments with 20,000 hour entries,
/// 100 cohorts of 10 members with 50,000 check-ins, 500 meetings), in the embedded SQLite store and in the Cosmos test
/// endpoint (<c>@vercel/cosmosdb-server</c> through the real SDK). What is timed is what `rapport` does: read the
/// year's documents, compute the figures and build the card, plus rendering both charts (served behind the card's links). Prints the median of the runs.
/// </summary>
public static class ReportBenchmark
{
    private const string Year = "2025-2026";

    public static async Task<int> RunAsync(Options options)
    {
        var runs = options.Int("runs", 7);
        var dataDir = Directory.CreateTempSubdirectory("smqbot-report-").FullName;
        var sqlite = SqliteDocumentDatabase.ForFile(Path.Combine(dataDir, "smqbot.db"));
        await sqlite.InitializeAsync();
        var generated = await GenerateAsync(sqlite);
        Print("report.generated_accompaniments", generated.Accompaniments);
        Print("report.generated_hour_entries", generated.Entries);
        Print("report.generated_cohorts", generated.Cohorts);
        Print("report.generated_checkins", generated.CheckIns);
        var (sqliteMs, sqliteReport) = await TimeAsync(sqlite, runs);
        Print("report.sqlite_ms", sqliteMs);

        var server = new CosmosServer();
        await server.InitializeAsync();
        try
        {
            var cosmos = new CosmosDocumentDatabase(server.Client, "report-benchmark");
            await cosmos.InitializeAsync();
            await GenerateAsync(cosmos);
            var (cosmosMs, cosmosReport) = await TimeAsync(cosmos, runs);
            Print("report.cosmos_ms", cosmosMs);
            // The same data in both stores must give the same figures.
            Print("report.accompaniments_in_year", sqliteReport.Accompaniments);
            Print("report.cohorts_in_year", sqliteReport.Cohorts.Count);
            Print("report.hours_in_year", sqliteReport.MinutesDelivered / 60.0);
            Print("report.stores_agree", Same(sqliteReport, cosmosReport) ? 1 : 0);
        }
        finally
        {
            await server.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
        return 0;
    }

    private static bool Same(Data.Reports.ProgrammeReport a, Data.Reports.ProgrammeReport b) =>
        (a.Institutions, a.Accompaniments, a.MinutesDelivered, a.MinutesBudgeted, a.Evaluations, a.CohortParticipants, a.MeetingsHeld, a.CheckIns, a.CohortTargets, a.Experts.Count)
        == (b.Institutions, b.Accompaniments, b.MinutesDelivered, b.MinutesBudgeted, b.Evaluations, b.CohortParticipants, b.MeetingsHeld, b.CheckIns, b.CohortTargets, b.Experts.Count);

    private static async Task<(double Ms, Data.Reports.ProgrammeReport Report)> TimeAsync(IDocumentDatabase database, int runs)
    {
        var source = new ReportSource(new AccompanimentStore(database), new CohortStore(database), new MeetingStore(database), new Data.Activities.ActivityStore(database), new Data.Reports.PlanStore(database), TimeProvider.System);
        var texts = Texts.French;
        var times = new List<double>();
        Data.Reports.ProgrammeReport? last = null;
        for (var run = -2; run < runs; run++)   // two warm-up runs
        {
            var clock = Stopwatch.StartNew();
            var report = await source.BuildAsync(Year, CancellationToken.None);
            var card = ReportCard.Build(report, [Year], "https://localhost/workbook", new Dictionary<string, string>(), ("https://localhost/axis.png", "https://localhost/targets.png"), texts);
            var charts = (ReportCharts.HoursByAxis(report, texts), ReportCharts.Targets(report, texts));   // what the card's two image links serve
            clock.Stop();
            if (report.Accompaniments == 0 || report.Cohorts.Count == 0 || card.Body.Count == 0 || charts.Item1.Length == 0) throw new InvalidOperationException("The report found nothing: the data is wrong.");
            if (run >= 0) times.Add(clock.Elapsed.TotalMilliseconds);
            last = report;
        }
        times.Sort();
        return (Math.Round(times[times.Count / 2], 1), last!);
    }

    /// <summary>Ten fiscal years, 2016-2017 to 2025-2026: 50 accompaniments and 10 cohorts a year.</summary>
    internal static async Task<(int Accompaniments, int Entries, int Cohorts, int CheckIns)> GenerateAsync(IDocumentDatabase database)
    {
        var random = new Random(42);
        var accompaniments = new AccompanimentStore(database);
        var cohorts = new CohortStore(database);
        var meetings = new MeetingStore(database);
        var (entryCount, checkInCount) = (0, 0);
        var staff = new PersonRef("aad-staff", "Personnel SMQ");
        var regions = new[] { "Montréal", "Capitale-Nationale", "Côte-Nord", "Bas-Saint-Laurent", "Estrie", "Outaouais", "Mauricie", "Gaspésie" };
        for (var y = 0; y < 10; y++)
        {
            var yearStart = new DateOnly(2016 + y, 4, 1);
            var fiscalYear = $"{2016 + y}-{2017 + y}";
            for (var i = 0; i < 50; i++)
            {
                var start = yearStart.AddDays(random.Next(0, 300));
                var end = start.AddDays(random.Next(150, 270));   // some run into the next fiscal year
                var expert = random.Next(0, 25);
                var entries = Enumerable.Range(0, 40).Select(e => new HourEntry($"e{e}", start.AddDays(e * (end.DayNumber - start.DayNumber) / 40), 15 * random.Next(1, 9),
                    WorkKind.Video, null, EntryStatus.Approved, DateTimeOffset.UnixEpoch, $"aad-expert-{expert}")).ToList();
                entryCount += entries.Count;
                await accompaniments.CreateAsync(new Accompaniment
                {
                    Id = $"a-{y}-{i}", Institution = new($"Musée {random.Next(0, 200)}", regions[random.Next(regions.Length)]),
                    CoachedPerson = new($"aad-coached-{y}-{i}", $"Personne {y}-{i}"), Expert = new($"aad-expert-{expert}", $"Expert {expert}"), StaffOwner = staff,
                    Axis = (Axis)random.Next(0, 5), BudgetMinutes = 15 * 60, FiscalYear = fiscalYear, Start = start, End = end, TenantId = "tenant", Hours = new HourLedger { Entries = entries },
                    Closed = i % 2 == 0,
                    Evaluation = i % 2 == 0 ? new Evaluation([new("t1", "Cible", (Outcome)random.Next(0, 3))], random.Next(3, 6), random.Next(0, 4) > 0, null, new DateTimeOffset(end.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)) : null,
                });
            }
            for (var c = 0; c < 10; c++)
            {
                var start = yearStart.AddDays(random.Next(0, 60));
                var cohort = new Cohort
                {
                    Id = $"c-{y}-{c}", Subject = $"Cohorte {y}-{c}", FiscalYear = fiscalYear, Start = start, End = start.AddDays(300), TenantId = "tenant",
                    Experts = [new($"aad-expert-{c}", $"Expert {c}")],
                    Members = [.. Enumerable.Range(0, 10).Select(m => new PersonRef($"aad-member-{y}-{c}-{m}", $"Membre {m}", null, new($"Musée {random.Next(0, 200)}", "Estrie")))],
                    Closed = y < 9,
                };
                await cohorts.CreateAsync(cohort);
                var rounds = CheckInSchedule.Rounds(cohort).ToList();
                foreach (var member in cohort.Members)
                {
                    var checkIns = Enumerable.Range(0, 50).Select(k => new CheckIn($"k{k}", k < rounds.Count && random.Next(0, 4) > 0 ? k : null,
                        cohort.Start.ToDateTime(new TimeOnly(15, 0)).AddDays(k * 6) is var at ? new DateTimeOffset(at, TimeSpan.Zero) : default, [], null, null, 4)).ToList();
                    checkInCount += checkIns.Count;
                    await cohorts.UpdateParticipationAsync(cohort.Id, member.AadObjectId, _ => new Participation
                    {
                        CourseId = cohort.Id, AadObjectId = member.AadObjectId, Name = member.Name, CourseTitle = cohort.Subject, Start = cohort.Start, End = cohort.End,
                        CourseOpen = !cohort.Closed, CheckIns = checkIns,
                        Targets = [new Target { Id = "t1", What = "Cible", Indicator = "Nombre", Goal = 10, Due = cohort.End, State = random.Next(0, 2) == 0 ? TargetState.Achieved : TargetState.Active }],
                    });
                }
                for (var m = 0; m < 5; m++)
                {
                    var at = new DateTimeOffset(start.AddDays(30 + 50 * m).ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
                    await meetings.CreateAsync(new Meeting
                    {
                        Id = $"m-{y}-{c}-{m}", CohortId = cohort.Id, CohortSubject = cohort.Subject, TenantId = "tenant", Organiser = staff, DurationMinutes = 90,
                        Status = MeetingStatus.Scheduled, Start = at, End = at.AddMinutes(90), TransactionId = Guid.NewGuid().ToString(),
                    });
                }
            }
        }
        return (500, entryCount, 100, checkInCount);
    }
}
