using System.Collections.Concurrent;

namespace SmqBot.Data.Documents;

/// <summary>
/// What the embedded store last read of the documents read recently: the bytes and ETag SQLite returned, and the
/// document as it was last deserialised (documents are immutable records, so one instance can be handed to every
/// reader). Every turn reads its caller's profile; served from here, that is a lookup instead of a SQL statement and a
/// deserialisation (two thirds of a turn's own work went to them). It is exact because the process is its file's
/// only writer (one instance on SQLite: README, "Scale-out"), every store on the file in the process shares one cache
/// (<see cref="Of"/>: two hosts in one process, as the tests run two instances, see each other's writes), and every
/// write goes through <see cref="SqliteDocumentDatabase.WriteAsync{T}"/>, which forgets the document once the write is
/// over, whatever its outcome: a conditional write that found another ETag (another process's change, which the cache cannot see) forgets
/// it as well, so the next read, and the retry of an update, go to the file. A read that overlapped a write does not
/// keep what it read. Bounded: bodies over <see cref="MaxBodyBytes"/> are not kept, and past
/// <see cref="MaxDocuments"/> documents it starts again.
/// </summary>
internal sealed class SqliteDocumentCache
{
    /// <summary>A profile is half a kilobyte; a cohort with its members a few: a full cache holds at most 16 MB of JSON.</summary>
    public const int MaxDocuments = 2048;
    public const int MaxBodyBytes = 8 * 1024;

    private readonly ConcurrentDictionary<(string Container, string PartitionKey, string Id), Kept> _documents = new();
    private readonly Lock _gate = new();
    private long _writes;

    /// <summary>A document as read: its bytes, and the last <see cref="Stored{T}"/> made of them (whatever the type asked).</summary>
    public sealed record Kept(byte[] Body, string ETag, object Read);

    /// <summary>The caches of the files open in this process, by connection string; a file no store holds any more is forgotten.</summary>
    private static readonly Dictionary<string, WeakReference<SqliteDocumentCache>> Files = [];

    /// <summary>The cache of the file <paramref name="connectionString"/> opens, shared by every store on it in this process.</summary>
    public static SqliteDocumentCache Of(string connectionString)
    {
        lock (Files)
        {
            if (Files.TryGetValue(connectionString, out var kept) && kept.TryGetTarget(out var shared)) return shared;
            var cache = new SqliteDocumentCache();
            Files[connectionString] = new WeakReference<SqliteDocumentCache>(cache);
            return cache;
        }
    }

    /// <summary>Read before a read of the file: <see cref="Keep"/> keeps its result only if no write ended meanwhile.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>The document as last read, deserialised as <typeparamref name="T"/> (again only when last asked as another type).</summary>
    public Stored<T>? TryGet<T>(string container, string partitionKey, string id, Func<byte[], T> deserialize)
    {
        var key = (container, partitionKey, id);
        if (!_documents.TryGetValue(key, out var kept)) return null;
        if (kept.Read is Stored<T> read) return read;
        read = new Stored<T>(deserialize(kept.Body), kept.ETag);
        _documents.TryUpdate(key, kept with { Read = read }, kept);
        return read;
    }

    public void Keep<T>(string container, string partitionKey, string id, byte[] body, Stored<T> read, long writesBefore)
    {
        if (body.Length > MaxBodyBytes) return;
        lock (_gate)
        {
            if (_writes != writesBefore) return;
            if (_documents.Count >= MaxDocuments) _documents.Clear();
            _documents[(container, partitionKey, id)] = new Kept(body, read.ETag, read);
        }
    }

    /// <summary>After a write of the document, committed or not.</summary>
    public void Forget(string container, string partitionKey, string id)
    {
        lock (_gate)
        {
            _writes++;
            _documents.TryRemove((container, partitionKey, id), out _);
        }
    }
}
