using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SmqBot.Bot;

namespace SmqBot.Benchmarks;

/// <summary>SmqBot composed exactly as its Program.cs does, on Kestrel (a free loopback port) and the embedded store in <c>dataDir</c>.</summary>
public static class SmqBotHost
{
    public static WebApplication Build(string dataDir, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark", ContentRootPath = dataDir });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
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
