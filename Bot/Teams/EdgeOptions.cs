using System.Net;
using Microsoft.Extensions.Options;

namespace SmqBot.Bot.Teams;

/// <summary>
/// What the public edge (<c>/api/messages</c> and the downloads) accepts, read from configuration: the bot's identity
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppTenantId</c>, at the root as the Bot Framework reads them) and the tenants it
/// serves (<c>Smq:Tenants</c>). With no app id the bot runs in <b>local mode</b>: no token is checked, so it accepts only
/// activities whose <c>serviceUrl</c> is on this machine (the Agents Playground, the tests' fake connector), and it
/// refuses to start outside <see cref="LocalModeEnvironments"/>.
/// </summary>
public sealed class EdgeOptions
{
    /// <summary>The largest activity /api/messages reads: Teams' own messages stay under about 100 KB.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>
    /// Where local mode may run: a developer's machine (Development) and the test suite's host (Testing, which the tests
    /// set themselves). App Service's default, Production, and any other name refuse to start without an app id.
    /// </summary>
    public static readonly IReadOnlyList<string> LocalModeEnvironments = [Environments.Development, "Testing"];

    public string? AppId { get; set; }
    public string? AppTenantId { get; set; }
    /// <summary>The tenants whose people SmqBot serves; empty means the bot's own tenant (<see cref="AppTenantId"/>).</summary>
    public List<string> Tenants { get; set; } = [];

    public bool LocalMode => string.IsNullOrWhiteSpace(AppId);

    /// <summary>The tenants served: <see cref="Tenants"/> (empty entries ignored), else the bot's own; empty means any (local mode only).</summary>
    public IReadOnlySet<string> ServedTenants =>
        Tenants.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase) is { Count: > 0 } listed
            ? listed
            : string.IsNullOrWhiteSpace(AppTenantId) ? new HashSet<string>() : new HashSet<string>([AppTenantId.Trim()], StringComparer.OrdinalIgnoreCase);

    public bool Serves(string? tenantId) => ServedTenants is { Count: 0 } || (tenantId is not null && ServedTenants.Contains(tenantId));

    /// <summary>A service URL an unauthenticated (local mode) activity may name: http(s) on a loopback address.</summary>
    public static bool IsLoopback(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));

    internal static void Bind(EdgeOptions options, IConfiguration configuration)
    {
        options.AppId = configuration["MicrosoftAppId"];
        options.AppTenantId = configuration["MicrosoftAppTenantId"];
        options.Tenants = configuration.GetSection("Smq:Tenants").Get<List<string>>() ?? [];
    }
}

/// <summary>
/// Fails closed at start-up: outside <see cref="EdgeOptions.LocalModeEnvironments"/> the host does not start without
/// <c>MicrosoftAppId</c>, and it says so by name. Always logs which authentication mode is in force and which tenants
/// are served, so that an operator reading the start-up log knows what the endpoint accepts.
/// </summary>
internal sealed class EdgeStartupCheck(IOptions<EdgeOptions> options, IHostEnvironment environment, ILogger<EdgeStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var edge = options.Value;
        if (edge.LocalMode)
        {
            if (!EdgeOptions.LocalModeEnvironments.Contains(environment.EnvironmentName, StringComparer.OrdinalIgnoreCase))
                throw new InvalidOperationException(
                    $"MicrosoftAppId is not set. Without it /api/messages would accept unauthenticated requests, which only the " +
                    $"{string.Join(" and ", EdgeOptions.LocalModeEnvironments)} environments allow; this one is {environment.EnvironmentName}. " +
                    "Set MicrosoftAppId (and MicrosoftAppType, MicrosoftAppTenantId) to the bot's Entra app registration.");
            logger.LogWarning("Authentication: local mode (no MicrosoftAppId): requests are not authenticated and only activities whose serviceUrl is a loopback address are accepted ({Environment})",
                environment.EnvironmentName);
        }
        else
        {
            if (edge.ServedTenants.Count == 0)
                throw new InvalidOperationException(
                    "Neither Smq:Tenants nor MicrosoftAppTenantId is set: SmqBot would serve people of any organisation that reaches it. " +
                    "Set MicrosoftAppTenantId to SMQ's tenant id (or list the tenants served in Smq:Tenants).");
            logger.LogInformation("Authentication: Bot Connector tokens are required (app id {AppId}); tenants served: {Tenants}",
                edge.AppId, string.Join(", ", edge.ServedTenants));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
