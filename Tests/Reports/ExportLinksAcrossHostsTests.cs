using SmqBot.Tests.Support;
using static SmqBot.Tests.Support.CardReader;

namespace SmqBot.Tests.Reports;

/// <summary>
/// Export links are signed with ASP.NET Data Protection, whose key ring lives in the document store: a link one instance
/// minted opens on another built on the same store (a second App Service instance, a redeployed container), and on no
/// host with a store of its own.
/// </summary>
public sealed class ExportLinksAcrossHostsTests : IAsyncLifetime
{
    private readonly string _shared = Path.Combine(Path.GetTempPath(), $"smqbot-keys-{Guid.NewGuid():N}.db");
    private readonly BotApp _first;
    private readonly BotApp _second;
    private readonly BotApp _elsewhere = new(BackgroundWork.DrivenByTheTest());

    public ExportLinksAcrossHostsTests()
    {
        Dictionary<string, string?> OnTheSharedStore()
        {
            var settings = BackgroundWork.DrivenByTheTest();
            settings["Sqlite:Path"] = _shared;
            return settings;
        }
        _first = new BotApp(OnTheSharedStore());
        _second = new BotApp(OnTheSharedStore());
    }

    public async Task InitializeAsync()
    {
        foreach (var bot in new[] { _first, _second, _elsewhere }) await ((IAsyncLifetime)bot).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in new[] { _first, _second, _elsewhere }) await ((IAsyncLifetime)bot).DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_shared)!, Path.GetFileName(_shared) + "*")) File.Delete(file);
    }

    private static string OwnLink(System.Text.Json.Nodes.JsonObject card) =>
        Walk(card).Where(o => (string?)o["type"] == "Action.OpenUrl" && ((string)o["title"]!).StartsWith("CSV", StringComparison.Ordinal))
            .Select(o => new Uri((string)o["url"]!).PathAndQuery).First();

    [Fact]
    public async Task ALinkMintedByOneInstanceOpensOnAnotherOnTheSameStore()
    {
        var card = await _first.ExecuteAsync(TestUser.Staff, "report.show", new() { ["year"] = "2026-2027" });
        var link = OwnLink(card);

        var onSecond = await _second.CreateClient().GetAsync(link);
        Assert.Equal(200, (int)onSecond.StatusCode);
        Assert.Equal("text/csv", onSecond.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await (await _first.CreateClient().GetAsync(link)).Content.ReadAsStringAsync(), await onSecond.Content.ReadAsStringAsync());

        // A host with its own store (its own key ring) cannot read the link, though the same staff member is known there:
        // the ring is the store's, not the machine's (ASP.NET's default, a folder under the home directory, would open it).
        await _elsewhere.ExecuteAsync(TestUser.Staff, "report.show", new() { ["year"] = "2026-2027" });
        Assert.Equal(200, (int)(await _elsewhere.CreateClient().GetAsync(OwnLink(await _elsewhere.ExecuteAsync(TestUser.Staff, "report.show", new() { ["year"] = "2026-2027" })))).StatusCode);
        Assert.NotEqual(200, (int)(await _elsewhere.CreateClient().GetAsync(link)).StatusCode);
    }
}
