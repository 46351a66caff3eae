using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using SmqBot.Data.Documents;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Infra;

/// <summary>
/// The Azure infrastructure in <c>infra/</c>, compiled and linted with the Bicep CLI the test project restores from NuGet
/// (no install step): no error, no linter warning; and the template it compiles to holds what the bot needs.
/// </summary>
public sealed class InfrastructureTests
{
    private static readonly string Main = Path.Combine(Repo.Root, "infra", "main.bicep");

    private static string Bicep()
    {
        var path = typeof(InfrastructureTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;
        Assert.True(File.Exists(path), $"the Bicep CLI is not where NuGet restored it: {path}");
        // A package's files are extracted without their execute bit.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Bicep()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Offline: no registry lookups, no telemetry.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task TheBicepCompilesAndLintsWithoutAnErrorOrAWarning()
    {
        var lint = await RunAsync("lint", Main);
        Assert.True(lint.Code == 0 && lint.Err.Trim().Length == 0 && lint.Out.Trim().Length == 0, $"bicep lint: {lint.Out}{lint.Err}");
        var build = await RunAsync("build", Main, "--stdout");
        Assert.True(build.Code == 0 && build.Err.Trim().Length == 0, $"bicep build: {build.Err}");

        var template = JsonNode.Parse(build.Out)!.AsObject();
        var resources = (template["resources"] is JsonArray list ? list : template["resources"]!.AsObject().Select(r => r.Value)).Select(r => r!.AsObject()).ToList();
        JsonObject Of(string type) => resources.Single(r => (string?)r["type"] == type);

        // Canada by default, with the other Canadian region allowed.
        Assert.Equal("canadacentral", (string?)template["parameters"]!["location"]!["defaultValue"]);
        Assert.Equal(["canadacentral", "canadaeast"], template["parameters"]!["location"]!["allowedValues"]!.AsArray().Select(v => (string)v!));
        // Cosmos DB: serverless by default, keys off, every container the bot uses partitioned by /pk.
        var cosmos = Of("Microsoft.DocumentDB/databaseAccounts");
        Assert.Contains("EnableServerless", cosmos["properties"]!["capabilities"]!.ToJsonString());
        Assert.True((bool)cosmos["properties"]!["disableLocalAuth"]!);
        Assert.Equal(ContainerNames.All.Order(), template["variables"]!["containers"]!.AsArray().Select(c => (string)c!).Order());
        Assert.Equal("/pk", (string?)Of("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers")["properties"]!["resource"]!["partitionKey"]!["paths"]![0]);
        // The managed identity holds the data-plane role (Built-in Data Contributor), and is the bot's own identity.
        Assert.Contains("variables('cosmosDataContributor')", Of("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments")["properties"]!["roleDefinitionId"]!.ToString());
        Assert.Equal("00000000-0000-0000-0000-000000000002", (string?)template["variables"]!["cosmosDataContributor"]);
        var bot = Of("Microsoft.BotService/botServices");
        Assert.Equal("UserAssignedMSI", (string?)bot["properties"]!["msaAppType"]);
        Assert.Equal("MsTeamsChannel", (string?)Of("Microsoft.BotService/botServices/channels")["properties"]!["channelName"]);
        // The App Service runs .NET 10 on Linux, with the settings the bot reads and no secret among them.
        var site = Of("Microsoft.Web/sites");
        Assert.Equal("DOTNETCORE|10.0", (string?)site["properties"]!["siteConfig"]!["linuxFxVersion"]);
        // An ARM expression (the settings are concatenated with the staff list): each name is a quoted literal in it.
        var settings = (string)site["properties"]!["siteConfig"]!["appSettings"]!;
        foreach (var name in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "AZURE_CLIENT_ID", "Cosmos__Endpoint", "Cosmos__Database", "Smq__PublicUrl", "APPLICATIONINSIGHTS_CONNECTION_STRING" })
            Assert.Contains($"'{name}'", settings);
        Assert.DoesNotContain("listKeys", build.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("MicrosoftAppPassword", settings);
        // Application Insights over a Log Analytics workspace.
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string)Of("Microsoft.Insights/components")["properties"]!["WorkspaceResourceId"]!);
    }
}
