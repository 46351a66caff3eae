using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json.Nodes;
using SmqBot.Data.Activities;
using SmqBot.Data.Documents;
using SmqBot.Tests.Support;

using static SmqBot.Benchmarks.Measure;

namespace SmqBot.Benchmarks;

/// <summary>
/// Registrations to an activité ponctuelle through HTTP (the adaptiveCard/action invoke of the activity's card) to SmqBot
/// on its embedded store: one person after another (latency, store calls per registration), then a burst of people at
/// once for fewer places (how long until everyone has an answer, how many seats, and the writes the ETag retries cost).
/// </summary>
public static class ActivitiesBenchmark
{
    public static async Task<int> RunAsync(Options options)
    {
        var registrations = options.Int("registrations", 1000);
        var burst = options.Int("burst", 50);
        var places = options.Int("places", 20);
        var dataDir = Directory.CreateTempSubdirectory("smqbot-activities-").FullName;
        var store = new CountingDatabase(SqliteDocumentDatabase.ForFile(Path.Combine(dataDir, "data", "smqbot.db")));
        var app = SmqBotHost.Build(dataDir, new() { ["Outbox:Enabled"] = "false", ["CheckIns:SchedulerEnabled"] = "false", ["Meetings:SchedulerEnabled"] = "false", ["Activities:SchedulerEnabled"] = "false" },
            services => services.AddSingleton<IDocumentDatabase>(store));
        await app.StartAsync();
        var activities = app.Services.GetRequiredService<ActivityStore>();
        var now = DateTimeOffset.UtcNow;
        Activity Published(string id, int? capacity) => new()
        {
            Id = id, Kind = ActivityKind.Forum, Title = "Forum", Subject = "Sujet", Description = "Description", Start = now.AddDays(10), End = now.AddDays(10).AddHours(3),
            Format = ActivityFormat.InPerson, Place = "Québec", Capacity = capacity, RegistrationDeadline = now.AddDays(9), CreatedBy = "aad-staff", CreatedAt = now, PublishedAt = now,
        };
        await activities.CreateAsync(Published("activity-open", null));
        await activities.CreateAsync(Published("activity-burst", places));

        var url = app.Address() + "api/messages";
        using var http = new HttpClient();
        for (var i = 0; i < 50; i++) await RegisterAsync(http, url, "activity-open", 100_000 + i, "Votre place est confirmée.");
        store.Reset();
        var latencies = new double[registrations];
        for (var i = 0; i < registrations; i++) latencies[i] = await RegisterAsync(http, url, "activity-open", i, "Votre place est confirmée.");
        var operations = store.Calls.Values.Sum();
        Array.Sort(latencies);
        Print("activities.p50_ms", Percentile(latencies, 0.50));
        Print("activities.p99_ms", Percentile(latencies, 0.99));
        Print("activities.store_ops_per_registration", operations / (double)registrations);

        store.Reset();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, burst).Select(i => RegisterAsync(http, url, "activity-burst", 200_000 + i, "Votre place est confirmée.", "au rang")));
        var wall = clock.Elapsed.TotalMilliseconds;
        var seated = (await activities.FindAsync("activity-burst"))!;
        Print("activities.burst_people", burst);
        Print("activities.burst_wall_ms", wall);
        Print("activities.burst_confirmed", seated.Confirmed.Count);
        Print("activities.burst_waiting", seated.Waiting.Count);
        // Each registration writes its own document once and its seat once; writes beyond 2 per person are ETag retries.
        Print("activities.burst_writes_per_registration", store.Count("write") / (double)burst);

        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
        return 0;
    }

    private static Task<double> RegisterAsync(HttpClient http, string url, string activity, int person, params string[] expected) =>
        Measure.ExecuteAsync(http, url, $"aad-person-{person}", person, "activities.register", new JsonObject { ["activity"] = activity }, expected);
}
