using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using SmqBot.Data.Documents;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Telemetry;

/// <summary>
/// A store operation's span on the Cosmos endpoint names its container and operation and carries the request units the
/// response reported (the test endpoint charges 1 per request; a query adds up its pages).
/// </summary>
[Collection(nameof(CosmosServer))]
public sealed class StoreSpansTests(CosmosServer server)
{
    [Fact]
    public async Task EachCosmosOperationsSpanCarriesItsContainerOperationAndRequestCharge()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == InstrumentedDatabase.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var database = new InstrumentedDatabase(new CosmosDocumentDatabase(server.Client, "spans-" + Guid.NewGuid().ToString("N")[..8]));
        await database.InitializeAsync();
        var people = database.Container(ContainerNames.People);
        // Other tests run beside this one and the listener hears them all: keep only the spans under this test's root.
        using var root = new Activity("store-spans-test").Start();

        await people.UpsertAsync("p1", "p1", new JsonObject { ["id"] = "p1", ["pk"] = "p1", ["name"] = "Personne" });
        Assert.NotNull(await people.ReadAsync<JsonObject>("p1", "p1"));
        await foreach (var _ in people.QueryAsync<JsonObject>(DocumentQuery.AcrossPartitions())) { }

        var ours = spans.Where(s => s.RootId == root.RootId && (string?)s.GetTagItem("db.collection.name") == ContainerNames.People).ToList();
        Assert.Equal(["store upsert", "store read", "store query"], ours.Select(s => s.DisplayName).Take(3));
        Assert.All(ours, s => Assert.True(s.GetTagItem(RequestCharge.Tag) is double charge && charge >= 1, $"{s.DisplayName}: {s.GetTagItem(RequestCharge.Tag)}"));
        Assert.Equal(1.0, ours[1].GetTagItem(RequestCharge.Tag));
        Assert.DoesNotContain(ours.SelectMany(s => s.TagObjects), t => t.Value?.ToString()?.Contains("Personne", StringComparison.Ordinal) == true);
    }
}
