using System.Diagnostics;
using System.Globalization;
using SmqBot.Bot.Features.Outbox;
using SmqBot.Cards.Common;
using SmqBot.Data.Documents;
using SmqBot.Data.Outbox;
using SmqBot.Data.People;
using SmqBot.Tests.Support;

using static SmqBot.Benchmarks.Measure;

namespace SmqBot.Benchmarks;

/// <summary>
/// One proactive message to each of N people whose personal chats are already stored, delivered by SmqBot's outbox
/// worker (the real host, embedded store) to the fake Teams connector, which enforces a tenant rate limit and answers
/// a share of requests with 503. Measures what arrived (lost, duplicates), the rate of successful connector requests
/// from the first connector request to the last success (retries of the 503s included) against the limit, the host's
/// start-up before that first request separately (it is not pacing), the tail the retries add, and the process's peak
/// working set. With --kill-at, the host is stopped once that share has arrived and a fresh one takes over on the same
/// store.
/// </summary>
public static class FanoutBenchmark
{
    private const string Broadcast = "fanout";

    public static async Task<int> RunAsync(Options options)
    {
        var users = options.Int("users", 10_000);
        var limit = options.Double("rps", 50);
        var faultRate = options.Double("fault-rate", 0.01);
        var killAt = options.Double("kill-at", 0);
        var dataDir = Directory.CreateTempSubdirectory("smqbot-fanout-").FullName;

        await using var connector = await FakeConnector.StartAsync();
        connector.TenantLimit = limit;
        connector.ConversationLimitsOn = true;
        connector.FaultRate = faultRate;
        connector.SeedFaults(7);

        var host = Build(dataDir, limit);
        await SeedAsync(host, connector, users);

        var started = Stopwatch.GetTimestamp();
        await host.StartAsync();
        int? inFlightAtKill = null;
        if (killAt > 0)
        {
            while (Distinct(connector) < users * killAt) await Task.Delay(20);
            var worker = host.Services.GetRequiredService<OutboxWorker>();
            var store = host.Services.GetRequiredService<OutboxStore>();
            await host.StopAsync();
            await host.DisposeAsync();
            inFlightAtKill = await CountClaimedByAsync(store, worker.Id, users);
            host = Build(dataDir, limit);
            await host.StartAsync();
        }

        var outbox = host.Services.GetRequiredService<OutboxStore>();
        while (true)
        {
            await Task.Delay(250);
            if (await IsSettledAsync(outbox)) break;
        }
        var attempts = connector.Attempts;
        var successes = attempts.Where(a => a.Status == 200).Select(a => a.At).ToList();
        var firstRequest = attempts.Min(a => a.At);
        var seconds = Stopwatch.GetElapsedTime(firstRequest, successes.Max()).TotalSeconds;
        // The tail: after every conversation's first request, what the retries still took.
        var firstPassDone = attempts.GroupBy(a => a.ConversationId).Max(g => g.Min(a => a.At));
        await host.StopAsync();
        await host.DisposeAsync();

        var delivered = connector.Deliveries.GroupBy(d => d.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        var rate = successes.Count / seconds;
        Print("fanout.sent", delivered.Count);
        Print("fanout.lost", users - delivered.Count);
        Print("fanout.duplicates", delivered.Values.Sum(n => n - 1));
        Print("fanout.rate_rps", rate);
        Print("fanout.limit_rps", limit);
        Print("fanout.efficiency", rate / limit);
        if (inFlightAtKill is { } inFlight) Print("fanout.inflight_at_kill", inFlight);
        Print("fanout.throttled", connector.Attempts.Count(a => a.Status == 429));
        Print("fanout.faults", connector.Attempts.Count(a => a.Status >= 500));
        Print("fanout.seconds", seconds);
        Print("fanout.startup_ms", Stopwatch.GetElapsedTime(started, firstRequest).TotalMilliseconds);
        Print("fanout.retry_tail_ms", Math.Max(0, Stopwatch.GetElapsedTime(firstPassDone, successes.Max()).TotalMilliseconds));
        Print("fanout.peak_mb", PeakWorkingSetMb());

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
        return 0;
    }

    private static WebApplication Build(string dataDir, double limit) => SmqBotHost.Build(dataDir, new()
    {
        ["Outbox:TenantRequestsPerSecond"] = limit.ToString(CultureInfo.InvariantCulture),
        ["Outbox:PollInterval"] = "00:00:00.100",
        ["Outbox:Lease"] = "00:00:05",
        ["CheckIns:SchedulerEnabled"] = "false",
        ["Meetings:SchedulerEnabled"] = "false",
    });

    /// <summary>People with their personal chats stored, and one queued message each (before the worker starts).</summary>
    private static async Task SeedAsync(WebApplication host, FakeConnector connector, int users)
    {
        await host.Services.GetRequiredService<IDocumentDatabase>().InitializeAsync();
        var people = host.Services.GetRequiredService<PeopleStore>();
        var outbox = host.Services.GetRequiredService<Bot.Features.Outbox.OutboxQueue>();
        var card = ErrorCard.Build(Texts.French, "Bilan de la semaine : où en êtes-vous?");
        for (var i = 0; i < users; i++)
        {
            var conversation = new ConversationAddress(connector.ServiceUrl, "msteams", $"a:person-{i}", "tenant", "28:smqbot", $"29:person-{i}");
            var person = await people.RecordContactAsync(new Contact($"aad-{i}", "tenant", $"Personne {i}", "fr-CA", conversation), null);
            await outbox.ToPersonAsync($"fanout:{i}", Broadcast, person, card);
        }
    }

    private static async Task<bool> IsSettledAsync(OutboxStore outbox)
    {
        await foreach (var _ in outbox.DueAsync(long.MaxValue, 1)) return false;
        return true;
    }

    private static int Distinct(FakeConnector connector) => connector.DeliveryCount;

    private static async Task<int> CountClaimedByAsync(OutboxStore store, string workerId, int users)
    {
        var count = 0;
        for (var i = 0; i < users; i++)
            if ((await store.ReadAsync(Broadcast, $"fanout:{i}"))?.Value is { Status: DeliveryStatus.Sending } m && m.LeaseOwner == workerId) count++;
        return count;
    }

    /// <summary>The process's peak resident set (VmHWM on Linux), in MB.</summary>
    private static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
