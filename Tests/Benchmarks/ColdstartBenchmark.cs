using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SmqBot.Tests.Support;

using static SmqBot.Benchmarks.Measure;

namespace SmqBot.Benchmarks;

/// <summary>
/// A cold start as an instance has it: the built bot (Release) started as its own process on a store that does not exist
/// yet, and `aide` sent until the first answer reaches the (fake) Teams connector: process start to first answered turn,
/// the store created on the way. Then the working set once the bot has been idle a few seconds.
/// </summary>
public static class ColdstartBenchmark
{
    public static async Task<int> RunAsync(Options options)
    {
        var idleSeconds = options.Int("idle", 5);
        var bot = Path.Combine(Repo.Root, "Bot", "bin", "Release", "net10.0");
        var dataDir = Directory.CreateTempSubdirectory("smqbot-coldstart-").FullName;
        await using var connector = await FakeConnector.StartAsync();
        var port = Ports.Free();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(bot, "SmqBot.Bot.dll")])
        {
            WorkingDirectory = bot, RedirectStandardOutput = true, RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development", ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Sqlite__Path"] = Path.Combine(dataDir, "smqbot.db"), ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var activity = new JsonObject
            {
                ["type"] = "message", ["id"] = "coldstart-1", ["channelId"] = "msteams", ["serviceUrl"] = connector.ServiceUrl, ["locale"] = "fr-CA", ["text"] = "aide",
                ["from"] = new JsonObject { ["id"] = "29:coldstart", ["aadObjectId"] = "aad-coldstart" }, ["recipient"] = new JsonObject { ["id"] = "28:smqbot" },
                ["conversation"] = new JsonObject { ["id"] = "a:coldstart", ["conversationType"] = "personal", ["tenantId"] = "tenant" },
            };
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (process.HasExited) throw new InvalidOperationException($"The bot exited with {process.ExitCode}.");
                try
                {
                    using var response = await http.PostAsJsonAsync($"http://127.0.0.1:{port}/api/messages", activity);
                    if (response.IsSuccessStatusCode) break;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                await Task.Delay(20);
            }
            await connector.WaitForAsync(1, TimeSpan.FromSeconds(30));
            Print("coldstart.first_turn_ms", clock.Elapsed.TotalMilliseconds);

            await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
            process.Refresh();
            Print("coldstart.idle_mb", process.WorkingSet64 / 1024.0 / 1024.0);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(dataDir, recursive: true);
        }
        return 0;
    }
}
