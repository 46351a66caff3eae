using System.Text.Json.Nodes;
using SmqBot.Tests.Manifest;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Infra;

/// <summary>
/// The Microsoft 365 Agents Toolkit project (<c>m365agents.yml</c>, <c>m365agents.local.yml</c>, <c>env/</c>), checked
/// as far as the toolkit works offline: the YAML against the schema the CLI ships for its version, every file it names,
/// every variable it uses defined before use (Tests/tools/atk/check.mjs), and <c>atk validate</c> of the manifest the
/// package command builds. Provisioning itself needs an Azure subscription and a Microsoft 365 tenant.
/// </summary>
public sealed class AgentsToolkitTests
{
    private static readonly string Tools = Path.Combine(Repo.Root, "Tests", "tools", "atk");

    [Fact]
    public async Task TheProjectFilesMatchTheToolkitsSchemaAndNameOnlyFilesAndVariablesThatExist()
    {
        var (exit, output) = await ManifestTests.RunAsync("node", [Path.Combine(Tools, "check.mjs"), Repo.Root]);
        Assert.True(exit == 0, output);
        var result = JsonNode.Parse(output)!;
        var problems = result["problems"]!.AsArray().Select(p => (string)p!).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        var checkedFiles = result["checked"]!.AsArray().Select(c => (string)c!).ToList();
        // Each stage does what its name says, with the files of this repository.
        Assert.Contains("m365agents.yml: provision[1] arm/deploy: ./infra/main.bicep", checkedFiles);
        Assert.Contains("m365agents.yml: provision[1] arm/deploy: ./infra/main.parameters.atk.json", checkedFiles);
        Assert.Contains("m365agents.yml: deploy[0] cli/runDotnetCommand: Bot/Bot.csproj", checkedFiles);
        Assert.Contains("m365agents.yml: publish[3] teamsApp/publishAppPackage: package ./manifest/build/smqbot-teams-app.zip", checkedFiles);
        // The package every step uploads is the one the manifest project builds.
        Assert.Contains("<PackageFile>$(PackageDir)smqbot-teams-app.zip</PackageFile>", File.ReadAllText(Path.Combine(Repo.Root, "manifest", "Manifest.proj")));
        Assert.Contains("<PackageDir>$(MSBuildThisFileDirectory)build/</PackageDir>", File.ReadAllText(Path.Combine(Repo.Root, "manifest", "Manifest.proj")));
        // No secret in what is committed: the local bot password goes to a git-ignored file and to user-secrets.
        foreach (var env in Directory.GetFiles(Path.Combine(Repo.Root, "env")))
            Assert.DoesNotContain("SECRET_", File.ReadAllText(env));
        Assert.Contains("env/.env.*.user", File.ReadAllLines(Path.Combine(Repo.Root, ".gitignore")));
    }

    [Fact]
    public async Task AtkValidatePassesTheManifestThePackageCommandBuildsAndFailsABrokenOne()
    {
        var output = Directory.CreateTempSubdirectory("smqbot-atk-").FullName;
        try
        {
            const string botId = "6f1c2d3e-4b5a-4978-8c9d-0e1f2a3b4c5d", appId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
            var (built, log) = await ManifestTests.RunAsync("dotnet", ["msbuild", Path.Combine(Repo.Root, "manifest", "Manifest.proj"), "-nologo",
                $"-p:MicrosoftAppId={botId}", $"-p:TeamsAppId={appId}", $"-p:PackageDir={output}/"]);
            Assert.True(built == 0, log);
            var manifest = Path.Combine(output, "app", "manifest.json");
            Assert.Equal(appId, (string?)JsonNode.Parse(File.ReadAllText(manifest))!["id"]);

            var (exit, report) = await Atk("validate", "--manifest-file", manifest, "--env", "dev");
            Assert.True(exit == 0 && report.Contains("All passed", StringComparison.Ordinal), report);

            // The same check refuses a manifest whose bot id is not a GUID: it does look.
            var broken = JsonNode.Parse(File.ReadAllText(manifest))!;
            broken["bots"]![0]!["botId"] = "not-a-guid";
            File.WriteAllText(manifest, broken.ToJsonString());
            var (_, refused) = await Atk("validate", "--manifest-file", manifest, "--env", "dev");
            Assert.Contains("/bots/0/botId must match pattern", refused);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static Task<(int Exit, string Output)> Atk(params string[] args) =>
        ManifestTests.RunAsync("node", [Path.Combine(Tools, "node_modules", "@microsoft", "m365agentstoolkit-cli", "cli.js"), .. args, "--folder", Repo.Root, "--telemetry", "false", "--interactive", "false"]);
}
