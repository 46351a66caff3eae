using System.Diagnostics;
using System.Text.Json.Nodes;
using SmqBot.Data.Documents;
using SmqBot.Data.Outbox;
using SmqBot.Data.People;

using static SmqBot.Benchmarks.Measure;

namespace SmqBot.Benchmarks;

/// <summary>
/// What `mes données` costs a person when the store holds everyone else's data: the report benchmark's ten fiscal years
/// (500 accompaniments, 100 cohorts of 10 with 50,000 check-ins, 500 meetings) plus 20,000 delivered messages to other
/// people, in the embedded store, through HTTP. One member of a recent cohort asks for their data (the card, which
/// finds and reads all of it) again and again; `aide` is timed in the same run. Prints <c>mydata.p50_ms</c>,
/// <c>mydata.aide_p50_ms</c>, <c>mydata.ratio.p50</c> and <c>mydata.working_set_growth_mb</c> (the working set sampled
/// after each request, over what it was before the first).
/// </summary>
public static class MyDataBenchmark
{
    private const string Member = "aad-member-9-0-0";

    public static async Task<int> RunAsync(Options options)
    {
        var (runs, messages) = (options.Int("runs", 100), options.Int("messages", 20_000));
        var dataDir = Directory.CreateTempSubdirectory("smqbot-mydata-").FullName;
        var store = SqliteDocumentDatabase.ForFile(Path.Combine(dataDir, "data", "smqbot.db"));
        await store.InitializeAsync();
        var generated = await ReportBenchmark.GenerateAsync(store);
        await MessagesToOthersAsync(store, messages);
        await new PeopleStore(store, TimeProvider.System).RecordContactAsync(new Contact(Member, "tenant", "Membre 0", "fr-CA", null), null);
        Print("mydata.generated_documents", generated.Accompaniments + generated.Cohorts * 11 + messages);

        var app = SmqBotHost.Build(dataDir, new() { ["Outbox:Enabled"] = "false", ["CheckIns:SchedulerEnabled"] = "false", ["Meetings:SchedulerEnabled"] = "false",
            ["Privacy:RetentionEnabled"] = "false", ["Reach:Enabled"] = "false" });
        await app.StartAsync();
        var url = app.Address() + "api/messages";
        using var http = new HttpClient();
        Task<double> MyData(int i) => ExecuteAsync(http, url, Member, 1, "privacy.mine", new JsonObject { ["n"] = i }, "Vos renseignements personnels");
        Task<double> Help(int i) => ExecuteAsync(http, url, Member, 1, "help.show", new JsonObject { ["n"] = i }, "Ce que vous pouvez faire");
        for (var i = 0; i < 20; i++) { await Help(i); await MyData(i); }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var (mine, help) = (new double[runs], new double[runs]);
        var highest = baseline;
        for (var i = 0; i < runs; i++)
        {
            help[i] = await Help(1000 + i);
            mine[i] = await MyData(1000 + i);
            process.Refresh();
            highest = Math.Max(highest, process.WorkingSet64);
        }
        Array.Sort(mine);
        Array.Sort(help);
        Print("mydata.p50_ms", Percentile(mine, 0.5));
        Print("mydata.p95_ms", Percentile(mine, 0.95));
        Print("mydata.aide_p50_ms", Percentile(help, 0.5));
        Print("mydata.ratio.p50", Percentile(mine, 0.5) / Percentile(help, 0.5));
        Print("mydata.working_set_growth_mb", (highest - baseline) / 1024.0 / 1024.0);
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
        return 0;
    }

    /// <summary>Delivered messages to other people, each with a card (~1 KB) that names its recipient, as digests and welcomes do.</summary>
    private static async Task MessagesToOthersAsync(IDocumentDatabase database, int count)
    {
        var outbox = database.Container(ContainerNames.Outbox);
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 0; i < count; i++)
        {
            var broadcast = $"digest:c-{i % 100}";
            var key = $"digest:c-{i % 100}:{i}";
            var card = new JsonObject
            {
                ["type"] = "AdaptiveCard", ["version"] = "1.5",
                ["body"] = new JsonArray([.. Enumerable.Range(0, 6).Select(n => (JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = $"Membre {n} de la cohorte c-{i % 100} : aucun obstacle signalé cette semaine, des visites le samedi." })]),
            };
            await outbox.CreateAsync(broadcast, OutboxStore.IdFor(key), new OutboxMessage
            {
                Key = key, Broadcast = broadcast, TenantId = "tenant", RecipientName = $"Autre personne {i}",
                Person = new PersonalTarget($"29:other-{i}", $"aad-other-{i}", "http://127.0.0.1:9/", "28:smqbot"),
                Card = card.ToJsonString(), Subject = "Résumé des bilans", Status = DeliveryStatus.Sent, Open = false, CreatedAt = at, SentAt = at,
            });
        }
    }
}
