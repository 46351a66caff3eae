using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SmqBot.Bot;

namespace SmqBot.Benchmarks;

/// <summary>
/// SmqBot composed exactly as its Program.cs does, on Kestrel (a free loopback port) and the embedded store in
/// <c>dataDir</c>. By default in the Testing environment (local mode: the benchmarks' activities carry no token) and
/// with the per-person budgets raised, since a benchmark is one person sending thousands of turns a minute on purpose;
/// the <c>edge</c> benchmark runs as production does.
/// </summary>
public static class SmqBotHost
{
    public static WebApplication Build(string dataDir, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string environment = "Testing")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = dataDir });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Named, as a single instance on purpose must be outside Development (the edge benchmark runs as Production).
            ["Sqlite:Path"] = Path.Combine(dataDir, "data", "smqbot.db"),
            ["Limits:TurnsPerMinute"] = "100000000",
            ["Limits:ExpensivePerMinute"] = "100000000",
            ["Limits:DownloadsPerMinute"] = "100000000",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.AddSmqBot();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapSmqBot();
        return app;
    }

    /// <summary>The base address the host listens on, once started.</summary>
    public static string Address(this WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
}
