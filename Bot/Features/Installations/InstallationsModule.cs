namespace SmqBot.Bot.Features.Installations;

public static class InstallationsModule
{
    /// <summary>Installs and removals of the app (personal and team), and `équipes` for staff.</summary>
    public static IServiceCollection AddInstallations(this IServiceCollection services) =>
        services.AddFeature<InstallationsFeature>();
}
