using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace SmqBot.Data.Documents;

/// <summary>
/// Traces and times every store operation (container, operation, outcome), whichever store is behind: a span named
/// <c>store {operation}</c> and the <c>smqbot.store.duration</c> histogram. Names only containers and operations, never
/// an id or a value (ids are Entra ids).
/// </summary>
public sealed class InstrumentedDatabase(IDocumentDatabase inner) : IDocumentDatabase
{
    public const string SourceName = "SmqBot.Store";
    public static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(SourceName);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("smqbot.store.duration", "ms", "Store operation duration");

    public IDocumentContainer Container(string name) => new InstrumentedContainer(inner.Container(name));

    public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);

    private sealed class InstrumentedContainer(IDocumentContainer inner) : IDocumentContainer
    {
        public string Name => inner.Name;

        private async Task<T> Time<T>(string operation, Func<Task<T>> run)
        {
            using var span = Source.StartActivity($"store {operation}", ActivityKind.Client);
            span?.SetTag("db.system", "smqbot-documents");
            span?.SetTag("db.collection.name", inner.Name);
            span?.SetTag("db.operation.name", operation);
            var started = Stopwatch.GetTimestamp();
            try
            {
                return await run();
            }
            catch (Exception e)
            {
                span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
                throw;
            }
            finally
            {
                Duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    new KeyValuePair<string, object?>("db.collection.name", inner.Name), new KeyValuePair<string, object?>("db.operation.name", operation));
            }
        }

        public Task<Stored<T>?> ReadAsync<T>(string partitionKey, string id, CancellationToken ct = default) => Time("read", () => inner.ReadAsync<T>(partitionKey, id, ct));
        public Task<Stored<T>?> CreateAsync<T>(string partitionKey, string id, T document, CancellationToken ct = default) => Time("create", () => inner.CreateAsync(partitionKey, id, document, ct));
        public Task<Stored<T>?> ReplaceAsync<T>(string partitionKey, string id, T document, string ifMatch, CancellationToken ct = default) => Time("replace", () => inner.ReplaceAsync(partitionKey, id, document, ifMatch, ct));
        public Task<Stored<T>> UpsertAsync<T>(string partitionKey, string id, T document, CancellationToken ct = default) => Time("upsert", () => inner.UpsertAsync(partitionKey, id, document, ct));
        public Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken ct = default) => Time("delete", () => inner.DeleteAsync(partitionKey, id, ct));

        public async IAsyncEnumerable<T> QueryAsync<T>(DocumentQuery query, [EnumeratorCancellation] CancellationToken ct = default)
        {
            using var span = Source.StartActivity("store query", ActivityKind.Client);
            span?.SetTag("db.collection.name", inner.Name);
            span?.SetTag("db.operation.name", "query");
            span?.SetTag("smqbot.cross_partition", query.PartitionKey is null);
            var started = Stopwatch.GetTimestamp();
            var count = 0;
            await foreach (var item in inner.QueryAsync<T>(query, ct))
            {
                count++;
                yield return item;
            }
            span?.SetTag("smqbot.documents", count);
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("db.collection.name", inner.Name), new KeyValuePair<string, object?>("db.operation.name", "query"));
        }
    }
}
