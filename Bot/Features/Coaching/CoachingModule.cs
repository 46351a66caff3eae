using SmqBot.Bot.Features.Exports;
namespace SmqBot.Bot.Features.Coaching;

public static class CoachingModule
{
    /// <summary>Individual coaching (accompaniments, evaluations, statements) and the hours experts log.</summary>
    public static IServiceCollection AddCoaching(this IServiceCollection services)
    {
        services.AddFeature<HoursFeature>();
        services.AddFeature<CoachingFeature>();
        services.AddSingleton<StatementExport>();
        return services;
    }

    public static IEndpointRouteBuilder MapCoaching(this IEndpointRouteBuilder app)
    {
        app.MapDownload(StatementExport.Route, (string token, StatementExport export, CancellationToken ct) => export.DownloadAsync(token, ct));
        return app;
    }
}
