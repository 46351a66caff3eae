using SmqBot.Bot.Features.Privacy;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SmqBot.Bot.Features.Activities;
using SmqBot.Bot.Features.Calls;
using SmqBot.Bot.Features.CheckIns;
using SmqBot.Bot.Features.Coaching;
using SmqBot.Bot.Features.Enrolment;
using SmqBot.Bot.Features.Graph;
using SmqBot.Bot.Features.Exports;
using SmqBot.Bot.Features.Help;
using SmqBot.Bot.Features.Installations;
using SmqBot.Bot.Features.Meetings;
using SmqBot.Bot.Features.Members;
using SmqBot.Bot.Features.Outbox;
using SmqBot.Bot.Features.Profile;
using SmqBot.Bot.Features.Reports;
using SmqBot.Bot.Features.Routing;
using SmqBot.Bot.Teams;
using SmqBot.Data;
using SmqBot.Data.Documents;

namespace SmqBot.Bot;

/// <summary>The composition root: the store, the Teams edge, and each feature's module (each registers its own services, commands, verbs and endpoints).</summary>
public static class BotExtensions
{
    public static WebApplicationBuilder AddSmqBot(this WebApplicationBuilder builder)
    {
        builder.AddSmqTelemetry();
        builder.Services
            .AddSmqData(builder.Configuration, builder.Environment.ContentRootPath, builder.Environment.EnvironmentName)
            .AddTeamsEdge()
            .AddCommandRouting()
            .AddExports(builder.Configuration)
            .AddOutbox()
            .AddGraph()
            .AddEnrolment()
            .AddHelp()
            .AddProfile()
            .AddInstallations()
            .AddCheckIns()
            .AddCoaching()
            .AddCalls()
            .AddActivities()
            .AddMembers()
            .AddMeetings()
            .AddReports()
            .AddPrivacy()
            .AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return builder;
    }

    public static WebApplication MapSmqBot(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapTeamsEdge().MapCheckIns().MapCoaching().MapReports().MapActivities().MapPrivacy();
        app.MapHealthChecks("/healthz");
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
