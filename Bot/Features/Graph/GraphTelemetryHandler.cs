using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SmqBot.Bot.Features.Graph;

/// <summary>
/// A span per Microsoft Graph call (retries included, since this handler sits outside the SDK's retry handler): its
/// method, the path as a template and the status. Graph paths hold people's addresses
/// (<c>/users/luc@musee.qc.ca/calendar/getSchedule</c>), so every segment that is not a plain word becomes <c>{id}</c>
/// and the query string is left out: <c>graph GET users/{id}/calendar/getSchedule</c>.
/// </summary>
public sealed partial class GraphTelemetryHandler : DelegatingHandler
{
    public const string OperationTag = "smqbot.graph.operation";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = Template(request.RequestUri);
        using var span = Telemetry.Source.StartActivity($"graph {request.Method.Method} {operation}", ActivityKind.Client);
        span?.SetTag("http.request.method", request.Method.Method);
        span?.SetTag(OperationTag, operation);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            span?.SetTag("http.response.status_code", (int)response.StatusCode);
            if (!response.IsSuccessStatusCode) span?.SetStatus(ActivityStatusCode.Error);
            return response;
        }
        catch (Exception e) when (span is not null)
        {
            span.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }

    /// <summary><c>/v1.0/users/luc@musee.qc.ca/teamwork/installedApps?$expand=…</c> → <c>users/{id}/teamwork/installedApps</c>.</summary>
    public static string Template(Uri? uri)
    {
        if (uri is null) return "";
        var segments = uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(s => s is "v1.0" or "beta")
            .Select(s => Word().IsMatch(s) ? s : "{id}");
        return string.Join('/', segments);
    }

    [GeneratedRegex("^[A-Za-z]{1,40}(\\.[A-Za-z]{1,40})?$")]
    private static partial Regex Word();
}
