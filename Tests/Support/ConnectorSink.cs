using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SmqBot.Tests.Support;

/// <summary>
/// A local Bot Connector: a real HTTP server on loopback that answers the calls the bot makes to Teams
/// (send, reply, update, create conversation, get member, list channels) and records every activity it receives.
/// Activities sent to the bot carry its <see cref="ServiceUrl"/>, so the bot's real CloudAdapter talks to it.
/// </summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Delivery> _deliveries = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public sealed record Delivery(string ConversationId, string Method, JsonObject Activity);

    private ConnectorSink(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";
    public IReadOnlyList<Delivery> Deliveries => [.. _deliveries];
    /// <summary>The channels <c>GET /v3/teams/{id}/conversations</c> answers with.</summary>
    public List<(string Id, string? Name)> TeamChannels { get; } = [];
    /// <summary>The members <c>GET /v3/conversations/{id}/members/{memberId}</c> knows, by Teams user id; others are 404.</summary>
    public Dictionary<string, (string AadObjectId, string Name, string Upn)> Members { get; } = [];

    public static async Task<ConnectorSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new ConnectorSink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, JsonObject activity) => sink.Record(conversationId, "reply", activity));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject activity) => sink.Record(conversationId, "send", activity));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, JsonObject activity) => sink.Record(conversationId, "update", activity));
        app.MapPost("/v3/conversations", () => Results.Json(new { id = $"a:{Guid.NewGuid():N}" }));
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            sink.Members.TryGetValue(memberId, out var member)
                ? Results.Json(new { id = memberId, aadObjectId = member.AadObjectId, name = member.Name, userPrincipalName = member.Upn, email = member.Upn })
                : Results.Json(new { code = "MemberNotFoundInConversation", message = "The member is not in the conversation." }, statusCode: 404));
        app.MapGet("/v3/teams/{teamId}/conversations", (string teamId) =>
            Results.Json(new { conversations = sink.TeamChannels.Select(c => new { id = c.Id, name = c.Name }) }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        sink.ServiceUrl = address.TrimEnd('/') + "/";
        return sink;
    }

    private IResult Record(string conversationId, string method, JsonObject activity)
    {
        _deliveries.Enqueue(new Delivery(conversationId, method, activity));
        _arrived.Release();
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    /// <summary>Waits until at least <paramref name="count"/> activities arrived in all; throws after the timeout.</summary>
    public async Task<IReadOnlyList<Delivery>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (_deliveries.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
                throw new TimeoutException($"Expected {count} deliveries to the connector, got {_deliveries.Count}.");
        }
        return Deliveries;
    }

    public void Clear() => _deliveries.Clear();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
