using SmqBot.Bot.Features.Graph;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using SmqBot.Bot.Features.Meetings;

namespace SmqBot.Bot.Features.Enrolment;

/// <summary>Someone the tenant's directory knows.</summary>
public sealed record DirectoryUser(string Id, string? Name, string? Email, bool Guest);

/// <summary>Why SmqBot could not reach someone: shown to staff in their words.</summary>
public static class Unreachable
{
    /// <summary>The directory has no such user (outside the tenant, or a typo).</summary>
    public const string NotInTenant = "notInTenant";
    /// <summary>Installation refused: an app permission policy, or the app is blocked for them.</summary>
    public const string Blocked = "blocked";
    /// <summary>Graph does not find SmqBot in the organisation's app catalog: a setting to fix (<c>Graph:AppCatalogId</c>).</summary>
    public const string NotInCatalog = "notInCatalog";
    /// <summary>Graph kept failing after every retry.</summary>
    public const string Failed = "failed";
}

/// <summary>
/// SmqBot installing itself for people through Microsoft Graph (application permissions
/// <c>TeamsAppInstallation.ReadWriteSelfForUser.All</c> and <c>User.Read.All</c>): look the person up, install the app in
/// their personal scope (409 means it is there already), and find the chat the installation made, for the first
/// proactive message. The SDK's retry handler honours Retry-After on 429, 503 and 504. <see cref="Enabled"/> is false
/// without Graph settings and an app catalog id (local mode), and nothing here is then called.
/// </summary>
public sealed class TeamsAppInstaller
{
    private readonly GraphServiceClient? _client;
    private readonly string _catalogId;
    private readonly string _baseUrl;

    public TeamsAppInstaller(IOptions<GraphOptions> options, Azure.Core.TokenCredential? credential = null)
    {
        var o = options.Value;
        _catalogId = o.AppCatalogId ?? "";
        _baseUrl = o.BaseUrl.TrimEnd('/');
        TenantId = o.TenantId ?? "";
        if (o.InstallsApp) _client = o.Client(credential);
    }

    public bool Enabled => _client is not null;
    public string TenantId { get; }
    private GraphServiceClient Client => _client ?? throw new InvalidOperationException("Microsoft Graph is not configured (local mode).");

    /// <summary>The user with this UPN or address (members and guests alike); null when the directory has none.</summary>
    public async Task<DirectoryUser?> LookupAsync(string email, CancellationToken ct)
    {
        try
        {
            var user = await Client.Users[email].GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "mail", "userPrincipalName", "userType"], ct);
            return user?.Id is { } id ? new DirectoryUser(id, user.DisplayName, user.Mail ?? user.UserPrincipalName, user.UserType == "Guest") : null;
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            // Graph may also find a guest by their own address through a filter on mail; GET /users/{id} takes a UPN,
            // and a guest's UPN is "name_domain#EXT#@tenant": look the address up among mail and otherMails.
            var found = await Client.Users.GetAsync(r =>
            {
                r.QueryParameters.Filter = $"mail eq '{email.Replace("'", "''")}' or otherMails/any(m:m eq '{email.Replace("'", "''")}')";
                r.QueryParameters.Select = ["id", "displayName", "mail", "userPrincipalName", "userType"];
                r.QueryParameters.Top = 1;
                r.Headers.Add("ConsistencyLevel", "eventual");
                r.QueryParameters.Count = true;
            }, ct);
            return found?.Value?.FirstOrDefault() is { Id: { } id } user ? new DirectoryUser(id, user.DisplayName, email, user.UserType == "Guest") : null;
        }
    }

    /// <summary>
    /// Installs SmqBot in the user's personal scope: null when installed now or already (409); otherwise why not
    /// (<see cref="Unreachable.Blocked"/> for a 403, <see cref="Unreachable.NotInCatalog"/> for a 404).
    /// </summary>
    public async Task<string?> InstallAsync(string userId, CancellationToken ct)
    {
        try
        {
            await Client.Users[userId].Teamwork.InstalledApps.PostAsync(new UserScopeTeamsAppInstallation
            {
                AdditionalData = new Dictionary<string, object> { ["teamsApp@odata.bind"] = $"{_baseUrl}/appCatalogs/teamsApps/{_catalogId}" },
            }, cancellationToken: ct);
            return null;
        }
        catch (ApiException e) when (e.ResponseStatusCode == 409)
        {
            return null;
        }
        catch (ApiException e) when (e.ResponseStatusCode is 403 or 404)
        {
            return e.ResponseStatusCode == 403 ? Unreachable.Blocked : Unreachable.NotInCatalog;
        }
    }

    /// <summary>The id of SmqBot's personal chat with the user, from their installation of it; null when it is not installed.</summary>
    public async Task<string?> ChatIdAsync(string userId, CancellationToken ct)
    {
        var installations = await Client.Users[userId].Teamwork.InstalledApps.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"teamsApp/id eq '{_catalogId}'";
            r.QueryParameters.Expand = ["teamsApp"];
        }, ct);
        if (installations?.Value?.FirstOrDefault()?.Id is not { } installationId) return null;
        var chat = await Client.Users[userId].Teamwork.InstalledApps[installationId].Chat.GetAsync(cancellationToken: ct);
        return chat?.Id;
    }

    /// <summary>A Graph failure worth trying again later (throttling beyond the SDK's retries, a server error, a timeout).</summary>
    public static bool Transient(Exception e) => e is HttpRequestException or TaskCanceledException
        || e is ApiException { ResponseStatusCode: 408 or 429 or >= 500 };
}
