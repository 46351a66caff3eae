using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Documents;
using SmqBot.Tests.Support;

using static SmqBot.Benchmarks.Measure;

namespace SmqBot.Benchmarks;

/// <summary>
/// Check-in submissions through HTTP (the adaptiveCard/action invoke Teams sends) to SmqBot on its embedded store:
/// 50 members of one cohort, each with three targets, sending 40 check-ins each (so documents grow as they do in a
/// real cohort). Store calls are counted by a decorator over the real store, with background work turned off.
/// </summary>
public static class CheckInBenchmark
{
    private const string CohortId = "c-bench";

    public static async Task<int> RunAsync(Options options)
    {
        var submissions = options.Int("submissions", 2000);
        var members = options.Int("members", 50);
        var dataDir = Directory.CreateTempSubdirectory("smqbot-checkin-").FullName;
        var store = new CountingDatabase(SqliteDocumentDatabase.ForFile(Path.Combine(dataDir, "data", "smqbot.db")));

        var app = SmqBotHost.Build(dataDir, new() { ["Outbox:Enabled"] = "false", ["CheckIns:SchedulerEnabled"] = "false", ["Meetings:SchedulerEnabled"] = "false" },
            services => services.AddSingleton<IDocumentDatabase>(store));
        await app.StartAsync();
        await SeedAsync(app.Services.GetRequiredService<CohortStore>(), members);

        var url = app.Address() + "api/messages";
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++) await SubmitAsync(http, url, $"warm{i}", i % members);

        store.Reset();
        var latencies = new double[submissions];
        for (var i = 0; i < submissions; i++) latencies[i] = await SubmitAsync(http, url, $"n{i}", i % members);
        var operations = store.Calls.Values.Sum();
        var crossPartition = store.Count("cross-partition query");

        Array.Sort(latencies);
        Print("checkin.p50_ms", Measure.Percentile(latencies, 0.50));
        Print("checkin.p99_ms", Measure.Percentile(latencies, 0.99));
        Print("checkin.store_ops_per_submit", operations / (double)submissions);
        Print("checkin.cross_partition_queries", crossPartition);

        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
        return 0;
    }

    private static async Task SeedAsync(CohortStore cohorts, int members)
    {
        for (var m = 0; m < members; m++)
            await cohorts.UpdateParticipationAsync(CohortId, $"aad-{m}", _ => new Participation
            {
                CourseId = CohortId, AadObjectId = $"aad-{m}", Name = $"Membre {m}", CourseTitle = "Banc d'essai",
                Start = new(2026, 9, 7), End = new(2027, 3, 31),
                Targets = [.. Enumerable.Range(1, 3).Select(t => new Target { Id = $"t{t}", What = $"Cible {t}", Indicator = "Mesure", Baseline = 0, Goal = 10, Due = new(2027, 3, 31) })],
            });
    }

    private static Task<double> SubmitAsync(HttpClient http, string url, string nonce, int member) =>
        Measure.ExecuteAsync(http, url, $"aad-{member}", member, "checkin.submit",
            new JsonObject { ["cohort"] = CohortId, ["nonce"] = nonce, ["t_t1"] = "3", ["t_t2"] = "5,5", ["t_t3"] = "7", ["applied"] = "Essai sur le terrain.", ["confidence"] = "4" },
            "Bilan enregistré");
}
