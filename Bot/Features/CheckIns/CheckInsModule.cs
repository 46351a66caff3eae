using SmqBot.Bot.Features.Exports;
namespace SmqBot.Bot.Features.CheckIns;

public static class CheckInsModule
{
    /// <summary>Cohorts, members' and collective targets, check-ins and their rounds (the scheduler).</summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services)
    {
        services.AddOptions<CheckInOptions>().BindConfiguration("CheckIns");
        services.AddFeature<TargetsFeature>();
        services.AddFeature<CohortsFeature>();
        services.AddFeature<CheckInsFeature>();
        services.AddFeature<CollectiveTargetsFeature>();
        services.AddBackgroundWork<CheckInScheduler>();
        return services;
    }

    public static IEndpointRouteBuilder MapCheckIns(this IEndpointRouteBuilder app)
    {
        app.MapDownload(TargetsFeature.ChartRoute, (string token, TargetsFeature targets, CancellationToken ct) => targets.ChartAsync(token, ct));
        return app;
    }
}
