using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SmqBot.Tests.Support;

using static SmqBot.Benchmarks.Measure;

namespace SmqBot.Benchmarks;

/// <summary>
/// `help` message turns over HTTP: SmqBot on its embedded store against bare Bot Framework echo bots (one answering text,
/// one the card SmqBot answered), all on Kestrel, replying to the same local connector. A turn's latency runs from the POST to /api/messages until
/// its response, which the adapter sends after the reply reached the connector. Turns alternate between the bots
/// so that both see the same machine.
/// </summary>
public static class TurnBenchmark
{
    public static async Task<int> RunAsync(Options options)
    {
        var turns = options.Int("turns", 2000);
        var warmup = options.Int("warmup", 300);
        var dataDir = Directory.CreateTempSubdirectory("smqbot-bench-").FullName;
        await using var connector = await FakeConnector.StartAsync();
        await using var smqbot = await StartSmqBotAsync(dataDir);
        await using var echo = await StartEchoBotAsync();
        using var http = new HttpClient();

        var smqUrl = smqbot.Address() + "api/messages";
        var echoUrl = echo.Address() + "api/messages";
        await TurnAsync(http, smqUrl, connector.ServiceUrl);
        // A second echo bot answers every message with the card SmqBot just answered: the same weight on the wire, none
        // of SmqBot's work, so that the reply's size and SmqBot's own overhead can be told apart.
        var helpCard = Newtonsoft.Json.Linq.JObject.Parse(connector.Deliveries[^1].Activity["attachments"]![0]!["content"]!.ToJsonString());
        await using var cardEcho = await StartEchoBotAsync(helpCard);
        var cardEchoUrl = cardEcho.Address() + "api/messages";
        // Warm-up until the JIT is done: `warmup` rounds, then 500 more at a time until a batch spent under 20 ms compiling
        // (at most 10,000 rounds). The runtime compiles a method quickly first, and again, optimised, in the background once
        // it is called often; on this machine that goes on for about 5,000 rounds and 6 s of compiling. 300 rounds measured
        // much of the first code (the echo bot's p50 was 1.17 ms, 0.40 ms once compiled), not how a bot up for a minute answers.
        var rounds = 0;
        TimeSpan compiling;
        do
        {
            compiling = System.Runtime.JitInfo.GetCompilationTime();
            for (var end = rounds < warmup ? warmup : rounds + 500; rounds < end; rounds++)
            {
                await TurnAsync(http, smqUrl, connector.ServiceUrl);
                await TurnAsync(http, echoUrl, connector.ServiceUrl);
                await TurnAsync(http, cardEchoUrl, connector.ServiceUrl);
            }
        }
        while (System.Runtime.JitInfo.GetCompilationTime() - compiling >= TimeSpan.FromMilliseconds(20) && rounds < 10_000);
        Print("turn.warmup_rounds", rounds);
        connector.Clear();

        var smq = new double[turns];
        var bare = new double[turns];
        var sameWeight = new double[turns];
        for (var i = 0; i < turns; i++)
        {
            smq[i] = await TurnAsync(http, smqUrl, connector.ServiceUrl);
            bare[i] = await TurnAsync(http, echoUrl, connector.ServiceUrl);
            sameWeight[i] = await TurnAsync(http, cardEchoUrl, connector.ServiceUrl);
        }
        if (connector.Deliveries.Count != 3 * turns)
            throw new InvalidOperationException($"Expected {3 * turns} replies at the connector, got {connector.Deliveries.Count}.");

        // What each reply weighs at the connector: SmqBot answers with a card, the echo with a line of text. In UTF-8 with
        // letters unescaped, as the SDK sends it (the connector keeps the parsed activity, not its bytes).
        var replies = connector.Deliveries;
        var asSent = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Print("turn.smqbot.reply_bytes", System.Text.Encoding.UTF8.GetByteCount(replies[0].Activity.ToJsonString(asSent)));
        Print("turn.echo.reply_bytes", System.Text.Encoding.UTF8.GetByteCount(replies[1].Activity.ToJsonString(asSent)));
        Print("turn.card_echo.reply_bytes", System.Text.Encoding.UTF8.GetByteCount(replies[2].Activity.ToJsonString(asSent)));
        Array.Sort(smq);
        Array.Sort(bare);
        Array.Sort(sameWeight);
        Print("turn.card_echo.p50_ms", Measure.Percentile(sameWeight, 0.50));
        Print("turn.card_echo.p99_ms", Measure.Percentile(sameWeight, 0.99));
        Print("turn.ratio_to_card_echo.p50", Measure.Percentile(smq, 0.50) / Measure.Percentile(sameWeight, 0.50));
        Print("turn.ratio_to_card_echo.p99", Measure.Percentile(smq, 0.99) / Measure.Percentile(sameWeight, 0.99));
        Print("turn.smqbot.p50_ms", Measure.Percentile(smq, 0.50));
        Print("turn.smqbot.p99_ms", Measure.Percentile(smq, 0.99));
        Print("turn.echo.p50_ms", Measure.Percentile(bare, 0.50));
        Print("turn.echo.p99_ms", Measure.Percentile(bare, 0.99));
        Print("turn.echo_shared_contracts", 1);
        Print("turn.ratio.p50", Measure.Percentile(smq, 0.50) / Measure.Percentile(bare, 0.50));
        Print("turn.ratio.p99", Measure.Percentile(smq, 0.99) / Measure.Percentile(bare, 0.99));

        // Stopped before its file goes: its outbox worker would otherwise poll a deleted database and log the failure.
        await smqbot.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
        return 0;
    }

    private static async Task<double> TurnAsync(HttpClient http, string url, string serviceUrl)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["locale"] = "fr-CA",
            ["text"] = "help",
            ["from"] = new JsonObject { ["id"] = "29:bench", ["aadObjectId"] = "aad-bench", ["name"] = "Banc d'essai" },
            ["recipient"] = new JsonObject { ["id"] = "28:smqbot" },
            ["conversation"] = new JsonObject { ["id"] = "a:bench", ["conversationType"] = "personal", ["tenantId"] = "tenant" },
        };
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync(url, activity);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        response.EnsureSuccessStatusCode();
        return elapsed;
    }

    private static async Task<WebApplication> StartSmqBotAsync(string dataDir)
    {
        var app = SmqBotHost.Build(dataDir);
        await app.StartAsync();
        return app;
    }

    /// <summary>The Bot Framework's own sample, reduced: CloudAdapter and an ActivityHandler that echoes the text.</summary>
    internal static async Task<WebApplication> StartEchoBotAsync(Newtonsoft.Json.Linq.JObject? card = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var http = sp.GetRequiredService<IHttpClientFactory>();
            var logger = sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>();
            // A fair echo: the SDK makes a connector client with fresh Newtonsoft resolvers per turn, which SmqBot avoids by
            // sharing them (Bot/Teams/SharedContractsConnectorFactory.cs, through GuardedAuthentication); the echo bot shares
            // them too, so that the ratio measures SmqBot's own work, not the SDK's waste.
            return new SmqBot.Bot.Teams.GuardedAuthentication(new ConfigurationBotFrameworkAuthentication(configuration,
                new ConfigurationServiceClientCredentialFactory(configuration, http.CreateClient(), logger), httpClientFactory: http, logger: logger),
                sp.GetRequiredService<ILogger<SmqBot.Bot.Teams.GuardedAuthentication>>());
        });
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot>(new EchoBot(card));
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(request, response, bot));
        await app.StartAsync();
        return app;
    }

    /// <summary>
    /// Echoes a message's text to the connector (or, given a card, answers every message with it), and a card action's
    /// verb in its invoke response (a one-line card).
    /// </summary>
    private sealed class EchoBot(Newtonsoft.Json.Linq.JObject? card) : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turn, CancellationToken ct) =>
            turn.SendActivityAsync(card is null
                ? MessageFactory.Text($"Echo: {turn.Activity.Text}")
                : MessageFactory.Attachment(new Microsoft.Bot.Schema.Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }), ct);

        protected override Task<Microsoft.Bot.Schema.AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<Microsoft.Bot.Schema.IInvokeActivity> turn,
            Microsoft.Bot.Schema.AdaptiveCardInvokeValue invokeValue, CancellationToken ct) =>
            Task.FromResult(new Microsoft.Bot.Schema.AdaptiveCardInvokeResponse
            {
                StatusCode = 200, Type = "application/vnd.microsoft.card.adaptive",
                // The Bot Framework serialises with Newtonsoft.Json: the card is a JObject.
                Value = Newtonsoft.Json.Linq.JObject.FromObject(new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = $"Echo: {invokeValue.Action.Verb}" } } }),
            });
    }

}
