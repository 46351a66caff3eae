using System.Diagnostics;
using System.Diagnostics.Metrics;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Microsoft.AspNetCore.Routing;
using SmqBot.Data.Documents;

namespace SmqBot.Bot;

/// <summary>
/// SmqBot's traces and metrics (OpenTelemetry): a span per turn (activity type, and the command or verb id: never a
/// name, an address or what someone typed), per store operation (<see cref="InstrumentedDatabase"/>) and per outbox
/// delivery; turn duration by route, outbox messages by outcome, store operation duration. Exported to Azure Monitor
/// when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set
/// (with <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and the other standard variables), nowhere otherwise.
/// </summary>
public static class Telemetry
{
    public const string SourceName = "SmqBot";
    public static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(SourceName);
    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("smqbot.turn.duration", "ms", "Turn duration by route");
    private static readonly Counter<long> OutboxMessages = Meter.CreateCounter<long>("smqbot.outbox.messages", null, "Outbox delivery attempts by outcome");
    private static readonly Histogram<double> OutboxAge = Meter.CreateHistogram<double>("smqbot.outbox.queue_age", "ms", "How long a message waited before it was sent");

    private static readonly Counter<long> OtherTenants = Meter.CreateCounter<long>("smqbot.edge.other_tenant", null, "Activities refused because their tenant is not served");

    /// <summary>Counts an activity refused for its tenant (only counted: who and which tenant stay out of telemetry).</summary>
    public static void OtherTenantRefused() => OtherTenants.Add(1);

    /// <summary>The tag a turn's route goes in: a command's id or a card verb the router knows (never free text).</summary>
    public const string RouteTag = "smqbot.route";

    public static Activity? StartTurn(string? activityType)
    {
        var span = Source.StartActivity("turn", ActivityKind.Server);
        span?.SetTag("smqbot.activity.type", activityType is { Length: <= 40 } ? activityType : "other");
        return span;
    }

    /// <summary>Names the current turn's route (a known command id or verb; "unknown" otherwise).</summary>
    public static void Route(string route) => Activity.Current?.SetTag(RouteTag, route);

    /// <summary>What the turn's handler answered: "shown", "refused" (nothing changed) or "done".</summary>
    public static void Outcome(string outcome) => Activity.Current?.SetTag(OutcomeTag, outcome);

    public const string OutcomeTag = "smqbot.outcome";

    public static void TurnEnded(Activity? span, TimeSpan elapsed) =>
        TurnDuration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>(RouteTag, span?.GetTagItem(RouteTag) as string ?? "none"));

    public static Activity? StartDelivery() => Source.StartActivity("outbox deliver", ActivityKind.Producer);

    public static void Delivered(Activity? span, string outcome, TimeSpan waited)
    {
        span?.SetTag("smqbot.outbox.outcome", outcome);
        OutboxMessages.Add(1, new KeyValuePair<string, object?>("smqbot.outbox.outcome", outcome));
        if (outcome == "sent") OutboxAge.Record(waited.TotalMilliseconds);
    }

    public static WebApplicationBuilder AddSmqTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var azureMonitor = !string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!azureMonitor && !otlp) return builder;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("smqbot"))
            .WithTracing(t =>
            {
                t.AddSource(SourceName, InstrumentedDatabase.SourceName)
                    .AddAspNetCoreInstrumentation(o =>
                    {
                        o.Filter = http => http.Request.Path != "/healthz";
                        // A download path carries its token: report the route, not the path.
                        o.EnrichWithHttpResponse = (span, response) =>
                        {
                            if (response.HttpContext.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } route })
                                span.SetTag("url.path", route);
                        };
                    });
                if (otlp) t.AddOtlpExporter();
            })
            .WithMetrics(m =>
            {
                m.AddMeter(SourceName, InstrumentedDatabase.SourceName).AddAspNetCoreInstrumentation();
                if (otlp) m.AddOtlpExporter();
            })
            .WithLogging(l =>
            {
                if (otlp) l.AddOtlpExporter();
            });
        if (azureMonitor) otel.UseAzureMonitor();
        return builder;
    }
}
