using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Tests.Support;

using static SmqBot.Benchmarks.Measure;

namespace SmqBot.Benchmarks;

/// <summary>
/// Many people at once, through HTTP on the embedded store: 20 conversations in parallel for 30 seconds, each a person
/// who is both a cohort member and an expert, turning round `aide` (a message whose reply goes to the connector), a
/// check-in and an hour entry (card actions, each a write). Then the bare Bot Framework echo bot, same conversations,
/// same duration, same connector, same requests: it echoes the message to the connector and each card action's verb
/// in its invoke response. Prints requests per second for both, their ratio, SmqBot's p99,
/// the requests that failed and the SQLite "database is locked" errors the host logged.
/// </summary>
public static class LoadBenchmark
{
    // A member keeps at most 100 check-ins per cohort (a document-size guard): each person is in ten cohorts and
    // checks in to each in turn, so that a long run stays inside it.
    private const int Cohorts = 10;
    private static string Cohort(int i) => $"c-load-{i / 3 % Cohorts}";

    public static async Task<int> RunAsync(Options options)
    {
        var conversations = options.Int("conversations", 20);
        var seconds = options.Double("seconds", 30);
        var dataDir = Directory.CreateTempSubdirectory("smqbot-load-").FullName;
        await using var connector = await FakeConnector.StartAsync();
        var logs = new ProblemLog();
        var smqbot = SmqBotHost.Build(dataDir, new() { ["CheckIns:SchedulerEnabled"] = "false", ["Meetings:SchedulerEnabled"] = "false" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        await smqbot.StartAsync();
        await SeedAsync(smqbot.Services, conversations);
        await using var echo = await TurnBenchmark.StartEchoBotAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        var smqUrl = smqbot.Address() + "api/messages";
        var echoUrl = echo.Address() + "api/messages";
        // A short warm-up of both, so that neither pays for its first requests in the measure.
        await RunAsync(conversations, TimeSpan.FromSeconds(3), (c, i) => SmqBotTurnAsync(http, smqUrl, connector.ServiceUrl, c, i));
        await RunAsync(conversations, TimeSpan.FromSeconds(3), (c, i) => EchoTurnAsync(http, echoUrl, connector.ServiceUrl, c, i));
        logs.Clear();

        var smq = await RunAsync(conversations, TimeSpan.FromSeconds(seconds), (c, i) => SmqBotTurnAsync(http, smqUrl, connector.ServiceUrl, c, i + 1_000_000));
        var bare = await RunAsync(conversations, TimeSpan.FromSeconds(seconds), (c, i) => EchoTurnAsync(http, echoUrl, connector.ServiceUrl, c, i));

        Print("load.conversations", conversations);
        Print("load.seconds", seconds);
        Print("load.smqbot.requests", smq.Latencies.Length);
        Print("load.smqbot.rps", smq.Rps);
        Print("load.echo.rps", bare.Rps);
        Print("load.ratio", smq.Rps / bare.Rps);
        Print("load.smqbot.p50_ms", Percentile(smq.Latencies, 0.50));
        Print("load.smqbot.p99_ms", Percentile(smq.Latencies, 0.99));
        Print("load.echo.p99_ms", Percentile(bare.Latencies, 0.99));
        Print("load.errors", smq.Errors + bare.Errors);
        Print("load.database_locked", logs.Locked);
        Print("load.logged_errors", logs.Errors);
        foreach (var error in smq.FirstErrors.Concat(bare.FirstErrors).Concat(logs.First).Take(5)) Console.Error.WriteLine(error);

        await smqbot.StopAsync();
        await smqbot.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
        return 0;
    }

    private sealed record Run(double[] Latencies, double Rps, int Errors, IReadOnlyList<string> FirstErrors);

    /// <summary><paramref name="conversations"/> loops, each sending its next request when the last one answered, until the time is up.</summary>
    private static async Task<Run> RunAsync(int conversations, TimeSpan duration, Func<int, int, Task> turn)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await turn(c, i);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e)
                {
                    errors.Enqueue($"conversation {c}, request {i}: {e.Message}");
                }
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var sorted = latencies.ToArray();
        Array.Sort(sorted);
        return new Run(sorted, sorted.Length / elapsed, errors.Count, [.. errors.Take(3)]);
    }

    /// <summary>One request of a conversation's round: `aide`, a check-in, an hour entry.</summary>
    private static Task SmqBotTurnAsync(HttpClient http, string url, string serviceUrl, int c, int i) => (i % 3) switch
    {
        0 => MessageAsync(http, url, serviceUrl, c, "aide"),
        1 => ExecuteAsync(http, url, $"aad-load-{c}", c, "checkin.submit",
            new JsonObject { ["cohort"] = Cohort(i), ["nonce"] = $"c{c}-{i}", ["t_t1"] = "3", ["applied"] = "Essai sur le terrain.", ["confidence"] = "4" }, "Bilan enregistré"),
        _ => ExecuteAsync(http, url, $"aad-load-{c}", c, "hours.log",
            new JsonObject { ["for"] = $"accompaniment:a-load-{c}", ["nonce"] = $"h{c}-{i}", ["date"] = "2026-11-02", ["minutes"] = "15", ["kind"] = "Video", ["note"] = "Séance." },
            "Heures enregistrées"),
    };

    private static Task EchoTurnAsync(HttpClient http, string url, string serviceUrl, int c, int i) => (i % 3) switch
    {
        0 => MessageAsync(http, url, serviceUrl, c, "aide"),
        1 => ExecuteAsync(http, url, $"aad-load-{c}", c, "checkin.submit", new JsonObject { ["cohort"] = Cohort(i), ["nonce"] = $"c{c}-{i}" }, "Echo: checkin.submit"),
        _ => ExecuteAsync(http, url, $"aad-load-{c}", c, "hours.log", new JsonObject { ["nonce"] = $"h{c}-{i}" }, "Echo: hours.log"),
    };

    private static async Task MessageAsync(HttpClient http, string url, string serviceUrl, int c, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "msteams", ["serviceUrl"] = serviceUrl, ["locale"] = "fr-CA",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = $"29:load-{c}", ["aadObjectId"] = $"aad-load-{c}", ["name"] = $"Personne {c}" },
            ["recipient"] = new JsonObject { ["id"] = "28:smqbot" },
            ["conversation"] = new JsonObject { ["id"] = $"a:load-{c}", ["conversationType"] = "personal", ["tenantId"] = "tenant" },
        };
        using var response = await http.PostAsJsonAsync(url, activity);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{text}: {(int)response.StatusCode}");
    }

    private static async Task SeedAsync(IServiceProvider services, int people)
    {
        var cohorts = services.GetRequiredService<CohortStore>();
        var accompaniments = services.GetRequiredService<AccompanimentStore>();
        for (var p = 0; p < people; p++)
        {
            for (var k = 0; k < Cohorts; k++)
                await cohorts.UpdateParticipationAsync($"c-load-{k}", $"aad-load-{p}", _ => new Participation
            {
                CourseId = $"c-load-{k}", AadObjectId = $"aad-load-{p}", Name = $"Personne {p}", CourseTitle = "Charge",
                Start = new(2026, 9, 7), End = new(2027, 3, 31),
                Targets = [new Target { Id = "t1", What = "Cible", Indicator = "Mesure", Baseline = 0, Goal = 10, Due = new(2027, 3, 31) }],
            });
            await accompaniments.CreateAsync(new Accompaniment
            {
                Id = $"a-load-{p}", Institution = new($"Musée {p}", "Montréal"), CoachedPerson = new($"aad-coached-{p}", $"Personne accompagnée {p}"),
                Expert = new($"aad-load-{p}", $"Personne {p}"), StaffOwner = new("aad-staff", "Personnel"), Axis = Axis.Audiences,
                BudgetMinutes = 100_000 * 60, FiscalYear = "2026-2027", Start = new(2026, 4, 1), End = new(2027, 3, 31), TenantId = "tenant",
            });
        }
    }

    /// <summary>What the host logged at Error and above, and how many of those were SQLite's "database is locked".</summary>
    private sealed class ProblemLog : ILoggerProvider, ILogger
    {
        private int _errors, _locked;
        private readonly ConcurrentQueue<string> _first = new();
        public int Errors => _errors;
        public int Locked => _locked;
        public IEnumerable<string> First => _first;
        public void Clear() { _errors = 0; _locked = 0; _first.Clear(); }
        public ILogger CreateLogger(string categoryName) => this;
        public void Dispose() { }
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception) + " " + exception;
            if (text.Contains("database is locked", StringComparison.OrdinalIgnoreCase)) Interlocked.Increment(ref _locked);
            if (logLevel < LogLevel.Error) return;
            Interlocked.Increment(ref _errors);
            if (_first.Count < 3) _first.Enqueue(text[..Math.Min(400, text.Length)]);
        }
    }
}
