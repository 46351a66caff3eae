using System.Diagnostics;
using System.Text.Json.Nodes;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Cards;

/// <summary>
/// The test command runs Tests/tools/check-accessibility.mjs over every card the tests produced (axe-core, Microsoft's
/// Teams light and dark host configs). This shows that it finds what it is there for: text that is not readable on one
/// theme, an image without alt text, a button without a name; and that a card written as SmqBot writes them passes.
/// </summary>
public sealed class AccessibilityCheckTests
{
    [Fact]
    public async Task TheCheckFindsUnreadableColoursMissingAltTextAndNamelessButtonsOnEitherTheme()
    {
        var folder = Directory.CreateTempSubdirectory("a11y-").FullName;
        try
        {
            // What SmqBot wrote before issue 28: "good" green text (2.06:1 on white) and "attention" red (3.24:1 on dark).
            Write(folder, "0001-good-on-white.json", new JsonObject { ["type"] = "TextBlock", ["text"] = "Profil enregistré.", ["color"] = "good", ["wrap"] = true });
            Write(folder, "0002-attention-on-dark.json", new JsonObject { ["type"] = "TextBlock", ["text"] = "Je ne reconnais pas cette action.", ["color"] = "attention", ["wrap"] = true });
            Write(folder, "0003-no-alt.json", new JsonObject { ["type"] = "Image", ["url"] = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" });
            Write(folder, "0004-nameless-button.json", new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Execute", ["verb"] = "help" }) });

            var (exit, output) = await CheckAsync(folder);

            Assert.Equal(1, exit);
            Assert.Contains("light color-contrast 0001-good-on-white.json", output);
            Assert.DoesNotContain("dark color-contrast 0001-good-on-white.json", output);         // #92c353 reads on dark
            Assert.Contains("dark color-contrast 0002-attention-on-dark.json", output);
            Assert.Contains("image-alt 0003-no-alt.json", output);
            Assert.Contains("button-name 0004-nameless-button.json", output);

            foreach (var file in Directory.GetFiles(folder)) File.Delete(file);
            // A status as SmqBot says it now: words in bold in the default colour, a refusal in an attention container.
            Write(folder, "0001-fine.json",
                new JsonObject { ["type"] = "TextBlock", ["text"] = "Profil enregistré.", ["weight"] = "bolder", ["wrap"] = true },
                new JsonObject { ["type"] = "Container", ["style"] = "attention", ["items"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Je ne reconnais pas cette action.", ["wrap"] = true }) },
                new JsonObject { ["type"] = "Image", ["url"] = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", ["altText"] = "Graphique" });
            var (goodExit, goodOutput) = await CheckAsync(folder);
            Assert.True(goodExit == 0, goodOutput);
            Assert.Contains("1 distinct cards × 2 themes", goodOutput);
            Assert.Contains("; 0 violations", goodOutput);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Write(string folder, string name, params JsonObject[] body) =>
        File.WriteAllText(Path.Combine(folder, name), new JsonObject
        {
            ["type"] = "AdaptiveCard", ["version"] = "1.5", ["lang"] = "fr", ["body"] = new JsonArray([.. body]),
        }.ToJsonString());

    private static async Task<(int Exit, string Output)> CheckAsync(string folder)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(Repo.Root, "Tests", "tools", "check-accessibility.mjs"), folder, "--no-charts"])
        {
            RedirectStandardOutput = true, WorkingDirectory = Repo.Root,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
