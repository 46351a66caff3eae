using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using SmqBot.Data.Documents;

namespace SmqBot.Bot.Features.Exports;

/// <summary>A Data Protection key, as stored: its id (the XML's friendly name) and the key's XML.</summary>
public sealed record StoredKey(string Name, string Xml);

/// <summary>
/// ASP.NET Data Protection's key ring in the document database (container <c>keys</c>, one partition), so that a link
/// minted by one instance opens on another, and after a redeploy, wherever the bot runs (a container, a second App
/// Service instance) without a shared disk. The keys sit in the store with the data they protect links to; Cosmos DB
/// encrypts them at rest. Data Protection calls this rarely (at start-up, when it rolls a key, every 24 h), and
/// synchronously, so the store's asynchronous calls are waited for here.
/// </summary>
public sealed class DocumentXmlRepository(IDocumentDatabase database) : IXmlRepository
{
    private const string Partition = "dataprotection";
    private readonly IDocumentContainer _keys = database.Container(ContainerNames.Keys);

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. Task.Run(() => _keys.QueryAsync<StoredKey>(DocumentQuery.InPartition(Partition)).ToListAsync().AsTask()).GetAwaiter().GetResult()
            .Select(k => XElement.Parse(k.Xml))];

    public void StoreElement(XElement element, string friendlyName)
    {
        // The friendly name is "key-{guid}": a valid id on both stores, and one document per key.
        var id = Data.Ids.IsValid(friendlyName) ? friendlyName : Data.Outbox.OutboxStore.IdFor(friendlyName);
        Task.Run(() => _keys.UpsertAsync(Partition, id, new StoredKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)))).GetAwaiter().GetResult();
    }
}
