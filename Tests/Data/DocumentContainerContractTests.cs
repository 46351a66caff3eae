using SmqBot.Data.Documents;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Data;

/// <summary>
/// The one contract both stores keep. Each test runs against SQLite (<see cref="SqliteContainerTests"/>) and against
/// a real Cosmos endpoint through the real SDK (<see cref="CosmosContainerTests"/>).
/// </summary>
public abstract class DocumentContainerContractTests
{
    public sealed record Note(string Author, string Text, int Version = 0, IReadOnlyList<string>? Tags = null, bool Archived = false);

    protected abstract IDocumentContainer Container { get; }

    private static string NewId() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task CreatedDocumentsComeBackFromAPointRead()
    {
        var (pk, id) = (NewId(), NewId());

        var created = await Container.CreateAsync(pk, id, new Note("ana", "Bonjour"));
        var read = await Container.ReadAsync<Note>(pk, id);

        Assert.NotNull(created);
        Assert.NotNull(read);
        Assert.Equal(new Note("ana", "Bonjour"), read.Value);
        Assert.Equal(created.ETag, read.ETag);
    }

    [Fact]
    public async Task CreatingAnExistingIdIsRefusedAndChangesNothing()
    {
        var (pk, id) = (NewId(), NewId());
        await Container.CreateAsync(pk, id, new Note("ana", "first"));

        Assert.Null(await Container.CreateAsync(pk, id, new Note("bob", "second")));
        Assert.Equal("first", (await Container.ReadAsync<Note>(pk, id))!.Value.Text);
    }

    [Fact]
    public async Task AMissingDocumentReadsAsNull()
    {
        Assert.Null(await Container.ReadAsync<Note>(NewId(), NewId()));
    }

    [Fact]
    public async Task TheSameIdInAnotherPartitionIsAnotherDocument()
    {
        var id = NewId();
        await Container.CreateAsync("p1-" + id, id, new Note("ana", "one"));

        Assert.Null(await Container.ReadAsync<Note>("p2-" + id, id));
    }

    [Fact]
    public async Task ReplacingWithTheCurrentETagWritesAndGivesANewETag()
    {
        var (pk, id) = (NewId(), NewId());
        var created = (await Container.CreateAsync(pk, id, new Note("ana", "v0")))!;

        var replaced = await Container.ReplaceAsync(pk, id, new Note("ana", "v1", 1), created.ETag);

        Assert.NotNull(replaced);
        Assert.NotEqual(created.ETag, replaced.ETag);
        Assert.Equal("v1", (await Container.ReadAsync<Note>(pk, id))!.Value.Text);
    }

    [Fact]
    public async Task ReplacingWithAStaleETagIsAConflictAndChangesNothing()
    {
        var (pk, id) = (NewId(), NewId());
        var stale = (await Container.CreateAsync(pk, id, new Note("ana", "v0")))!;
        await Container.ReplaceAsync(pk, id, new Note("bob", "v1", 1), stale.ETag);

        var conflict = await Container.ReplaceAsync(pk, id, new Note("ana", "lost?", 1), stale.ETag);

        Assert.Null(conflict);
        Assert.Equal(new Note("bob", "v1", 1), (await Container.ReadAsync<Note>(pk, id))!.Value);
    }

    [Fact]
    public async Task UpsertCreatesThenReplaces()
    {
        var (pk, id) = (NewId(), NewId());

        await Container.UpsertAsync(pk, id, new Note("ana", "created"));
        var second = await Container.UpsertAsync(pk, id, new Note("ana", "replaced", 1));

        var read = (await Container.ReadAsync<Note>(pk, id))!;
        Assert.Equal("replaced", read.Value.Text);
        Assert.Equal(second.ETag, read.ETag);
    }

    [Fact]
    public async Task DeleteRemovesTheDocumentOnce()
    {
        var (pk, id) = (NewId(), NewId());
        await Container.CreateAsync(pk, id, new Note("ana", "bye"));

        Assert.True(await Container.DeleteAsync(pk, id));
        Assert.Null(await Container.ReadAsync<Note>(pk, id));
        Assert.False(await Container.DeleteAsync(pk, id));
    }

    [Fact]
    public async Task ASinglePartitionQueryReturnsOnlyThatPartitionsMatches()
    {
        var (mine, other) = (NewId(), NewId());
        await Container.CreateAsync(mine, NewId(), new Note("ana", "a", Tags: ["cohorte"]));
        await Container.CreateAsync(mine, NewId(), new Note("ana", "b", Archived: true));
        await Container.CreateAsync(mine, NewId(), new Note("bob", "c"));
        await Container.CreateAsync(other, NewId(), new Note("ana", "d"));

        var anas = await Container.QueryAsync<Note>(DocumentQuery.InPartition(mine).Where("author", "ana").OrderedBy("text")).ToListAsync();
        var archived = await Container.QueryAsync<Note>(DocumentQuery.InPartition(mine).Where("archived", true)).ToListAsync();
        var tagged = await Container.QueryAsync<Note>(DocumentQuery.InPartition(mine).WhereContains("tags", "cohorte")).ToListAsync();
        var latest = await Container.QueryAsync<Note>(DocumentQuery.InPartition(mine).OrderedBy("text", descending: true).Take(2)).ToListAsync();
        var early = await Container.QueryAsync<Note>(DocumentQuery.InPartition(mine).WhereAtMost("version", 0).WhereAtMost("text", "b")).ToListAsync();
        var late = await Container.QueryAsync<Note>(DocumentQuery.InPartition(mine).WhereAtLeast("version", 0).WhereAtLeast("text", "b")).ToListAsync();

        Assert.Equal(["a", "b"], anas.Select(n => n.Text));
        Assert.Equal(["c", "b"], latest.Select(n => n.Text));
        Assert.Equal(["a", "b"], early.Select(n => n.Text).Order());
        Assert.Equal(["b", "c"], late.Select(n => n.Text).Order());
        Assert.Equal(["b"], archived.Select(n => n.Text));
        Assert.Equal(["a"], tagged.Select(n => n.Text));
    }

    [Fact]
    public async Task ACrossPartitionQueryFindsMatchesInEveryPartition()
    {
        var author = "author-" + NewId();
        foreach (var i in Enumerable.Range(0, 5)) await Container.CreateAsync(NewId(), NewId(), new Note(author, $"n{i}", i));
        await Container.CreateAsync(NewId(), NewId(), new Note("someone-else", "x"));

        var found = await Container.QueryAsync<Note>(DocumentQuery.AcrossPartitions().Where("author", author)).ToListAsync();

        Assert.Equal(["n0", "n1", "n2", "n3", "n4"], found.Select(n => n.Text).Order());
    }

    [Fact]
    public async Task TwentyParallelReadModifyWritesOfOneDocumentLoseNoUpdate()
    {
        var (pk, id) = (NewId(), NewId());
        await Container.CreateAsync(pk, id, new Note("ana", "counter", 0, []));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            Container.UpdateAsync<Note>(pk, id, n => n! with { Version = n.Version + 1, Tags = [.. n.Tags!, $"w{i}"] }))));

        var final = (await Container.ReadAsync<Note>(pk, id))!.Value;
        Assert.Equal(20, final.Version);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"w{i}").Order(), final.Tags!.Order());
    }
}

public sealed class SqliteContainerTests : DocumentContainerContractTests, IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("smqbot-store-").FullName;
    private IDocumentContainer _container = null!;

    protected override IDocumentContainer Container => _container;

    private SqliteDocumentDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = SqliteDocumentDatabase.ForFile(Path.Combine(_dir, "contract.db"));
        await _database.InitializeAsync();
        _container = _database.Container(ContainerNames.People);
    }

    [Fact]
    public async Task EveryConnectionFromThePoolIsDurableAndWaitsForAWriter()
    {
        // The pragmas are set once per native connection; the pool hands the same one back, and new ones get them too.
        for (var round = 0; round < 3; round++)
        {
            var open = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _database.OpenAsync(CancellationToken.None)));
            foreach (var connection in open)
            {
                Assert.Equal(1L, await PragmaAsync(connection, "synchronous")); // NORMAL (FULL is 2)
                Assert.Equal(5000L, await PragmaAsync(connection, "busy_timeout"));
                await connection.DisposeAsync();
            }
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // native connections closed: the next ones are new
        await using var fresh = await _database.OpenAsync(CancellationToken.None);
        Assert.Equal(1L, await PragmaAsync(fresh, "synchronous"));
        Assert.Equal(5000L, await PragmaAsync(fresh, "busy_timeout"));
    }

    [Fact]
    public async Task AnUpdateThatMeetsAChangeTheCacheCouldNotSeeReadsTheFileAgainAndLosesNothing()
    {
        var (pk, id) = ("p", Guid.NewGuid().ToString("N"));
        await _container.CreateAsync(pk, id, new Note("ana", "v0"));
        var kept = (await _container.ReadAsync<Note>(pk, id))!;
        // Another process writing the file (SQL on a connection of its own): no store of this process sees that write.
        await using (var otherProcess = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_dir, "contract.db")};Pooling=False"))
        {
            await otherProcess.OpenAsync();
            await using var update = otherProcess.CreateCommand();
            update.CommandText = "UPDATE documents SET etag = '\"other\"', body = $body WHERE container = 'people' AND pk = $pk AND id = $id";
            update.Parameters.AddWithValue("$body", System.Text.Encoding.UTF8.GetString(DocumentJson.Serialize(pk, id, new Note("bob", "v1", Tags: ["other"]))));
            update.Parameters.AddWithValue("$pk", pk);
            update.Parameters.AddWithValue("$id", id);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        // Served from what this store read (no statement): the other's version is not visible yet...
        Assert.Equal(kept, await _container.ReadAsync<Note>(pk, id));
        // ...until a write finds another ETag: it is refused, changes nothing, and the document is read from the file again.
        Assert.Null(await _container.ReplaceAsync(pk, id, kept.Value with { Text = "stale" }, kept.ETag));
        var fresh = (await _container.ReadAsync<Note>(pk, id))!;
        Assert.Equal(("bob", "v1", "\"other\""), (fresh.Value.Author, fresh.Value.Text, fresh.ETag));
        // An update keeps the other's change and adds its own.
        await _container.UpdateAsync<Note>(pk, id, n => n! with { Tags = [.. n.Tags!, "mine"], Version = n.Version + 1 });
        var final = (await _container.ReadAsync<Note>(pk, id))!.Value;
        Assert.Equal(("bob", "v1", 1), (final.Author, final.Text, final.Version));
        Assert.Equal(["other", "mine"], final.Tags!);
    }

    [Fact]
    public async Task StoresOnOneFileInOneProcessSeeEachOthersWrites()
    {
        // Two hosts in one process on one file, as the tests run two instances: one cache for the file, so a document
        // one of them read is forgotten when the other writes it.
        var (pk, id) = ("p", Guid.NewGuid().ToString("N"));
        await _container.CreateAsync(pk, id, new Note("ana", "v0"));
        Assert.Equal("v0", (await _container.ReadAsync<Note>(pk, id))!.Value.Text);
        var other = SqliteDocumentDatabase.ForFile(Path.Combine(_dir, "contract.db")).Container(ContainerNames.People);

        var written = await other.UpsertAsync(pk, id, new Note("bob", "v1"));

        Assert.Equal(written, await _container.ReadAsync<Note>(pk, id));
    }

    [Fact]
    public async Task AReadThatOverlapsAWriteNeverKeepsTheOlderVersion()
    {
        var (pk, id) = ("p", Guid.NewGuid().ToString("N"));
        await _container.UpsertAsync(pk, id, new Note("ana", "v0"));
        for (var version = 1; version <= 100; version++)
        {
            var write = Task.Run(() => _container.UpsertAsync(pk, id, new Note("ana", $"v{version}", version)));
            var reads = Enumerable.Range(0, 3).Select(_ => Task.Run(() => _container.ReadAsync<Note>(pk, id))).ToList();
            var written = await write;
            await Task.WhenAll(reads);
            // Whatever the reads saw while the write went on, once it is over every read sees it.
            Assert.Equal(written, await _container.ReadAsync<Note>(pk, id));
        }

        // The window that loop rarely hits, step by step: a read of the file began, a write ended, then the read finished.
        var cache = new SqliteDocumentCache();
        var writesBefore = cache.Writes;
        cache.Forget("people", pk, id);
        cache.Keep("people", pk, id, "{}"u8.ToArray(), new Stored<string>("old", "\"old\""), writesBefore);
        Assert.Null(cache.TryGet("people", pk, id, _ => "from bytes"));
        cache.Keep("people", pk, id, "{}"u8.ToArray(), new Stored<string>("new", "\"new\""), cache.Writes);
        Assert.Equal(new Stored<string>("new", "\"new\""), cache.TryGet("people", pk, id, _ => "from bytes"));
        // Asked as another type, it is made from the bytes kept, with their ETag.
        Assert.Equal(new Stored<int>(2, "\"new\""), cache.TryGet("people", pk, id, body => body.Length));
    }

    private static async Task<long> PragmaAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(nameof(CosmosServer))]
public sealed class CosmosServerCollection : ICollectionFixture<CosmosServer>;

[Collection(nameof(CosmosServer))]
public sealed class CosmosContainerTests(CosmosServer server) : DocumentContainerContractTests, IAsyncLifetime
{
    private IDocumentContainer _container = null!;

    protected override IDocumentContainer Container => _container;

    public async Task InitializeAsync()
    {
        // A database per test class instance keeps tests independent on the shared in-memory server.
        var database = new CosmosDocumentDatabase(server.Client, "contract-" + Guid.NewGuid().ToString("N")[..8]);
        await database.InitializeAsync();
        _container = database.Container(ContainerNames.People);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[Collection(nameof(CosmosServer))]
public sealed class CosmosInitializationTests(CosmosServer server)
{
    [Fact]
    public async Task WithoutTheRightToCreateContainersStartUpNamesTheMissingOnes()
    {
        var name = "rbac-" + Guid.NewGuid().ToString("N")[..8];
        await server.Client.CreateDatabaseAsync(name);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => new CosmosDocumentDatabase(server.Client, name, createIfMissing: false).InitializeAsync());

        Assert.Contains($"Cosmos DB database '{name}' lacks the containers people, installations, outbox, cohorts, participations, accompaniments, calls", failure.Message);
    }

    [Fact]
    public async Task WithTheContainersInPlaceStartUpChecksThemAndTheStoreWorks()
    {
        var name = "rbac-" + Guid.NewGuid().ToString("N")[..8];
        await new CosmosDocumentDatabase(server.Client, name).InitializeAsync();
        var checkedOnly = new CosmosDocumentDatabase(server.Client, name, createIfMissing: false);

        await checkedOnly.InitializeAsync();
        await checkedOnly.Container(ContainerNames.People).CreateAsync("pk", "id", new DocumentContainerContractTests.Note("ana", "ok"));

        Assert.Equal("ok", (await checkedOnly.Container(ContainerNames.People).ReadAsync<DocumentContainerContractTests.Note>("pk", "id"))!.Value.Text);
    }
}
