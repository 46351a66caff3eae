using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Serialization;

namespace SmqBot.Bot.Teams;

/// <summary>
/// The SDK's connector factory, with one change: every <see cref="ConnectorClient"/> it makes serialises with contract
/// resolvers shared by the whole process. The CloudAdapter makes a new client per turn, and each new client brings new
/// Newtonsoft resolvers with empty caches, so every reply paid again for reflecting over Activity and its card and
/// compiling property getters: under 20 conversations at once that was most of a help turn's time (a trace of the
/// `load` benchmark). The resolvers are the same types the client sets itself, and Newtonsoft's are safe to share.
/// </summary>
public sealed class SharedContractsConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    private static readonly IContractResolver Serialization = new ReadOnlyJsonContractResolver();
    private static readonly IContractResolver Deserialization = new ReadOnlyJsonContractResolver();

    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken);
        if (client is ConnectorClient connector)
        {
            connector.SerializationSettings.ContractResolver = Serialization;
            connector.DeserializationSettings.ContractResolver = Deserialization;
        }
        return client;
    }

    public static ConnectorFactory? Wrap(ConnectorFactory? factory) => factory is null or SharedContractsConnectorFactory ? factory : new SharedContractsConnectorFactory(factory);
}
