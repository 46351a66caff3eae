using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmqBot.Data.People;

namespace SmqBot.Tests.Support;

/// <summary>
/// The real bot (its Program, CloudAdapter, handlers and SQLite store in a fresh file) behind WebApplicationFactory,
/// talking to a real local <see cref="FakeConnector"/>. Time is a FakeTimeProvider the test moves.
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _dataDir = Directory.CreateTempSubdirectory("smqbot-test-").FullName;

    private readonly bool _realTime;
    private readonly string _environment;
    private readonly bool _kestrel;

    /// <param name="realTime">Run on the system clock instead of <see cref="Time"/> (for delivery pacing and back-off).</param>
    /// <param name="environment">The host's environment: Testing (local mode, as the test suite runs) unless a test says otherwise.</param>
    /// <param name="kestrel">
    /// Serve over real HTTP on a loopback port instead of the in-memory test server (which receives a request's whole body
    /// before the app sees it): for tests of what the edge does before reading a body.
    /// </param>
    public BotApp(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool realTime = false, string environment = "Testing", bool kestrel = false)
    {
        _kestrel = kestrel;
        if (kestrel) UseKestrel(0);
        _services = services;
        _realTime = realTime;
        _environment = environment;
        _settings = new()
        {
            ["Sqlite:Path"] = Path.Combine(_dataDir, "smqbot.db"),
            ["Smq:Staff:0"] = TestUser.Staff.AadObjectId,
            ["Smq:PublicUrl"] = "http://localhost/", // the address of the in-memory test server
            // Journeys and the hostile-input suite send hundreds of turns a minute as one person: the per-person budgets
            // are the edge's tests' subject (Tests/Onboarding/EdgeSecurityTests.cs, which sets them as production has them).
            ["Limits:TurnsPerMinute"] = "1000000",
            ["Limits:ExpensivePerMinute"] = "1000000",
            ["Limits:DownloadsPerMinute"] = "1000000",
            ["Limits:FailuresPerMinute"] = "1000000",
        };
        foreach (var (key, value) in settings ?? []) _settings[key] = value;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero));
    public FakeConnector Connector { get; private set; } = null!;
    public string ServiceUrl => Connector.ServiceUrl;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        if (_kestrel) StartServer();
        foreach (var user in new[] { TestUser.Staff, TestUser.Expert, TestUser.Participant, TestUser.Newcomer, TestUser.Third })
            Connector.Members[user.TeamsId] = (user.AadObjectId, user.Name, user.Upn);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            if (!_realTime) services.AddSingleton<TimeProvider>(Time);
            _services?.Invoke(services);
        });
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Where the bot listens when it runs on Kestrel (<c>kestrel: true</c>).</summary>
    public Uri Address => new(Service<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());

    public async Task GrantAsync(TestUser user, Role role)
    {
        CardReader.People([user.Name]);
        var people = Service<PeopleStore>();
        await people.RecordContactAsync(new Contact(user.AadObjectId, Activities.TenantId, user.Name, null, null), await people.FindAsync(user.AadObjectId));
        await people.GrantRoleAsync(user.AadObjectId, role);
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? bearer = null)
    {
        CardReader.People(CardReader.Typed(activity));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (bearer is not null) request.Headers.Authorization = new("Bearer", bearer);
        return await CreateClient().SendAsync(request);
    }

    /// <summary>Posts an activity and returns the cards that reached the connector because of it (archived for validation).</summary>
    public async Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity, int expectedCards = 1)
    {
        var before = Connector.Deliveries.Count;
        var response = await PostAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}");
        var deliveries = expectedCards == 0 ? Connector.Deliveries : await Connector.WaitForAsync(before + expectedCards);
        return [.. deliveries.Skip(before).SelectMany(d => Cards(d.Activity, (string)activity["type"]!))];
    }

    /// <summary>Sends an Action.Execute invoke and returns the card the bot answered with, as Teams would show it.</summary>
    public async Task<JsonObject> ExecuteAsync(TestUser user, string verb, JsonObject? data = null, string locale = "fr-CA")
    {
        var response = await PostAsync(Activities.Execute(ServiceUrl, user, verb, data, locale));
        Assert.Equal(200, (int)response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return CardReader.Archive(body["value"]!.AsObject(), $"invoke-{verb}");
    }

    /// <summary>
    /// What a user sends from a form: opens it with <paramref name="formVerb"/>, takes its first button's data, the values
    /// the form's inputs already hold, and the <paramref name="values"/> they typed (as the client merges inputs into the
    /// action's data).
    /// </summary>
    public async Task<JsonObject> FilledFormAsync(TestUser user, string formVerb, JsonObject values, JsonObject? formData = null)
    {
        var form = await ExecuteAsync(user, formVerb, formData);
        var data = CardReader.ActionData(form);
        foreach (var (id, input) in CardReader.Inputs(form))
            if (input["value"] is { } value) data[id] = value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.DeepClone() : value.ToJsonString();
        foreach (var (key, value) in values) data[key] = value?.DeepClone();
        return data;
    }

    private static IEnumerable<JsonObject> Cards(JsonObject activity, string origin) =>
        (activity["attachments"]?.AsArray() ?? [])
            .Where(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive")
            .Select(a => CardReader.Archive(a!["content"]!.AsObject(), origin));

    /// <summary>For a test that needs its own settings: <c>await using var bot = await new BotApp(…).StartedAsync();</c></summary>
    public async Task<BotApp> StartedAsync()
    {
        await InitializeAsync();
        return this;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private bool _disposed;

    public override async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (Connector is not null) await Connector.DisposeAsync();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
