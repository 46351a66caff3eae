using System.Collections.Concurrent;
using SmqBot.Data.Documents;

namespace SmqBot.Tests.Support;

/// <summary>
/// The real store with a tally of the calls made to it, by kind ("read", "write", "query"), so that a test can assert
/// what a turn costs. Decorates the database; does not stand in for it.
/// </summary>
public sealed class CountingDatabase(IDocumentDatabase inner) : IDocumentDatabase
{
    private readonly ConcurrentDictionary<string, int> _calls = new();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);
    public int Count(string kind) => _calls.GetValueOrDefault(kind);
    public void Reset() => _calls.Clear();

    public IDocumentContainer Container(string name) => new Counting(inner.Container(name), this);
    public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);

    private void Add(string kind) => _calls.AddOrUpdate(kind, 1, (_, n) => n + 1);

    private sealed class Counting(IDocumentContainer inner, CountingDatabase tally) : IDocumentContainer
    {
        public string Name => inner.Name;
        public Task<Stored<T>?> ReadAsync<T>(string pk, string id, CancellationToken ct = default) { tally.Add("read"); return inner.ReadAsync<T>(pk, id, ct); }
        public Task<Stored<T>?> CreateAsync<T>(string pk, string id, T d, CancellationToken ct = default) { tally.Add("write"); return inner.CreateAsync(pk, id, d, ct); }
        public Task<Stored<T>?> ReplaceAsync<T>(string pk, string id, T d, string ifMatch, CancellationToken ct = default) { tally.Add("write"); return inner.ReplaceAsync(pk, id, d, ifMatch, ct); }
        public Task<Stored<T>> UpsertAsync<T>(string pk, string id, T d, CancellationToken ct = default) { tally.Add("write"); return inner.UpsertAsync(pk, id, d, ct); }
        public Task<bool> DeleteAsync(string pk, string id, CancellationToken ct = default) { tally.Add("write"); return inner.DeleteAsync(pk, id, ct); }
        public IAsyncEnumerable<T> QueryAsync<T>(DocumentQuery query, CancellationToken ct = default)
        {
            tally.Add(query.PartitionKey is null ? "cross-partition query" : "query");
            return inner.QueryAsync<T>(query, ct);
        }
    }
}
