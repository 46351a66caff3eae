namespace SmqBot.Bot.Features.Exports;

public static class ExportsModule
{
    /// <summary>Minted links (downloads and charts) over ASP.NET Data Protection.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddSingleton<ExportLinks>();
        return services;
    }
}
