using SmqBot.Bot.Features.Exports;
namespace SmqBot.Bot.Features.Privacy;

public static class PrivacyModule
{
    /// <summary>Law 25: `mes données`, requests to the person in charge, erasure, the access log, and the retention pass.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration("Privacy");
        services.AddMemoryCache();
        services.AddFeature<PrivacyFeature>();
        services.AddBackgroundWork<RetentionWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder app)
    {
        app.MapDownload(PrivacyFeature.Route, (string token, PrivacyFeature privacy, CancellationToken ct) => privacy.DownloadAsync(token, ct));
        return app;
    }
}
