namespace SmqBot.Bot.Features.Profile;

public static class ProfileModule
{
    public static IServiceCollection AddProfile(this IServiceCollection services) =>
        services.AddFeature<ProfileFeature>();
}
