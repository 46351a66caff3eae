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
/// worker (the real host) to the fake Teams connector, which enforces a tenant rate limit and answers a share of
/// requests with 503. Measures what arrived (lost, duplicates), the rate of successful connector requests from the
/// first connector request to the last success (retries of the 503s included) against the limit, the share of
/// requests throttled (429), the host's start-up before that first request separately (it is not pacing), the tail the
/// retries add, and the process's peak working set.
/// <para>One instance runs in this process on the embedded store. With <c>--instances N</c> (N ≥ 2), N SmqBot
/// processes run on one store, the Cosmos test endpoint, as App Service instances would; <c>--kill-at F</c> kills the
/// one that sends (the holder of the sender lease, process killed outright) once that share has arrived, and counts
/// what it had claimed and not recorded (in flight). With one instance, the host is stopped at that point and a fresh
/// one takes over on the same store.</para>
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
        var instances = options.Int("instances", 1);
        var dataDir = Directory.CreateTempSubdirectory("smqbot-fanout-").FullName;

        await using var connector = await FakeConnector.StartAsync();
        connector.TenantLimit = limit;
        connector.ConversationLimitsOn = true;
        connector.FaultRate = faultRate;
        connector.SeedFaults(7);

        try
        {
            var (started, kill) = instances > 1
                ? await InstancesAsync(connector, dataDir, users, limit, killAt, instances)
                : await OneInstanceAsync(connector, dataDir, users, limit, killAt);
            Report(connector, users, limit, instances, started, kill);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
        return 0;
    }

    private static async Task<(long Started, Kill? Kill)> OneInstanceAsync(FakeConnector connector, string dataDir, int users, double limit, double killAt)
    {
        var host = Build(dataDir, limit);
        await SeedAsync(host, connector, users);

        var started = Stopwatch.GetTimestamp();
        await host.StartAsync();
        Kill? kill = null;
        if (killAt > 0)
        {
            while (connector.DeliveryCount < users * killAt) await Task.Delay(20);
            var worker = host.Services.GetRequiredService<OutboxWorker>();
            var store = host.Services.GetRequiredService<OutboxStore>();
            var at = Stopwatch.GetTimestamp();
            await host.StopAsync();
            await host.DisposeAsync();
            kill = new Kill(at, await CountClaimedByAsync(store, worker.Id, users));
            host = Build(dataDir, limit);
            await host.StartAsync();
        }
        await SettledAsync(host.Services.GetRequiredService<OutboxStore>());
        await host.StopAsync();
        await host.DisposeAsync();
        return (started, kill);
    }

    /// <summary>N SmqBot processes on the Cosmos test endpoint; the messages are queued before any starts.</summary>
    private static async Task<(long Started, Kill? Kill)> InstancesAsync(FakeConnector connector, string dataDir, int users, double limit, double killAt, int instances)
    {
        var server = new CosmosServer();
        await server.InitializeAsync();
        var children = new List<Instance>();
        try
        {
            const string database = "fanout";
            var seeder = Build(dataDir, limit, s => s.AddSingleton<IDocumentDatabase>(new CosmosDocumentDatabase(server.CreateClient(), database)));
            await SeedAsync(seeder, connector, users);
            var outbox = seeder.Services.GetRequiredService<OutboxStore>();
            var pace = seeder.Services.GetRequiredService<PaceStore>();

            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < instances; i++) children.Add(Instance.Start(server.Endpoint, database, limit, dataDir));
            foreach (var child in children) await child.Ready;
            Kill? kill = null;
            if (killAt > 0)
            {
                while (connector.DeliveryCount < users * killAt) await Task.Delay(20);
                var sender = (await pace.ReadAsync())?.Value.Sender;
                var victim = children.Single(c => c.WorkerId == sender);
                var at = Stopwatch.GetTimestamp();
                victim.Kill();
                kill = new Kill(at, await CountClaimedByAsync(outbox, victim.WorkerId, users));
            }
            await SettledAsync(outbox);
            await seeder.DisposeAsync();
            return (started, kill);
        }
        finally
        {
            foreach (var child in children) child.Kill();
            await server.DisposeAsync();
        }
    }

    /// <summary>
    /// The other side of <c>--instances</c>: one SmqBot process on the Cosmos test endpoint (<c>fanout-instance --cosmos
    /// URL --database NAME --rps N --data DIR</c>). Prints <c>worker=ID</c> once started; stops when its input closes.
    /// </summary>
    public static async Task<int> InstanceAsync(Options options)
    {
        var endpoint = options.String("cosmos");
        var database = options.String("database");
        var host = Build(options.String("data"), options.Double("rps", 50),
            s => s.AddSingleton<IDocumentDatabase>(new CosmosDocumentDatabase(CosmosServer.ClientFor(endpoint), database)));
        await host.StartAsync();
        Console.WriteLine($"worker={host.Services.GetRequiredService<OutboxWorker>().Id}");
        await Console.In.ReadToEndAsync();
        await host.StopAsync();
        return 0;
    }

    /// <summary>A child process running <see cref="InstanceAsync"/>.</summary>
    private sealed class Instance
    {
        private readonly Process _process;
        private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private Instance(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data?.StartsWith("worker=", StringComparison.Ordinal) == true) _ready.TrySetResult(e.Data["worker=".Length..]);
            };
            process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"[instance {process.Id}] {line}"); };
            process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"Instance {process.Id} exited before it started."));
            process.EnableRaisingEvents = true;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Task Ready => _ready.Task;
        public string WorkerId => _ready.Task.Result;

        public static Instance Start(string endpoint, string database, double limit, string dataDir)
        {
            // The same benchmark program, run again as an instance (the apphost, or dotnet with the assembly).
            var self = Environment.ProcessPath!;
            var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(FanoutBenchmark).Assembly.Location);
            foreach (var arg in new[] { "fanout-instance", "--cosmos", endpoint, "--database", database, "--rps", limit.ToString(CultureInfo.InvariantCulture), "--data", dataDir })
                start.ArgumentList.Add(arg);
            return new Instance(Process.Start(start) ?? throw new InvalidOperationException("Could not start an instance."));
        }

        /// <summary>Killed outright, as a crashed instance would be: nothing is given back.</summary>
        public void Kill()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>When the sending instance was killed, and how many messages it had claimed and not recorded then.</summary>
    private sealed record Kill(long At, int InFlight);

    private static void Report(FakeConnector connector, int users, double limit, int instances, long started, Kill? kill)
    {
        var attempts = connector.Attempts;
        var successes = attempts.Where(a => a.Status == 200).Select(a => a.At).ToList();
        var firstRequest = attempts.Min(a => a.At);
        var seconds = Stopwatch.GetElapsedTime(firstRequest, successes.Max()).TotalSeconds;
        // The tail: after every conversation's first request, what the retries still took.
        var firstPassDone = attempts.GroupBy(a => a.ConversationId).Max(g => g.Min(a => a.At));
        var delivered = connector.Deliveries.GroupBy(d => d.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        var rate = successes.Count / seconds;
        var throttled = attempts.Count(a => a.Status == 429);
        Print("fanout.instances", instances);
        Print("fanout.sent", delivered.Count);
        Print("fanout.lost", users - delivered.Count);
        Print("fanout.duplicates", delivered.Values.Sum(n => n - 1));
        Print("fanout.rate_rps", rate);
        Print("fanout.limit_rps", limit);
        Print("fanout.efficiency", rate / limit);
        if (kill is not null)
        {
            Print("fanout.inflight_at_kill", kill.InFlight);
            // How long the tenant went without a sender: the longest silence at the connector after the kill (requests the
            // killed instance had already put on the wire may still arrive just after it).
            var after = attempts.Where(a => a.At > kill.At).Select(a => a.At).Order().Prepend(kill.At).ToList();
            Print("fanout.takeover_ms", after.Zip(after.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b).TotalMilliseconds).Max());
        }
        Print("fanout.throttled", throttled);
        Print("fanout.throttled_share", throttled / (double)attempts.Count);
        Print("fanout.faults", attempts.Count(a => a.Status >= 500));
        Print("fanout.seconds", seconds);
        Print("fanout.startup_ms", Stopwatch.GetElapsedTime(started, firstRequest).TotalMilliseconds);
        Print("fanout.retry_tail_ms", Math.Max(0, Stopwatch.GetElapsedTime(firstPassDone, successes.Max()).TotalMilliseconds));
        Print("fanout.peak_mb", PeakWorkingSetMb());
    }

    private static WebApplication Build(string dataDir, double limit, Action<IServiceCollection>? services = null) => SmqBotHost.Build(dataDir, new()
    {
        ["Outbox:TenantRequestsPerSecond"] = limit.ToString(CultureInfo.InvariantCulture),
        ["Outbox:PollInterval"] = "00:00:00.100",
        ["Outbox:Lease"] = "00:00:05",
        ["CheckIns:SchedulerEnabled"] = "false",
        ["Meetings:SchedulerEnabled"] = "false",
        ["Activities:SchedulerEnabled"] = "false",
        ["Reach:Enabled"] = "false",
        ["Privacy:RetentionEnabled"] = "false",
    }, services);

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

    /// <summary>Until no message is open any more.</summary>
    private static async Task SettledAsync(OutboxStore outbox)
    {
        while (true)
        {
            await Task.Delay(250);
            var open = false;
            await foreach (var _ in outbox.DueAsync(long.MaxValue, 1)) open = true;
            if (!open) return;
        }
    }

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
