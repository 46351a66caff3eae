using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.EndToEnd;

/// <summary>
/// The playground configurations the README's first command uses (playground/*.yml): the Agents Playground accepts each
/// (its mock connector answers with the configured people and team; with a configuration it rejects it answers nothing),
/// each makes someone else the current user, and the staff member is the one the Development settings name as staff.
/// </summary>
public sealed partial class PlaygroundConfigurationTests
{
    private static string File(string role) => Path.Combine(Repo.Root, "playground", $"{role}.yml");

    [Theory]
    [InlineData("staff", "Thi-My Truong")]
    [InlineData("expert", "Marie-Ève Tremblay")]
    [InlineData("participant", "Luc Gagnon")]
    public async Task EachRolesConfigurationStartsThePlaygroundAsThatPerson(string role, string name)
    {
        await using var playground = await Playground.StartAsync("http://127.0.0.1:9/api/messages", Ports.Free(), File(role), conversationId: null);

        var (configured, aadObjectId) = CurrentUser(System.IO.File.ReadAllText(File(role)));
        Assert.Equal(name, configured);
        // Each person's own personal chat, as in Teams: what SmqBot sends one person never shows in another's playground.
        var me = Assert.Single(JsonNode.Parse(await playground.Http.GetStringAsync($"_connector/v3/conversations/smqbot-chat-{role}/members"))!.AsArray());
        Assert.Equal((name, aadObjectId), ((string?)me!["name"], (string?)me["objectId"]));
        var channels = JsonNode.Parse(await playground.Http.GetStringAsync("_connector/v3/teams/team-id/conversations"))!["conversations"]!.AsArray();
        Assert.Contains(channels, c => (string?)c!["name"] == "Appels de candidatures");
    }

    [Fact]
    public void TheStaffMemberOfThePlaygroundIsStaffInTheDevelopmentSettings()
    {
        var development = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Repo.Root, "Bot", "appsettings.Development.json")))!;
        var staff = development["Smq"]!["Staff"]!.AsArray().Select(s => (string)s!).ToList();

        Assert.Equal([CurrentUser(System.IO.File.ReadAllText(File("staff"))).AadObjectId], staff);
        Assert.DoesNotContain(CurrentUser(System.IO.File.ReadAllText(File("expert"))).AadObjectId, staff);
        Assert.DoesNotContain(CurrentUser(System.IO.File.ReadAllText(File("participant"))).AadObjectId, staff);
        Assert.Equal("fr", (string?)development["Smq"]!["DefaultLanguage"]);
    }

    private static (string Name, string AadObjectId) CurrentUser(string yaml)
    {
        var match = CurrentUserBlock().Match(yaml);
        Assert.True(match.Success, "no currentUser block");
        return (match.Groups["name"].Value.Trim(), match.Groups["aad"].Value.Trim());
    }

    [GeneratedRegex(@"currentUser:\s*\n(?:\s+\w+:.*\n)*?\s+name:(?<name>.*)\n(?:\s+\w+:.*\n)*?\s+aadObjectId:(?<aad>.*)\n")]
    private static partial Regex CurrentUserBlock();
}
