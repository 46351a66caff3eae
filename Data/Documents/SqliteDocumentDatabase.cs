using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;

namespace SmqBot.Data.Documents;

/// <summary>
/// The embedded store: the same JSON documents as in Cosmos DB, in one SQLite table keyed by
/// (container, partition key, id), with an ETag column for optimistic concurrency. WAL mode lets readers
/// run beside a writer; a fresh pooled connection per operation keeps it safe to share. Writers take turns in the
/// process (<see cref="WriteAsync{T}"/>): SQLite has one writer at a time, and a writer that meets another waits in
/// SQLite's busy handler, which sleeps the thread (1, 2, 5 … 100 ms) — under 20 people at once that starved the thread
/// pool and most of the time went to sleeping. An async gate queues them instead; busy_timeout still covers another
/// process on the same file. Point reads are served from <see cref="SqliteDocumentCache"/> when the document was read
/// since its last write.
/// </summary>
public sealed class SqliteDocumentDatabase(string connectionString) : IDocumentDatabase
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    internal SqliteDocumentCache Cache { get; } = SqliteDocumentCache.Of(connectionString);

    public static SqliteDocumentDatabase ForFile(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new(new SqliteConnectionStringBuilder { DataSource = full, Cache = SqliteCacheMode.Private, Pooling = true }.ToString());
    }

    public IDocumentContainer Container(string name) => new SqliteDocumentContainer(name, this);

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS documents (
                container TEXT NOT NULL,
                pk        TEXT NOT NULL,
                id        TEXT NOT NULL,
                etag      TEXT NOT NULL,
                body      TEXT NOT NULL,
                PRIMARY KEY (container, pk, id)
            ) WITHOUT ROWID;
            """;
        await command.ExecuteNonQueryAsync(ct);
        // A partial index per queried field, on its container's rows only (the field's JSON is parsed on their writes
        // alone); a query names its container as a literal so that the planner can use it.
        foreach (var (container, field) in DocumentIndexes.Fields)
        {
            await using var index = connection.CreateCommand();
            index.CommandText = $"CREATE INDEX IF NOT EXISTS \"ix_{container}_{DocumentQuery.Check(field).Replace('.', '_')}\" ON documents (json_extract(body, '$.{field}')) WHERE container = '{Literal(container)}'";
            await index.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>A container name as a SQL literal: they are fixed lower-case words (<see cref="ContainerNames"/>), checked anyway.</summary>
    internal static string Literal(string container) =>
        container.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_') ? container : throw new ArgumentException($"'{container}' is not a container name.", nameof(container));

    internal async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // WAL + NORMAL is durable across process crashes; busy_timeout makes concurrent writers wait, not fail. Both
        // hold for the native connection, which the pool keeps open between uses: set them once per native connection
        // (a fifth of a point read went to running this again on every open).
        if (_configured.TryGetValue(connection.Handle!, out _)) return connection;
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(ct);
        _configured.TryAdd(connection.Handle!, Configured);
        return connection;
    }

    private static readonly object Configured = new();
    /// <summary>The native connections whose pragmas are set (weakly held: a connection the pool closed is forgotten).</summary>
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();

    /// <summary>Runs one write of a document on its own connection, after the writes before it in this process.</summary>
    internal async Task<T> WriteAsync<T>(string container, string partitionKey, string id, Func<SqliteConnection, Task<T>> write, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            return await write(connection);
        }
        finally
        {
            Cache.Forget(container, partitionKey, id);
            _writer.Release();
        }
    }
}

internal sealed class SqliteDocumentContainer(string name, SqliteDocumentDatabase database) : IDocumentContainer
{
    public string Name => name;

    public async Task<Stored<T>?> ReadAsync<T>(string partitionKey, string id, CancellationToken ct = default)
    {
        var cache = database.Cache;
        if (cache.TryGet(name, partitionKey, id, static body => DocumentJson.Deserialize<T>(body)) is { } kept) return kept;
        var writesBefore = cache.Writes;
        await using var connection = await database.OpenAsync(ct);
        await using var command = Command(connection, "SELECT body, etag FROM documents WHERE container = $c AND pk = $pk AND id = $id", partitionKey, id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var body = Body(reader);
        var read = new Stored<T>(DocumentJson.Deserialize<T>(body), reader.GetString(1));
        cache.Keep(name, partitionKey, id, body, read, writesBefore);
        return read;
    }

    public async Task<Stored<T>?> CreateAsync<T>(string partitionKey, string id, T document, CancellationToken ct = default)
    {
        var (body, etag) = Prepare(partitionKey, id, document);
        return await database.WriteAsync(name, partitionKey, id, async connection =>
        {
            await using var command = Command(connection, "INSERT OR IGNORE INTO documents (container, pk, id, etag, body) VALUES ($c, $pk, $id, $etag, $body)", partitionKey, id);
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$body", body);
            return await command.ExecuteNonQueryAsync(ct) == 1 ? new Stored<T>(document, etag) : null;
        }, ct);
    }

    public async Task<Stored<T>?> ReplaceAsync<T>(string partitionKey, string id, T document, string ifMatch, CancellationToken ct = default)
    {
        var (body, etag) = Prepare(partitionKey, id, document);
        return await database.WriteAsync(name, partitionKey, id, async connection =>
        {
            await using var command = Command(connection, "UPDATE documents SET etag = $etag, body = $body WHERE container = $c AND pk = $pk AND id = $id AND etag = $ifMatch", partitionKey, id);
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$body", body);
            command.Parameters.AddWithValue("$ifMatch", ifMatch);
            return await command.ExecuteNonQueryAsync(ct) == 1 ? new Stored<T>(document, etag) : null;
        }, ct);
    }

    public async Task<Stored<T>> UpsertAsync<T>(string partitionKey, string id, T document, CancellationToken ct = default)
    {
        var (body, etag) = Prepare(partitionKey, id, document);
        return await database.WriteAsync(name, partitionKey, id, async connection =>
        {
            await using var command = Command(connection, """
                INSERT INTO documents (container, pk, id, etag, body) VALUES ($c, $pk, $id, $etag, $body)
                ON CONFLICT (container, pk, id) DO UPDATE SET etag = excluded.etag, body = excluded.body
                """, partitionKey, id);
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$body", body);
            await command.ExecuteNonQueryAsync(ct);
            return new Stored<T>(document, etag);
        }, ct);
    }

    public async Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken ct = default)
    {
        return await database.WriteAsync(name, partitionKey, id, async connection =>
        {
            await using var command = Command(connection, "DELETE FROM documents WHERE container = $c AND pk = $pk AND id = $id", partitionKey, id);
            return await command.ExecuteNonQueryAsync(ct) == 1;
        }, ct);
    }

    public async IAsyncEnumerable<T> QueryAsync<T>(DocumentQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        // The container as a literal: a partial index (SqliteDocumentDatabase.InitializeAsync) is used only when the
        // planner sees its WHERE in the query's.
        var sql = new StringBuilder($"SELECT body FROM documents WHERE container = '{SqliteDocumentDatabase.Literal(name)}'");
        if (query.PartitionKey is not null)
        {
            sql.Append(" AND pk = $pk");
            command.Parameters.AddWithValue("$pk", query.PartitionKey);
        }
        for (var i = 0; i < query.Filters.Count; i++)
        {
            var (field, kind, value) = query.Filters[i];
            var parameter = $"$p{i}";
            sql.Append(kind switch
            {
                FilterKind.Equals when value is null => $" AND json_extract(body, '$.{field}') IS NULL",
                FilterKind.Equals => $" AND json_extract(body, '$.{field}') = {parameter}",
                FilterKind.AtMost => $" AND json_extract(body, '$.{field}') <= {parameter}",
                FilterKind.AtLeast => $" AND json_extract(body, '$.{field}') >= {parameter}",
                _ => $" AND EXISTS (SELECT 1 FROM json_each(body, '$.{field}') WHERE json_each.value = {parameter})",
            });
            if (value is not null) command.Parameters.AddWithValue(parameter, ToSqlite(value));
        }
        if (query.OrderBy is not null) sql.Append($" ORDER BY json_extract(body, '$.{query.OrderBy}'){(query.Descending ? " DESC" : "")}");
        if (query.Limit is { } limit) sql.Append($" LIMIT {limit}");
        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return DocumentJson.Deserialize<T>(Body(reader));
    }

    /// <summary>A document's JSON as SQLite stores it, UTF-8 (read as text it would go through UTF-16 and back).</summary>
    private static byte[] Body(SqliteDataReader reader) => reader.GetFieldValue<byte[]>(0);

    // json_extract yields SQLite's own types: booleans come back as 0/1.
    private static object ToSqlite(object value) => DocumentJson.ToPrimitive(value) switch
    {
        bool b => b ? 1 : 0,
        var primitive => primitive,
    };

    private static (string Body, string ETag) Prepare<T>(string partitionKey, string id, T document) =>
        (Encoding.UTF8.GetString(DocumentJson.Serialize(partitionKey, id, document)), $"\"{Guid.NewGuid():N}\"");

    private SqliteCommand Command(SqliteConnection connection, string sql, string partitionKey, string id)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", name);
        command.Parameters.AddWithValue("$pk", partitionKey);
        command.Parameters.AddWithValue("$id", id);
        return command;
    }
}
