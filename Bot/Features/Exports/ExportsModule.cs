using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using SmqBot.Data.Documents;

namespace SmqBot.Bot.Features.Exports;

public static class ExportsModule
{
    /// <summary>The rate-limiting policy of every download: <see cref="Teams.LimitsOptions.DownloadsPerMinute"/> per holder.</summary>
    public const string DownloadPolicy = "downloads";

    /// <summary>
    /// Minted links (downloads and charts) over ASP.NET Data Protection, its key ring in the document database
    /// (<see cref="DocumentXmlRepository"/>, encrypted at rest with a certificate when one is configured: see
    /// <see cref="KeyRingProtection"/>): one application name and one ring for every instance. Downloads are limited
    /// per person with ASP.NET Core's rate limiter.
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName("SmqBot").ProtectKeyRing(configuration);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DocumentXmlRepository(sp.GetRequiredService<IDocumentDatabase>())));
        services.AddSingleton<ExportLinks>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            // By the person the link was minted for (a valid token names them); a token that names nobody, by address.
            o.AddPolicy(DownloadPolicy, context =>
            {
                var links = context.RequestServices.GetRequiredService<ExportLinks>();
                var perMinute = context.RequestServices.GetRequiredService<IOptions<Teams.LimitsOptions>>().Value.DownloadsPerMinute;
                var key = context.Request.RouteValues["token"] is string token && links.Holder(token) is { } holder
                    ? "holder:" + holder
                    : "address:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetSlidingWindowLimiter(key, _ => Teams.EdgeLimits.Window(perMinute));
            });
        });
        return services;
    }

    /// <summary>
    /// <c>GET /exports/{route}/{token}</c>, as every download is served: limited per holder, never cached or sniffed,
    /// always an attachment with a file name (a chart as well: an image tag ignores it, a browser saves the file).
    /// </summary>
    public static RouteHandlerBuilder MapDownload(this IEndpointRouteBuilder app, string route, Delegate handler) =>
        app.MapGet($"/exports/{route}/{{token}}", handler)
            .RequireRateLimiting(DownloadPolicy)
            .AddEndpointFilter(async (context, next) =>
            {
                var headers = context.HttpContext.Response.Headers;
                headers.CacheControl = "no-store";
                headers.XContentTypeOptions = "nosniff";
                return await next(context);
            });
}
