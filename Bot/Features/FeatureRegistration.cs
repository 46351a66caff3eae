using SmqBot.Bot.Features.Routing;

namespace SmqBot.Bot.Features;

/// <summary>What a feature's module uses to register itself: its handlers (routed by the router), its commands, its background work.</summary>
public static class FeatureRegistration
{
    /// <summary>The feature as a singleton, and as one of the <see cref="IFeature"/>s whose commands and verbs the router routes (and the help lists).</summary>
    public static IServiceCollection AddFeature<T>(this IServiceCollection services) where T : class, IFeature
    {
        services.AddSingleton<T>();
        services.AddSingleton<IFeature>(sp => sp.GetRequiredService<T>());
        return services;
    }

    /// <summary>Background work that is also reachable as itself (tests run its passes).</summary>
    public static IServiceCollection AddBackgroundWork<T>(this IServiceCollection services) where T : class, IHostedService
    {
        services.AddSingleton<T>();
        services.AddHostedService(sp => sp.GetRequiredService<T>());
        return services;
    }
}
