using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Telemetry;

/// <summary>
/// With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, the host sends its traces over OTLP (HTTP, protobuf) to a local sink: a
/// span for the help turn with its route, spans for store operations, and no person's name or address anywhere in what
/// it sent.
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly HttpListener _sink = new();
    private readonly ConcurrentBag<(string Path, byte[] Body)> _received = [];
    private readonly string _endpoint = $"http://127.0.0.1:{Ports.Free()}/";
    private BotApp _bot = null!;
    private Task _listening = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _sink.Prefixes.Add(_endpoint);
        _sink.Start();
        _listening = Task.Run(async () =>
        {
            while (_sink.IsListening)
            {
                HttpListenerContext context;
                try { context = await _sink.GetContextAsync(); } catch (Exception) { return; }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                _received.Add((context.Request.Url!.AbsolutePath, body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });
        var settings = BackgroundWork.DrivenByTheTest();
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = _endpoint.TrimEnd('/');
        settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        _bot = new BotApp(settings);
        await ((IAsyncLifetime)_bot).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_bot).DisposeAsync();
        _sink.Stop();
        await _listening;
    }

    [Fact]
    public async Task AHelpTurnAndItsStoreOperationsReachTheOtlpSinkWithoutAnyonesNameOrAddress()
    {
        await _bot.SendAsync(Activities.PersonalInstall(_bot.ServiceUrl, TestUser.Participant));
        var help = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "aide")));
        Assert.StartsWith("Ce que vous pouvez faire", CardReader.Text(help));
        var refused = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "rapport")));
        Assert.Contains("réservée au personnel", CardReader.Text(refused));
        // A download: its path carries a token, which must not travel with the request span.
        var mine = Assert.Single(await _bot.SendAsync(Activities.Message(_bot.ServiceUrl, TestUser.Participant, "mes données")));
        var link = new Uri((string)CardReader.Walk(mine).First(a => a is System.Text.Json.Nodes.JsonObject o && (string?)o["type"] == "Action.OpenUrl")["url"]!);
        Assert.Equal(HttpStatusCode.OK, (await _bot.CreateClient().GetAsync(link.PathAndQuery)).StatusCode);
        var token = link.AbsolutePath.Split('/')[^1].Split('.')[0];
        // ASP.NET Core ends a request's span once the response is complete on the server, which may be a moment after
        // the client has read it: flush until the download's span has arrived (or ten seconds have passed), so that the
        // test does not depend on which side finished first (it failed now and then when it flushed once).
        var traces = new List<byte[]>();
        bool Sent(string text) => traces.Any(t => t.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            Assert.True(_bot.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
            traces = _received.Where(r => r.Path == "/v1/traces").Select(r => r.Body).ToList();
            if (Sent("/exports/mydata/{token}")) break;
            await Task.Delay(50);
        }
        while (waited.Elapsed < TimeSpan.FromSeconds(10));
        Assert.NotEmpty(traces);
        // Protobuf carries strings as UTF-8: the span names and attributes are found as bytes.
        Assert.True(Sent("turn") && Sent("smqbot.route") && Sent("help"), "a turn span with its route");
        Assert.True(Sent("smqbot.outcome") && Sent("shown") && Sent("refused"), "the turns' outcomes");
        Assert.True(Sent("smqbot.activity.type") && Sent("message"), "the turn's activity type");
        Assert.True(Sent("store read") && Sent("db.collection.name") && Sent("people"), "a store operation span");
        Assert.True(Sent("/exports/mydata/{token}"), "the download's request span, by its route");
        Assert.False(Sent(token), "the download token in a span");
        // Nothing sent (traces, metrics, logs) names them.
        var everything = _received.Select(r => r.Body).ToList();
        foreach (var personal in new[] { TestUser.Participant.Name, TestUser.Participant.Upn, "Participante" })
            Assert.DoesNotContain(everything, body => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(personal)) >= 0);
    }
}
