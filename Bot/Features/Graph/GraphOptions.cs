using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;

namespace SmqBot.Bot.Features.Graph;

public static class GraphModule
{
    /// <summary>Microsoft Graph's settings, bound once for the features that call it (meetings, SmqBot installing itself).</summary>
    public static IServiceCollection AddGraph(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration("Graph");
        return services;
    }
}

/// <summary>
/// Microsoft Graph, app-only (section <c>Graph</c>): the tenant, the app's client id with a secret or a certificate,
/// and the mailbox whose calendar holds the meetings. Without them the bot runs in local mode: meetings are stored and
/// announced without a calendar invite. Secrets come from user-secrets or the environment, never from appsettings.json.
/// </summary>
public sealed class GraphOptions
{
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>A PFX file with the app's certificate and private key, instead of a secret.</summary>
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
    /// <summary>The organiser mailbox (UPN), e.g. programme@smq.qc.ca: its calendar holds the events.</summary>
    public string? OrganiserMailbox { get; set; }
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";
    /// <summary>
    /// SmqBot's id in the organisation's Teams app catalog (Teams admin center › Manage apps, or
    /// <c>GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}'</c>): with it, SmqBot installs itself for the
    /// people staff add, so that they need not install it first.
    /// </summary>
    public string? AppCatalogId { get; set; }

    /// <summary>An app registration to call Graph with (tenant, client id, a secret or a certificate).</summary>
    public bool HasCredentials =>
        !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId)
        && (!string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(CertificatePath));

    /// <summary>Meetings through the organiser mailbox's calendar.</summary>
    public bool Configured => HasCredentials && !string.IsNullOrWhiteSpace(OrganiserMailbox);

    /// <summary>Installing SmqBot for people who do not have it (and looking them up in the directory).</summary>
    public bool InstallsApp => HasCredentials && !string.IsNullOrWhiteSpace(AppCatalogId);

    /// <summary>The Graph SDK client for these settings, with its retry handler (Retry-After honoured on 429, 503, 504) and a span per call (<see cref="GraphTelemetryHandler"/>).</summary>
    public GraphServiceClient Client(TokenCredential? credential)
    {
        // Tokens go only to the configured Graph host (a national cloud, or a local stand-in in tests).
        var auth = new AzureIdentityAuthenticationProvider(credential ?? Credential(), [new Uri(BaseUrl).Host], null, true, ["https://graph.microsoft.com/.default"]);
        // The telemetry handler first, outside the SDK's retry handler: one span per call.
        var handlers = GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions()).Prepend(new GraphTelemetryHandler());
        return new GraphServiceClient(GraphClientFactory.Create(handlers), auth, BaseUrl);
    }

    public TokenCredential Credential() => string.IsNullOrWhiteSpace(ClientSecret)
        ? new ClientCertificateCredential(TenantId, ClientId, X509CertificateLoader.LoadPkcs12FromFile(CertificatePath!, CertificatePassword))
        : new ClientSecretCredential(TenantId, ClientId, ClientSecret);
}

