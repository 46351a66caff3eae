using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Documents;
using SmqBot.Tests.Support;

using static SmqBot.Benchmarks.Measure;

namespace SmqBot.Benchmarks;

/// <summary>
/// Hour entries logged through HTTP (the adaptiveCard/action invoke of the hours card) to SmqBot on its embedded store:
/// 50 experts with one accompaniment each, 40 entries each. Store calls counted by a decorator over the real store.
/// </summary>
public static class HoursBenchmark
{
    public static async Task<int> RunAsync(Options options)
    {
        var entries = options.Int("entries", 2000);
        var experts = options.Int("experts", 50);
        var dataDir = Directory.CreateTempSubdirectory("smqbot-hours-").FullName;
        var store = new CountingDatabase(SqliteDocumentDatabase.ForFile(Path.Combine(dataDir, "data", "smqbot.db")));
        var app = SmqBotHost.Build(dataDir, new() { ["Outbox:Enabled"] = "false", ["CheckIns:SchedulerEnabled"] = "false", ["Meetings:SchedulerEnabled"] = "false" },
            services => services.AddSingleton<IDocumentDatabase>(store));
        await app.StartAsync();
        var accompaniments = app.Services.GetRequiredService<AccompanimentStore>();
        for (var e = 0; e < experts; e++)
            await accompaniments.CreateAsync(new Accompaniment
            {
                Id = $"a-{e}", Institution = new($"Musée {e}", "Montréal"), CoachedPerson = new($"aad-coached-{e}", $"Personne {e}"),
                Expert = new($"aad-expert-{e}", $"Expert {e}"), StaffOwner = new("aad-staff", "Personnel"), Axis = Axis.Audiences,
                BudgetMinutes = 10_000 * 60, FiscalYear = "2026-2027", Start = new(2026, 4, 1), End = new(2027, 3, 31), TenantId = "tenant",
            });

        var url = app.Address() + "api/messages";
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++) await LogAsync(http, url, $"warm{i}", i % experts);
        store.Reset();
        var latencies = new double[entries];
        for (var i = 0; i < entries; i++) latencies[i] = await LogAsync(http, url, $"n{i}", i % experts);
        var operations = store.Calls.Values.Sum();

        Array.Sort(latencies);
        Print("hours.p50_ms", Measure.Percentile(latencies, 0.50));
        Print("hours.p99_ms", Measure.Percentile(latencies, 0.99));
        Print("hours.store_ops_per_log", operations / (double)entries);
        Print("hours.cross_partition_queries", store.Count("cross-partition query"));

        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
        return 0;
    }

    private static Task<double> LogAsync(HttpClient http, string url, string nonce, int expert) =>
        Measure.ExecuteAsync(http, url, $"aad-expert-{expert}", expert, "hours.log",
            new JsonObject { ["for"] = $"accompaniment:a-{expert}", ["nonce"] = nonce, ["date"] = "2026-11-02", ["minutes"] = "45", ["kind"] = "Video", ["note"] = "Séance." },
            "Heures enregistrées");
}
