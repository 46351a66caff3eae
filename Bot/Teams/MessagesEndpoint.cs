using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SmqBot.Bot.Teams;

/// <summary><c>POST /api/messages</c>: the Bot Connector's calls into the bot.</summary>
internal static class MessagesEndpoint
{
    public static async Task HandleAsync(HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct)
    {
        // A body that is not a JSON object with a type is the caller's mistake: 400, before the adapter sees it.
        request.EnableBuffering();
        if (!await IsActivityAsync(request, ct))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        request.Body.Position = 0;
        try
        {
            await adapter.ProcessAsync(request, response, bot, ct);
        }
        catch (SecurityTokenException) when (!response.HasStarted)
        {
            // CloudAdapter answers 401 for a missing or misdirected token, but lets a token with a bad signature (or an
            // expired one) escape as an exception, which would be a 500. It is the caller's fault: 401.
            response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    private static async Task<bool> IsActivityAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(request.Body, leaveOpen: true)) { CloseInput = false };
            return await JToken.ReadFromAsync(reader, ct) is JObject { } activity && activity["type"] is JValue { Type: JTokenType.String };
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
