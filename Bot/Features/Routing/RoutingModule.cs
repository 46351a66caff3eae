namespace SmqBot.Bot.Features.Routing;

public static class RoutingModule
{
    /// <summary>Who is calling (<see cref="Callers"/>), the commands and the router over every registered feature.</summary>
    public static IServiceCollection AddCommandRouting(this IServiceCollection services)
    {
        services.AddOptions<SmqOptions>().BindConfiguration("Smq");
        services.AddSingleton<Callers>();
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<Router>();
        return services;
    }
}
