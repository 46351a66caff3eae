using SmqBot.Bot.Features.Exports;
namespace SmqBot.Bot.Features.Reports;

public static class ReportsModule
{
    /// <summary>The fiscal year's report for the Ministry and the staff dashboard, with their CSVs and charts.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<ReportSource>();
        services.AddSingleton<ReportExport>();
        services.AddSingleton<PublishedListExport>();
        services.AddFeature<ReportsFeature>();
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapDownload(ReportExport.Route, (string token, ReportExport export, CancellationToken ct) => export.DownloadAsync(token, ct));
        app.MapDownload(PublishedListExport.Route, (string token, PublishedListExport export, CancellationToken ct) => export.DownloadAsync(token, ct));
        return app;
    }
}
