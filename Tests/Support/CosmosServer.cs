using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Azure.Cosmos;
using Xunit;

namespace SmqBot.Tests.Support;

/// <summary>
/// A real Cosmos DB endpoint for the tests: <c>@vercel/cosmosdb-server</c> (in memory, HTTPS with a self-signed
/// certificate) started with node on a free loopback port, and a <see cref="CosmosClient"/> for it. The client is
/// the real SDK in Gateway mode; <see cref="CompatibilityHandler"/> bridges the test server's known gaps on the
/// test side, so production code stays ordinary Cosmos code.
/// </summary>
public sealed class CosmosServer : IAsyncLifetime
{
    // The emulator's published well-known key: the test server accepts any key, the SDK needs one that parses.
    private const string Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU9DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";
    private Process? _node;
    private readonly StringBuilder _output = new();

    private const string KeepAliveServer = """
        const server = require(process.argv[1]).createHttpsServer({ keepAlive: true });
        server.keepAliveTimeout = 120000;
        server.headersTimeout = 121000;
        server.listen(+process.argv[2], process.argv[3]);
        """;

    public int Port { get; private set; }
    public string Endpoint => $"https://127.0.0.1:{Port}/";
    public CosmosClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Port = Ports.Free();
        // Its CLI answers every request with "Connection: close", so each call paid a new TLS handshake on both sides
        // (thousands a second under load, most of the CPU of a busy test); Cosmos DB keeps connections alive, and so
        // does this server when asked. Idle connections outlive the client's pool timeout (1 min), so none is closed
        // under a request.
        var start = new ProcessStartInfo("node", ["-e", KeepAliveServer, Repo.NodeTool("@vercel/cosmosdb-server/lib/index.js"), Port.ToString(), "127.0.0.1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        _node.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _node.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _node.BeginOutputReadLine();
        _node.BeginErrorReadLine();
        await WaitUntilListeningAsync();
        Client = CreateClient();
    }

    public CosmosClient CreateClient() => ClientFor(Endpoint);

    /// <summary>A client for a test endpoint started elsewhere (another process of the same run).</summary>
    public static CosmosClient ClientFor(string endpoint) => new(endpoint, Key, new CosmosClientOptions
    {
        ConnectionMode = ConnectionMode.Gateway,
        LimitToEndpoint = true,
        HttpClientFactory = () => new HttpClient(new CompatibilityHandler
        {
            InnerHandler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator },
        }),
    });

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_node!.HasExited) throw new InvalidOperationException($"cosmosdb-server exited: {_output}");
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"cosmosdb-server did not listen on {Port}: {_output}");
    }


    public Task DisposeAsync()
    {
        Client?.Dispose();
        if (_node is { HasExited: false }) _node.Kill(entireProcessTree: true);
        _node?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Test-side bridge over the gaps of <c>@vercel/cosmosdb-server</c> that DESIGN.md lists:
/// it does not answer the query-plan requests the SDK makes on Linux (we answer them with a pass-through plan for its
/// single partition-key range), and it answers 500 instead of 404 for a missing document (we turn that into the 404
/// Cosmos DB sends).
/// </summary>
public sealed class CompatibilityHandler : DelegatingHandler
{
    private const string PassThroughPlan = """
        {"partitionedQueryExecutionInfoVersion":2,
         "queryInfo":{"distinctType":"None","top":null,"offset":null,"limit":null,"orderBy":[],"orderByExpressions":[],
                      "groupByExpressions":[],"groupByAliases":[],"aggregates":[],"groupByAliasToAggregateType":{},
                      "rewrittenQuery":"","hasSelectValue":false,"dCountInfo":null},
         "queryRanges":[{"min":"","max":"FF","isMinInclusive":true,"isMaxInclusive":false}]}
        """;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Headers.TryGetValues("x-ms-cosmos-is-query-plan-request", out var plan) && plan.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase)))
            return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent(PassThroughPlan, Encoding.UTF8, "application/json") };

        var response = await base.SendAsync(request, ct);
        var path = request.RequestUri!.AbsolutePath;
        if (response.StatusCode == HttpStatusCode.InternalServerError && request.Method == HttpMethod.Get && path.Contains("/docs/", StringComparison.Ordinal))
        {
            response.Dispose();
            return new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                RequestMessage = request,
                Content = new StringContent("""{"code":"NotFound","message":"Entity with the specified id does not exist in the system."}""", Encoding.UTF8, "application/json"),
            };
        }
        return response;
    }
}
