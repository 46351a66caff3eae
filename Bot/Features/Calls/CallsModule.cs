namespace SmqBot.Bot.Features.Calls;

public static class CallsModule
{
    public static IServiceCollection AddCalls(this IServiceCollection services) =>
        services.AddFeature<CallsFeature>();
}
