namespace SmqBot.Bot.Features.Help;

public static class HelpModule
{
    public static IServiceCollection AddHelp(this IServiceCollection services) =>
        services.AddFeature<HelpFeature>();
}
