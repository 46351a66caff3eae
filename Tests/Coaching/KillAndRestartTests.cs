using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SmqBot.Data.Coaching;
using SmqBot.Data.Documents;
using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Coaching;

/// <summary>
/// Durability (issue 14): the bot runs as its own process (its Program, Kestrel, the embedded SQLite store in a file);
/// an expert's hour entries arrive in a burst from four writers; the process is killed (SIGKILL, not a graceful stop)
/// in the middle of it, and started again on the same file. Every entry that was acknowledged with the "saved" card is
/// there after the restart, and the bot goes on answering.
/// </summary>
public sealed class KillAndRestartTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const int AcknowledgedBeforeKill = 40;
    private readonly string _dir = Directory.CreateTempSubdirectory("smqbot-kill-").FullName;
    private FakeConnector _connector = null!;
    private string DatabasePath => Path.Combine(_dir, "smqbot.db");

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant })
            _connector.Members[user.TeamsId] = (user.AadObjectId, user.Name, user.Upn);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* best effort */ }
    }

    [Fact]
    public async Task EveryEntryAcknowledgedBeforeTheHostIsKilledIsThereAfterItRestarts()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
        string accompanimentId;
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        using (var bot = await BotProcess.StartAsync(DatabasePath))
        {
            foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant })
                await bot.PostAsync(Activities.PersonalInstall(_connector.ServiceUrl, user));
            var data = ActionData(await bot.ExecuteAsync(_connector.ServiceUrl, TestUser.Staff, "coaching.form", []));
            foreach (var (key, value) in new Dictionary<string, string>
            {
                ["institution"] = "Musée de la Gaspésie", ["region"] = "Gaspésie–Îles-de-la-Madeleine", ["coached"] = TestUser.Participant.Upn,
                ["expert"] = TestUser.Expert.Upn, ["axis"] = "Welcome", ["budget"] = "100",
                ["start"] = today.AddDays(-30).ToString("yyyy-MM-dd"), ["end"] = today.AddDays(60).ToString("yyyy-MM-dd"),
            }) data[key] = value;
            var saved = await bot.ExecuteAsync(_connector.ServiceUrl, TestUser.Staff, "coaching.save", data);
            Assert.Contains("Musée de la Gaspésie · Participante Exemple", Text(saved));
            accompanimentId = (await ReadAccompanimentsAsync()).Single().Id;

            // Four writers log entries until the host dies under them; the host is killed once 40 are acknowledged.
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var nonce = $"w{w}-{i}";
                    try
                    {
                        var card = await bot.ExecuteAsync(_connector.ServiceUrl, TestUser.Expert, "hours.log", new()
                        {
                            ["for"] = $"accompaniment:{accompanimentId}", ["nonce"] = nonce, ["date"] = today.ToString("yyyy-MM-dd"),
                            ["minutes"] = "15", ["kind"] = "Video", ["note"] = $"Entrée {nonce}",
                        });
                        if (Text(card).StartsWith("Heures enregistrées", StringComparison.Ordinal)) acknowledged.Add(nonce);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
                    {
                        return;   // the host is gone: whatever was not acknowledged may or may not be there
                    }
                }
            })).ToList();
            while (acknowledged.Count < AcknowledgedBeforeKill) await Task.Delay(5);
            bot.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        using (var restarted = await BotProcess.StartAsync(DatabasePath))
        {
            var stored = (await ReadAccompanimentsAsync()).Single(a => a.Id == accompanimentId).Hours.Entries.Select(e => e.Id).ToHashSet();
            Assert.True(acknowledged.Count >= AcknowledgedBeforeKill);
            Assert.All(acknowledged, nonce => Assert.Contains(nonce, stored));
            output.WriteLine($"kill-and-restart: {acknowledged.Count} entries acknowledged before the kill, {stored.Count} stored after the restart, 0 lost");
            // Entries are never duplicated by a retry after the restart, and the bot answers again.
            var again = await restarted.ExecuteAsync(_connector.ServiceUrl, TestUser.Expert, "hours.log", new()
            {
                ["for"] = $"accompaniment:{accompanimentId}", ["nonce"] = acknowledged.First(), ["date"] = today.ToString("yyyy-MM-dd"),
                ["minutes"] = "15", ["kind"] = "Video", ["note"] = "rejouée",
            });
            Assert.StartsWith("Heures enregistrées", Text(again));
            var after = (await ReadAccompanimentsAsync()).Single().Hours.Entries;
            Assert.Equal(after.Count, after.Select(e => e.Id).Distinct().Count());
        }
    }

    /// <summary>The accompaniments as the file holds them, read by a store of the test's own (SQLite allows readers beside the bot).</summary>
    private async Task<List<Accompaniment>> ReadAccompanimentsAsync()
    {
        var database = SqliteDocumentDatabase.ForFile(DatabasePath);
        await database.InitializeAsync();
        return await database.Container(ContainerNames.Accompaniments).QueryAsync<Accompaniment>(DocumentQuery.AcrossPartitions()).ToListAsync();
    }

    /// <summary>SmqBot started as `dotnet SmqBot.Bot.dll`, as a deployment would, on a free port and the given SQLite file.</summary>
    private sealed class BotProcess : IDisposable
    {
        private readonly Process _process;
        private readonly HttpClient _http;

        private BotProcess(Process process, string address)
        {
            _process = process;
            _http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        }

        public static async Task<BotProcess> StartAsync(string databasePath)
        {
            var address = $"http://127.0.0.1:{Ports.Free()}/";
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SmqBot.Bot.dll")])
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["ASPNETCORE_URLS"] = address;
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["Sqlite__Path"] = databasePath;
            start.Environment["Smq__Staff__0"] = TestUser.Staff.AadObjectId;
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var bot = new BotProcess(process, address);
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    if ((await bot._http.GetAsync("healthz")).IsSuccessStatusCode) return bot;
                }
                catch (HttpRequestException) when (attempt < 300 && !process.HasExited)
                {
                }
                if (process.HasExited || attempt >= 300) throw new InvalidOperationException($"The bot did not start (exit {(process.HasExited ? process.ExitCode : -1)}).");
                await Task.Delay(100);
            }
        }

        public async Task PostAsync(JsonObject activity) =>
            (await _http.PostAsJsonAsync("api/messages", activity)).EnsureSuccessStatusCode();

        public async Task<JsonObject> ExecuteAsync(string serviceUrl, TestUser user, string verb, JsonObject data)
        {
            using var response = await _http.PostAsJsonAsync("api/messages", Activities.Execute(serviceUrl, user, verb, data));
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsObject();
        }

        /// <summary>SIGKILL: no shutdown hooks, no flush, no disposal.</summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited) Kill();
            _process.Dispose();
            _http.Dispose();
        }
    }
}
