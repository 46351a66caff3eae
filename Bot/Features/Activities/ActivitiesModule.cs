using SmqBot.Bot.Features.Exports;

namespace SmqBot.Bot.Features.Activities;

public static class ActivitiesModule
{
    /// <summary>Activités ponctuelles: the feature, its Outlook events, its exports and its scheduler (reminders, attendance, needs erased).</summary>
    public static IServiceCollection AddActivities(this IServiceCollection services)
    {
        services.AddOptions<ActivityOptions>().BindConfiguration("Activities");
        services.AddSingleton<ActivityCalendar>();
        services.AddSingleton<ActivityExport>();
        services.AddFeature<ActivitiesFeature>();
        services.AddBackgroundWork<ActivityScheduler>();
        return services;
    }

    public static IEndpointRouteBuilder MapActivities(this IEndpointRouteBuilder app)
    {
        app.MapDownload(ActivityExport.Route, (string token, ActivityExport export, CancellationToken ct) => export.DownloadAsync(token, ct));
        return app;
    }
}
