using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SmqBot.Bot.Features.Help;
using SmqBot.Bot.Features.Installations;
using SmqBot.Bot.Features.Outbox;
using SmqBot.Bot.Features.Profile;
using SmqBot.Bot.Features.Routing;
using SmqBot.Bot.Teams;
using SmqBot.Data;
using SmqBot.Data.Documents;

namespace SmqBot.Bot;

public static class BotExtensions
{
    /// <summary>Everything the bot needs: the store, the Bot Framework edge, the features and the router.</summary>
    public static WebApplicationBuilder AddSmqBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSmqData(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddOptions<SmqOptions>().BindConfiguration("Smq");
        services.AddHttpClient();

        // Bot Framework: reads MicrosoftAppType / MicrosoftAppId / MicrosoftAppPassword / MicrosoftAppTenantId from
        // configuration. With no app id, requests are accepted without a token (local mode); with one, the SDK
        // validates the Bot Connector's JWT on every request.
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var http = sp.GetRequiredService<IHttpClientFactory>();
            var logger = sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>();
            return new ConfigurationBotFrameworkAuthentication(configuration,
                new ConfigurationServiceClientCredentialFactory(configuration, http.CreateClient(), logger),
                httpClientFactory: http, logger: logger);
        });
        services.AddSingleton<IBotFrameworkHttpAdapter, SmqAdapter>();
        services.AddSingleton<IBot, SmqActivityHandler>();

        services.AddSingleton<Callers>();
        services.AddSingleton<InstallationsFeature>();
        services.AddSingleton<IFeature>(sp => sp.GetRequiredService<InstallationsFeature>());
        services.AddSingleton<IFeature, HelpFeature>();
        services.AddSingleton<IFeature, ProfileFeature>();
        services.AddSingleton<IFeature, Features.CheckIns.CheckInsFeature>();
        services.AddSingleton<Features.CheckIns.TargetsFeature>();
        services.AddSingleton<IFeature>(sp => sp.GetRequiredService<Features.CheckIns.TargetsFeature>());
        services.AddSingleton<IFeature, Features.CheckIns.CohortsFeature>();
        services.AddSingleton<IFeature, Features.CheckIns.CollectiveTargetsFeature>();
        services.AddSingleton<IFeature, Features.Coaching.HoursFeature>();
        services.AddSingleton<IFeature, Features.Coaching.CoachingFeature>();
        services.AddSingleton<IFeature, Features.Calls.CallsFeature>();
        services.AddDataProtection();
        services.AddSingleton<Features.Exports.ExportLinks>();
        services.AddSingleton<Features.Coaching.StatementExport>();
        services.AddSingleton<Features.Enrolment.Enrolments>();
        services.AddOptions<Features.CheckIns.CheckInOptions>().BindConfiguration("CheckIns");
        services.AddOptions<Features.Meetings.MeetingOptions>().BindConfiguration("Meetings");
        services.AddOptions<Features.Meetings.GraphOptions>().BindConfiguration("Graph");
        // A TokenCredential registered elsewhere (tests, or a managed identity) wins over the one built from the options.
        services.AddSingleton(sp => new Features.Meetings.GraphCalendar(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Features.Meetings.GraphOptions>>(), sp.GetService<Azure.Core.TokenCredential>()));
        services.AddSingleton<IFeature, Features.Meetings.MeetingsFeature>();
        services.AddSingleton<Features.Reports.ReportSource>();
        services.AddSingleton<Features.Reports.ReportExport>();
        services.AddSingleton<IFeature, Features.Reports.ReportsFeature>();
        services.AddSingleton<Features.Meetings.MeetingScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Meetings.MeetingScheduler>());
        services.AddSingleton<Features.CheckIns.CheckInScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.CheckIns.CheckInScheduler>());
        services.AddSingleton<Router>();

        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        services.AddSingleton<Outbox>();
        services.AddSingleton<IFeature, DeliveriesFeature>();
        services.AddSingleton<Pacer>();
        services.AddSingleton<IMessageDelivery, ConnectorDelivery>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());

        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return builder;
    }

    public static WebApplication MapSmqBot(this WebApplication app)
    {
        app.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
        app.MapHealthChecks("/healthz");
        app.MapGet("/exports/statements/{token}", (string token, Features.Coaching.StatementExport export, CancellationToken ct) => export.DownloadAsync(token, ct));
        app.MapGet("/exports/progress/{token}", (string token, Features.CheckIns.TargetsFeature targets, CancellationToken ct) => targets.ChartAsync(token, ct));
        app.MapGet("/exports/reports/{token}", (string token, Features.Reports.ReportExport export, CancellationToken ct) => export.DownloadAsync(token, ct));
        return app;
    }

    /// <summary>Healthy when the store answers a point read (of a document that need not exist).</summary>
    private sealed class StoreHealthCheck(IDocumentDatabase database) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            await database.Container(ContainerNames.People).ReadAsync<object>("healthz", "healthz", ct);
            return HealthCheckResult.Healthy();
        }
    }
}
