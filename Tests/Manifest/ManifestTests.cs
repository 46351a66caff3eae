using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Manifest;

public sealed class ManifestTests
{
    private static readonly string ManifestDir = Path.Combine(Repo.Root, "manifest");

    [Fact]
    public async Task ThePackageCommandFillsInTheBotIdAndThePackagePassesTheTeamsSchemas()
    {
        var output = Directory.CreateTempSubdirectory("smqbot-manifest-").FullName;
        try
        {
            const string botId = "6f1c2d3e-4b5a-4978-8c9d-0e1f2a3b4c5d";
            var (exit, log) = await RunAsync("dotnet", ["msbuild", Path.Combine(ManifestDir, "Manifest.proj"), "-nologo", $"-p:MicrosoftAppId={botId}", $"-p:PackageDir={output}/"]);
            Assert.True(exit == 0, log);

            using var zip = ZipFile.OpenRead(Path.Combine(output, "smqbot-teams-app.zip"));
            Assert.Equal(["color.png", "en-us.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
            var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
            Assert.Equal(botId, (string?)manifest["bots"]![0]!["botId"]);
            // Graph installs the app for people by this registration (TeamsAppInstallation.ReadWriteSelfForUser.All).
            Assert.Equal(botId, (string?)manifest["webApplicationInfo"]!["id"]);
            Assert.Equal($"api://botid-{botId}", (string?)manifest["webApplicationInfo"]!["resource"]);
            Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string)s!));

            var (valid, report) = await RunAsync("node", [Path.Combine(Repo.Root, "Tests", "tools", "validate-manifest.mjs"), Path.Combine(output, "app")]);
            Assert.True(valid == 0, report);
            Assert.Contains("manifest: valid (v1.30, 2 languages)", report);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task PackagingWithoutABotIdSaysWhatIsMissing()
    {
        var (exit, log) = await RunAsync("dotnet", ["msbuild", Path.Combine(ManifestDir, "Manifest.proj"), "-nologo", "-p:MicrosoftAppId="]);

        Assert.NotEqual(0, exit);
        Assert.Contains("Set MicrosoftAppId", log);
    }

    [Fact]
    public async Task TheCommandListsOfferTheBotsCommandsInBothLanguages()
    {
        await using var bot = new BotApp();
        var commands = bot.Service<SmqBot.Bot.Features.Routing.CommandCatalog>().All;
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDir, "manifest.json")))!;
        var english = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDir, "en-us.json")))!.AsObject();
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var everyone = commands.Where(c => c.AllowedTo.Count == 0).ToList();

        for (var list = 0; list < lists.Count; list++)
        {
            var scopes = lists[list]!["scopes"]!.AsArray().Select(s => (string)s!).ToList();
            var expected = (scopes.Contains("personal") ? commands : everyone).Where(c => c.InManifest).ToList();
            var titles = lists[list]!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();
            var englishTitles = Enumerable.Range(0, titles.Count).Select(i => (string?)english[$"bots[0].commandLists[{list}].commands[{i}].title"]).ToList();

            Assert.Equal(expected.Select(c => c.Describe(Texts.French).Name), titles);
            Assert.Equal(expected.Select(c => c.Describe(Texts.English).Name), englishTitles);
        }
    }

    [Fact]
    public async Task HelpDescriptionsReadInOneStyleAndFrenchNamesTheExpertAsSmqDoes()
    {
        await using var bot = new BotApp();
        foreach (var texts in new[] { Texts.French, Texts.English })
            foreach (var command in bot.Service<CommandCatalog>().All.Where(c => c.InHelp))
            {
                var description = command.Describe(texts).Description;
                Assert.True(char.IsUpper(description[0]) && description.EndsWith('.'), $"'{description}' should start with a capital and end with a period");
            }
        var french = string.Join("\n", typeof(Texts).Assembly.GetTypes().Where(t => t.Name.EndsWith("Texts", StringComparison.Ordinal))
            .Select(t => t.GetField("French")?.GetValue(null)).OfType<object>()
            .SelectMany(o => o.GetType().GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => (string?)p.GetValue(o) ?? "")));
        Assert.DoesNotContain("·e", french);
        Assert.DoesNotContain("expert", french.Replace("Expert", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void IconsHaveTheSizeTeamsRequires(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(ManifestDir, file));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        Assert.Equal((size, size), (width, height));
        Assert.Equal(6, bytes[25]); // RGBA: the outline icon needs a transparent background
    }

    internal static async Task<(int Exit, string Output)> RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
