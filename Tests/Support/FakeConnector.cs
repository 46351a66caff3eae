using System.Collections.Concurrent;
using System.Diagnostics;
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
/// A local Teams Bot Connector: a real HTTP server on loopback answering the calls the bot makes (send, reply,
/// update, create conversation, get member, list channels) and recording every activity it accepts. Activities sent
/// to the bot carry its <see cref="ServiceUrl"/>, so the bot's real CloudAdapter talks to it.
/// Optionally it behaves like Teams under load: a tenant-wide rate limit and the per-conversation limits
/// (7 / 1 s, 8 / 2 s, 60 / 30 s), answered with 429 and Retry-After; injected 503s at a given rate; scripted answers.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private static readonly (TimeSpan Window, int Limit)[] ConversationLimits =
        [(TimeSpan.FromSeconds(1), 7), (TimeSpan.FromSeconds(2), 8), (TimeSpan.FromSeconds(30), 60)];

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Delivery> _deliveries = new();
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Lock _limits = new();
    private readonly Queue<long> _tenantWindow = new();
    private readonly Dictionary<string, Queue<long>> _conversationWindows = [];
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, TimeSpan? RetryAfter)>> _scripts = new();
    private Random _faults = new(42);

    /// <summary>An activity that reached the connector: sent, a reply, in a new chat, or an update of <c>ActivityId</c>.</summary>
    public sealed record Delivery(string ConversationId, string Method, JsonObject Activity, long At, string ActivityId);
    /// <summary>Every request that tried to deliver an activity, with the status it got.</summary>
    public sealed record Attempt(string ConversationId, int Status, long At, TimeSpan? RetryAfter);

    private FakeConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";
    public IReadOnlyList<Delivery> Deliveries => [.. _deliveries];
    public IReadOnlyList<Attempt> Attempts => [.. _attempts];
    public int DeliveryCount => _deliveries.Count;
    /// <summary>The channels <c>GET /v3/teams/{id}/conversations</c> answers with.</summary>
    public List<(string Id, string? Name)> TeamChannels { get; } = [];
    /// <summary>The members <c>GET /v3/conversations/{id}/members/{memberId}</c> knows, by Teams user id; others are 404.</summary>
    public Dictionary<string, (string AadObjectId, string Name, string Upn)> Members { get; } = [];
    /// <summary>The Teams user ids <c>GET /v3/conversations/{teamId}/pagedmembers</c> lists (from <see cref="Members"/>), two to a page.</summary>
    public List<string> TeamRoster { get; } = [];
    /// <summary>Conversations that answer 403 for good (the bot was removed from them).</summary>
    public ConcurrentDictionary<string, bool> RemovedFrom { get; } = new();

    /// <summary>Requests per second accepted for the whole tenant; null for no limit (the default).</summary>
    public double? TenantLimit { get; set; }
    /// <summary>Enforce Teams' per-conversation limits (on whenever a tenant limit is set, unless turned off).</summary>
    public bool ConversationLimitsOn { get; set; }
    /// <summary>The share of delivery requests answered 503, drawn from a seeded generator.</summary>
    public double FaultRate { get; set; }

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, JsonObject activity) => connector.Deliver(conversationId, "reply", activity));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject activity) => connector.Deliver(conversationId, "send", activity));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity) => connector.Deliver(conversationId, "update", activity, activityId: activityId));
        app.MapPost("/v3/conversations", (JsonObject parameters) => connector.CreateConversation(parameters));
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            connector.Members.TryGetValue(memberId, out var member)
                ? Results.Json(new { id = memberId, aadObjectId = member.AadObjectId, name = member.Name, userPrincipalName = member.Upn, email = member.Upn })
                : Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "The member is not in the conversation." } }, statusCode: 404));
        app.MapGet("/v3/conversations/{teamId}/pagedmembers", (string? continuationToken) =>
        {
            var from = int.TryParse(continuationToken, out var n) ? n : 0;
            var page = connector.TeamRoster.Skip(from).Take(2).Select(id => (id, m: connector.Members[id]))
                .Select(x => new { id = x.id, aadObjectId = x.m.AadObjectId, name = x.m.Name, userPrincipalName = x.m.Upn, email = x.m.Upn }).ToList();
            return Results.Json(new { members = page, continuationToken = from + 2 < connector.TeamRoster.Count ? (from + 2).ToString() : null });
        });
        app.MapGet("/v3/teams/{teamId}/conversations", (string teamId) =>
            Results.Json(new { conversations = connector.TeamChannels.Select(c => new { id = c.Id, name = c.Name }) }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>The next delivery requests to this conversation get these answers, in order, before anything else.</summary>
    public void Script(string conversationId, params (int Status, TimeSpan? RetryAfter)[] answers)
    {
        var queue = _scripts.GetOrAdd(conversationId, _ => new());
        foreach (var answer in answers) queue.Enqueue(answer);
    }

    public void SeedFaults(int seed) => _faults = new Random(seed);

    private IResult CreateConversation(JsonObject parameters)
    {
        var member = (string?)parameters["members"]?[0]?["id"] ?? "unknown";
        var conversationId = $"a:personal-{member}";
        if (parameters["activity"] is JsonObject activity)
        {
            var activityId = Guid.NewGuid().ToString("N");
            return Deliver(conversationId, "create", activity, new { id = conversationId, activityId }, activityId);
        }
        var refusal = Gate(conversationId);
        return refusal ?? Results.Json(new { id = conversationId });
    }

    private IResult Deliver(string conversationId, string method, JsonObject activity, object? answer = null, string? activityId = null)
    {
        var refusal = Gate(conversationId);
        if (refusal is not null) return refusal;
        activityId ??= Guid.NewGuid().ToString("N");
        _deliveries.Enqueue(new Delivery(conversationId, method, activity, Stopwatch.GetTimestamp(), activityId));
        _arrived.Release();
        return Results.Json(answer ?? new { id = activityId });
    }

    /// <summary>Decides whether a delivery request is accepted; a refusal is the response to send instead.</summary>
    private IResult? Gate(string conversationId)
    {
        var now = Stopwatch.GetTimestamp();
        (int Status, TimeSpan? RetryAfter) verdict = (200, null);
        if (_scripts.TryGetValue(conversationId, out var script) && script.TryDequeue(out var scripted)) verdict = scripted;
        else if (RemovedFrom.ContainsKey(conversationId)) verdict = (403, null);
        else
        {
            lock (_limits)
            {
                if (FaultRate > 0 && _faults.NextDouble() < FaultRate) verdict = (503, null);
                else if (Throttle(conversationId, now) is { } wait) verdict = (429, wait);
                else Admit(conversationId, now);
            }
        }
        _attempts.Enqueue(new Attempt(conversationId, verdict.Status, now, verdict.RetryAfter));
        return verdict.Status switch
        {
            200 => null,
            429 => Refuse(429, "Throttled", "Too many requests.", verdict.RetryAfter),
            403 => Refuse(403, "BotNotInConversationRoster", "The bot is not part of the conversation roster.", null),
            _ => Refuse(verdict.Status, "ServiceError", "The service is unavailable.", verdict.RetryAfter),
        };
    }

    private static IResult Refuse(int status, string code, string message, TimeSpan? retryAfter)
    {
        // The connector's own words, which envois shows as they came ("403 Forbidden: The bot is…"): not ours to typeset.
        CardReader.People([$"{Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)}: {message}"]);
        return new RefusalResult(status, code, message, retryAfter);
    }

    private TimeSpan? Throttle(string conversationId, long now)
    {
        var frequency = Stopwatch.Frequency;
        if (TenantLimit is { } limit)
        {
            while (_tenantWindow.Count > 0 && _tenantWindow.Peek() <= now - frequency) _tenantWindow.Dequeue();
            if (_tenantWindow.Count >= limit)
                return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((_tenantWindow.Peek() + frequency - now) / (double)frequency)));
        }
        if ((ConversationLimitsOn || TenantLimit is not null) && _conversationWindows.TryGetValue(conversationId, out var sends))
        {
            var longest = (long)(30 * frequency);
            while (sends.Count > 0 && sends.Peek() <= now - longest) sends.Dequeue();
            foreach (var (window, max) in ConversationLimits)
            {
                var width = (long)(window.TotalSeconds * frequency);
                var inside = sends.Where(s => s > now - width).ToList();
                if (inside.Count >= max)
                    return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((inside[inside.Count - max] + width - now) / (double)frequency)));
            }
        }
        return null;
    }

    private void Admit(string conversationId, long now)
    {
        if (TenantLimit is not null) _tenantWindow.Enqueue(now);
        if (ConversationLimitsOn || TenantLimit is not null)
        {
            if (!_conversationWindows.TryGetValue(conversationId, out var sends)) _conversationWindows[conversationId] = sends = new Queue<long>();
            sends.Enqueue(now);
        }
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

    public void Clear()
    {
        _deliveries.Clear();
        _attempts.Clear();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>An error as the Bot Connector sends it: a JSON error body, and Retry-After in seconds when asked to wait.</summary>
    private sealed class RefusalResult(int status, string code, string message, TimeSpan? retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            if (retryAfter is { } wait) context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return context.Response.WriteAsJsonAsync(new { error = new { code, message } });
        }
    }
}
