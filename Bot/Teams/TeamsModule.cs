using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SmqBot.Bot.Features.Outbox;

namespace SmqBot.Bot.Teams;

/// <summary>The Bot Framework edge: the only registrations that know the SDK (adapter, activity handler, connector delivery).</summary>
public static class TeamsModule
{
    public static IServiceCollection AddTeamsEdge(this IServiceCollection services)
    {
        services.AddHttpClient();
        services.AddOptions<EdgeOptions>().Configure<IConfiguration>(EdgeOptions.Bind);
        services.AddOptions<LimitsOptions>().BindConfiguration("Limits");
        services.AddSingleton<EdgeLimits>();
        services.AddHostedService<EdgeStartupCheck>();
        // Reads MicrosoftAppType / MicrosoftAppId / MicrosoftAppPassword / MicrosoftAppTenantId from configuration. With no
        // app id, requests are accepted without a token (local mode); with one, the SDK validates the Bot Connector's JWT.
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var http = sp.GetRequiredService<IHttpClientFactory>();
            var logger = sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>();
            var sdk = new ConfigurationBotFrameworkAuthentication(configuration,
                new ConfigurationServiceClientCredentialFactory(configuration, http.CreateClient(), logger),
                httpClientFactory: http, logger: logger);
            return new GuardedAuthentication(sdk, sp.GetRequiredService<ILogger<GuardedAuthentication>>());
        });
        services.AddSingleton<IBotFrameworkHttpAdapter, SmqAdapter>();
        services.AddSingleton<IBot, SmqActivityHandler>();
        services.AddSingleton<IMessageDelivery, ConnectorDelivery>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsEdge(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
        return app;
    }
}
