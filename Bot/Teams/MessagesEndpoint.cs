using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;

namespace SmqBot.Bot.Teams;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Connector's calls into the bot. Everything an anonymous caller can make it do is
/// bounded here, before the Bot Framework parses anything: a body over <see cref="EdgeOptions.MaxActivityBytes"/> is 413
/// (by its Content-Length, or as soon as a chunked body passes the limit), a request without a Bearer token is 401 when
/// an app id is configured, an address whose recent requests kept failing is 429, and in local mode an activity that
/// names a <c>serviceUrl</c> off this machine is 401. Only then does the SDK read the activity and check the token.
/// </summary>
internal static class MessagesEndpoint
{
    public static async Task HandleAsync(HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, IOptions<EdgeOptions> options, EdgeLimits limits, CancellationToken ct)
    {
        var (request, response) = (context.Request, context.Response);
        var edge = options.Value;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!limits.MayTry(address))
        {
            Refuse(response, StatusCodes.Status429TooManyRequests);
            response.Headers.RetryAfter = ((int)EdgeLimits.FailureWindow.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }
        if (request.ContentLength > EdgeOptions.MaxActivityBytes)
        {
            limits.Failed(address);
            Refuse(response, StatusCodes.Status413PayloadTooLarge);
            return;
        }
        if (!edge.LocalMode && !HasBearer(request))
        {
            limits.Failed(address);
            Refuse(response, StatusCodes.Status401Unauthorized);
            return;
        }
        // Kestrel stops a chunked body at the limit too; the buffer below holds at most the limit either way.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = EdgeOptions.MaxActivityBytes;
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: EdgeOptions.MaxActivityBytes);

        var status = await CheckActivityAsync(request, edge, ct);
        if (status != StatusCodes.Status200OK)
        {
            limits.Failed(address);
            Refuse(response, status);
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
            if (!failure.Unavailable) limits.Failed(address);
            response.StatusCode = failure.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status401Unauthorized;
        }
    }

    private static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var header
        && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > "Bearer ".Length;

    /// <summary>
    /// The connection is closed after a refusal: the rest of a large body is not worth receiving, and a keep-alive
    /// would make Kestrel read it to reach the next request.
    /// </summary>
    private static void Refuse(HttpResponse response, int status)
    {
        response.StatusCode = status;
        response.Headers.Connection = "close";
    }

    /// <summary>
    /// 200 when the body is a JSON object with a string <c>type</c> and an absolute http(s) <c>serviceUrl</c> (replies go
    /// there, and the SDK builds a connector client from it even for an invoke), on a loopback address in local mode;
    /// 400 when it is not an activity, 413 past the limit, 401 for a local-mode activity that names another machine.
    /// The two properties are read with a forward-only reader over at most the limit: no tree is built.
    /// </summary>
    private static async Task<int> CheckActivityAsync(HttpRequest request, EdgeOptions edge, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(EdgeOptions.MaxActivityBytes + 1);
        try
        {
            var length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length, EdgeOptions.MaxActivityBytes + 1 - length), ct)) > 0)
            {
                length += read;
                if (length > EdgeOptions.MaxActivityBytes) return StatusCodes.Status413PayloadTooLarge;
            }
            if (!TryReadActivity(buffer, length, out var serviceUrl)) return StatusCodes.Status400BadRequest;
            if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https")) return StatusCodes.Status400BadRequest;
            return edge.LocalMode && !EdgeOptions.IsLoopback(address) ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK;
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException)
        {
            // FileBufferingReadStream's limit, or Kestrel's MaxRequestBodySize on a chunked body.
            return e is BadHttpRequestException { StatusCode: not StatusCodes.Status413PayloadTooLarge } ? StatusCodes.Status400BadRequest : StatusCodes.Status413PayloadTooLarge;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Whether the body is a JSON object whose top-level <c>type</c> and <c>serviceUrl</c> are strings, read token by token
    /// (nested values are skipped, not kept). Strict JSON, as Teams sends it, is read by System.Text.Json's reader; a body
    /// it refuses is read again by Newtonsoft's, as the SDK's own: what that accepts (<c>NaN</c>, <c>undefined</c> in card
    /// data) is not refused here either.
    /// </summary>
    private static bool TryReadActivity(byte[] body, int length, out string? serviceUrl)
    {
        try
        {
            return TryReadStrictActivity(body.AsSpan(0, length), out serviceUrl);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException) // not JSON, or not UTF-8
        {
            return TryReadLenientActivity(body, length, out serviceUrl);
        }
    }

    private static bool TryReadStrictActivity(ReadOnlySpan<byte> body, out string? serviceUrl)
    {
        serviceUrl = null;
        var type = false;
        var reader = new System.Text.Json.Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartObject) return false;
        while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            var isServiceUrl = !isType && reader.ValueTextEquals("serviceUrl"u8);
            reader.Read();
            var isString = reader.TokenType == System.Text.Json.JsonTokenType.String;
            if (isType) type = isString;
            else if (isServiceUrl) serviceUrl = isString ? reader.GetString() : null;
            reader.Skip();
        }
        return reader.TokenType == System.Text.Json.JsonTokenType.EndObject && type && serviceUrl is not null;
    }

    private static bool TryReadLenientActivity(byte[] body, int length, out string? serviceUrl)
    {
        serviceUrl = null;
        var type = false;
        try
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(body, 0, length)))
            {
                DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
            };
            if (!reader.Read() || reader.TokenType != Newtonsoft.Json.JsonToken.StartObject) return false;
            while (reader.Read() && reader.TokenType == Newtonsoft.Json.JsonToken.PropertyName)
            {
                var name = (string?)reader.Value;
                if (!reader.Read()) return false;
                if (name == "type") type = reader.TokenType == Newtonsoft.Json.JsonToken.String;
                else if (name == "serviceUrl") serviceUrl = reader.TokenType == Newtonsoft.Json.JsonToken.String ? (string?)reader.Value : null;
                reader.Skip();
            }
            return reader.TokenType == Newtonsoft.Json.JsonToken.EndObject && type && serviceUrl is not null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return false;
        }
    }
}
