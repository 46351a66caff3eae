using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Azure.Cosmos;

namespace SmqBot.Data.Documents;

/// <summary>
/// Azure Cosmos DB: one database, one container per aggregate, partitioned on <c>/pk</c>. Uses the SDK's stream
/// API so that documents are written with the same System.Text.Json settings as in SQLite, and so that 404, 409
/// and 412 come back as status codes rather than exceptions.
/// </summary>
public sealed class CosmosDocumentDatabase(CosmosClient client, string databaseId, bool createIfMissing = true) : IDocumentDatabase
{
    public IDocumentContainer Container(string name) => new CosmosDocumentContainer(client.GetContainer(databaseId, name));

    /// <summary>
    /// With an account key, creates the database and containers that are missing. With Entra ID (managed identity),
    /// data-plane RBAC cannot create them, so they must exist already (see the README): this checks and names any missing.
    /// </summary>
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (createIfMissing)
        {
            Database database = await client.CreateDatabaseIfNotExistsAsync(databaseId, cancellationToken: ct);
            foreach (var name in ContainerNames.All)
                await database.CreateContainerIfNotExistsAsync(new ContainerProperties(name, DocumentJson.PartitionKeyPath), cancellationToken: ct);
            return;
        }
        var missing = new List<string>();
        foreach (var name in ContainerNames.All)
        {
            using var response = await client.GetContainer(databaseId, name).ReadContainerStreamAsync(cancellationToken: ct);
            if (response.StatusCode == HttpStatusCode.NotFound) missing.Add(name);
            else response.EnsureSuccessStatusCode();
        }
        if (missing.Count > 0)
            throw new InvalidOperationException($"Cosmos DB database '{databaseId}' lacks the containers {string.Join(", ", missing)} (partition key {DocumentJson.PartitionKeyPath}); create them, or configure Cosmos:Key so that SmqBot can.");
    }
}

internal sealed class CosmosDocumentContainer(Container container) : IDocumentContainer
{
    public string Name => container.Id;

    public async Task<Stored<T>?> ReadAsync<T>(string partitionKey, string id, CancellationToken ct = default)
    {
        using var response = await container.ReadItemStreamAsync(id, new PartitionKey(partitionKey), cancellationToken: ct);
        RequestCharge.Add(response);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await StoredAsync<T>(response.EnsureSuccessStatusCode(), ct);
    }

    public async Task<Stored<T>?> CreateAsync<T>(string partitionKey, string id, T document, CancellationToken ct = default)
    {
        using var body = Body(partitionKey, id, document);
        using var response = await container.CreateItemStreamAsync(body, new PartitionKey(partitionKey), cancellationToken: ct);
        RequestCharge.Add(response);
        return response.StatusCode == HttpStatusCode.Conflict ? null : Written(response, document);
    }

    public async Task<Stored<T>?> ReplaceAsync<T>(string partitionKey, string id, T document, string ifMatch, CancellationToken ct = default)
    {
        using var body = Body(partitionKey, id, document);
        using var response = await container.ReplaceItemStreamAsync(body, id, new PartitionKey(partitionKey), new ItemRequestOptions { IfMatchEtag = ifMatch }, ct);
        RequestCharge.Add(response);
        return response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound ? null : Written(response, document);
    }

    public async Task<Stored<T>> UpsertAsync<T>(string partitionKey, string id, T document, CancellationToken ct = default)
    {
        using var body = Body(partitionKey, id, document);
        using var response = await container.UpsertItemStreamAsync(body, new PartitionKey(partitionKey), cancellationToken: ct);
        RequestCharge.Add(response);
        return Written(response, document);
    }

    public async Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken ct = default)
    {
        using var response = await container.DeleteItemStreamAsync(id, new PartitionKey(partitionKey), cancellationToken: ct);
        RequestCharge.Add(response);
        if (response.StatusCode == HttpStatusCode.NotFound) return false;
        response.EnsureSuccessStatusCode();
        return true;
    }

    public async IAsyncEnumerable<T> QueryAsync<T>(DocumentQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var options = new QueryRequestOptions();
        if (query.PartitionKey is not null) options.PartitionKey = new PartitionKey(query.PartitionKey);
        using var iterator = container.GetItemQueryStreamIterator(ToSql(query), requestOptions: options);
        while (iterator.HasMoreResults)
        {
            using var page = await iterator.ReadNextAsync(ct);
            RequestCharge.Add(page);
            page.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(page.Content, cancellationToken: ct);
            foreach (var document in json.RootElement.GetProperty("Documents").EnumerateArray())
                yield return document.Deserialize<T>(DocumentJson.Options)!;
        }
    }

    internal static QueryDefinition ToSql(DocumentQuery query)
    {
        var sql = new StringBuilder(query.Limit is { } limit ? $"SELECT TOP {limit} * FROM c" : "SELECT * FROM c");
        var conditions = new List<string>();
        var parameters = new List<(string, object)>();
        // The partition key is also named in the WHERE clause: the query states what it reads, whatever the options say.
        if (query.PartitionKey is not null)
        {
            conditions.Add("c.pk = @pk");
            parameters.Add(("@pk", query.PartitionKey));
        }
        for (var i = 0; i < query.Filters.Count; i++)
        {
            var (name, kind, value) = query.Filters[i];
            var field = Path(name);
            var parameter = $"@p{i}";
            conditions.Add(kind switch
            {
                FilterKind.Equals when value is null => $"(NOT IS_DEFINED({field}) OR IS_NULL({field}))",
                FilterKind.Equals => $"{field} = {parameter}",
                FilterKind.AtMost => $"{field} <= {parameter}",
                FilterKind.AtLeast => $"{field} >= {parameter}",
                _ => $"ARRAY_CONTAINS({field}, {parameter})",
            });
            if (value is not null) parameters.Add((parameter, DocumentJson.ToPrimitive(value)));
        }
        if (conditions.Count > 0) sql.Append(" WHERE ").AppendJoin(" AND ", conditions);
        if (query.OrderBy is not null) sql.Append($" ORDER BY {Path(query.OrderBy)}{(query.Descending ? " DESC" : " ASC")}");
        var definition = new QueryDefinition(sql.ToString());
        foreach (var (name, value) in parameters) definition.WithParameter(name, value);
        return definition;
    }

    /// <summary>
    /// A field path as Cosmos SQL reads it whatever the names: <c>c["coachedPerson"]["aadObjectId"]</c>. Dotted access
    /// breaks on a property named like a keyword (an access log line's <c>by</c>). Paths are plain identifiers
    /// (<see cref="DocumentQuery"/> checks), so nothing needs escaping.
    /// </summary>
    private static string Path(string field) => "c" + string.Concat(field.Split('.').Select(part => $"[\"{part}\"]"));

    private static Stream Body<T>(string partitionKey, string id, T document) => new MemoryStream(DocumentJson.Serialize(partitionKey, id, document));

    private static Stored<T> Written<T>(ResponseMessage response, T document) =>
        new(document, response.EnsureSuccessStatusCode().Headers.ETag);

    private static async Task<Stored<T>> StoredAsync<T>(ResponseMessage response, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await response.Content.CopyToAsync(buffer, ct);
        return new(DocumentJson.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), response.Headers.ETag);
    }
}

/// <summary>
/// The request units a Cosmos DB operation cost, on the store operation's span (<see cref="InstrumentedDatabase"/>) as
/// <c>azure.cosmosdb.operation.request_charge</c>; a query's pages add up.
/// </summary>
internal static class RequestCharge
{
    public const string Tag = "azure.cosmosdb.operation.request_charge";

    public static void Add(ResponseMessage response)
    {
        if (System.Diagnostics.Activity.Current is not { } span || span.Source.Name != InstrumentedDatabase.SourceName) return;
        span.SetTag(Tag, (span.GetTagItem(Tag) as double? ?? 0) + response.Headers.RequestCharge);
    }
}
