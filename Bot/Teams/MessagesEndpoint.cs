using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SmqBot.Bot.Teams;

/// <summary><c>POST /api/messages</c>: the Bot Connector's calls into the bot.</summary>
internal static class MessagesEndpoint
{
    public static async Task HandleAsync(HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct)
    {
        // A body that is not a JSON object with a type and a serviceUrl is the caller's mistake: 400, before the adapter sees it.
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
        catch (AuthenticationFailedException failure) when (!response.HasStarted)
        {
            // GuardedAuthentication has classified it (and logged what operators need); the caller learns only the status.
            response.StatusCode = failure.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status401Unauthorized;
        }
    }

    private static async Task<bool> IsActivityAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(request.Body, leaveOpen: true)) { CloseInput = false };
            // Replies go to the activity's serviceUrl (and the SDK builds a connector client from it even for an invoke):
            // without an absolute http(s) address there is no answering it.
            return await JToken.ReadFromAsync(reader, ct) is JObject { } activity && activity["type"] is JValue { Type: JTokenType.String }
                && activity["serviceUrl"] is JValue { Type: JTokenType.String, Value: string serviceUrl }
                && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var address) && address.Scheme is "http" or "https";
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
