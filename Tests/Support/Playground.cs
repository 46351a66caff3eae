using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace SmqBot.Tests.Support;

/// <summary>
/// The Microsoft 365 Agents Playground (a Teams emulator) started with node against a running bot, without a browser.
/// Driven through its REST API the way its web client drives it; what it received from the bot is read from its
/// events recording (<c>--er</c>), the same traffic its UI shows.
/// </summary>
public sealed class Playground : IAsyncDisposable
{
    public const string PersonalChat = "personal-e2e";
    public const string CurrentUser = "user-id-0";
    /// <summary>The team in the playground's default configuration: its General channel has the team's id.</summary>
    public const string Team = "team-id";
    public const string AnnouncementsChannel = "channel-announcements-id";

    private readonly Process _node;
    private readonly string _workDir;
    private readonly string _recording;
    private readonly StringBuilder _output = new();

    /// <summary>This playground's user (the one it sends as) and their personal chat with the bot.</summary>
    public string User { get; private init; } = CurrentUser;
    public string Chat { get; private init; } = PersonalChat;

    private Playground(Process node, string workDir, string recording, int port)
    {
        (_node, _workDir, _recording) = (node, workDir, recording);
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        node.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        node.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
    }

    public HttpClient Http { get; }

    /// <summary>
    /// The playground as one of the people of the repository's <c>playground/{role}.yml</c> (as <c>npm run
    /// playground:{role}</c> starts it): that person, their own personal chat, the programme's team.
    /// </summary>
    public static async Task<Playground> StartAsAsync(string role, string botEndpoint, int port)
    {
        var config = Path.Combine(Repo.Root, "playground", $"{role}.yml");
        var yaml = File.ReadAllText(config);
        string After(string section) => System.Text.RegularExpressions.Regex.Match(yaml, $@"(?m)^{section}:\s*\n\s+id:\s*(\S+)").Groups[1].Value;
        var playground = await StartAsync(botEndpoint, port, config, conversationId: null);
        return new Playground(playground, After("currentUser"), After("personalChat"));
    }

    private Playground(Playground started, string user, string chat) : this(started._node, started._workDir, started._recording, started.Http.BaseAddress!.Port, started._output)
    {
        (User, Chat) = (user, chat);
    }

    private Playground(Process node, string workDir, string recording, int port, StringBuilder output)
    {
        (_node, _workDir, _recording, _output) = (node, workDir, recording, output);
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    /// <param name="config">A configuration file of the playground's (people, team, chats); its built-in one when null.</param>
    public static async Task<Playground> StartAsync(string botEndpoint, int port, string? config = null, string? conversationId = PersonalChat)
    {
        var workDir = Directory.CreateTempSubdirectory("smqbot-playground-").FullName;
        var recording = Path.Combine(workDir, "events.log");
        var start = new ProcessStartInfo("node",
            [Repo.NodeTool("@microsoft/m365agentsplayground/cli.js"), "-e", botEndpoint, "-c", "msteams", "-p", port.ToString(),
             .. conversationId is null ? Array.Empty<string>() : ["--conversation-id", conversationId], "--enable-events-recording", "--disable-telemetry"])
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["TEAMSAPPTESTER_BROWSER"] = "none", ["M365_AGENTS_PLAYGROUND_RECORDING_FILE"] = recording },
        };
        if (config is not null) start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = config;
        var playground = new Playground(Process.Start(start)!, workDir, recording, port);
        await playground.WaitUntilUpAsync();
        return playground;
    }

    private async Task WaitUntilUpAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_node.HasExited) throw new InvalidOperationException($"The playground exited: {Output}");
            try
            {
                if ((await Http.GetAsync("_debug/ping")).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or System.Net.Sockets.SocketException or IOException)
            {
                // Not listening yet (a socket that connects while node is still binding can fail outside HttpRequestException).
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The playground did not start: {Output}");
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>What the playground does when the user adds the app in personal scope (installationUpdate + conversationUpdate).</summary>
    public Task InstallAsync() => Ensure(Http.PostAsJsonAsync($"_debug/conversation/{Chat}/installation", new { }));

    /// <summary>What the playground does when the app is added to its team (installationUpdate + conversationUpdate in General).</summary>
    public Task InstallInTeamAsync() => Ensure(Http.PostAsJsonAsync($"_debug/conversation/{Team}/installation", new { }));

    public Task SendAsync(string text) =>
        Ensure(Http.PostAsJsonAsync($"_conversation/v1/conversations/{Chat}/messages", new { from = new { id = User }, text, textFormat = "plain" }));

    /// <summary>
    /// Presses an Action.Execute button on a message the bot sent, as <paramref name="user"/> (one of the playground's
    /// users) in <paramref name="conversation"/>; returns what the playground answered.
    /// </summary>
    public async Task<JsonObject> ExecuteAsync(string messageId, string verb, JsonObject? data = null, string? user = null, string? conversation = null)
    {
        (user, conversation) = (user ?? User, conversation ?? Chat);
        CardReader.People(CardReader.Typed(new JsonObject { ["value"] = data?.DeepClone() }));
        var response = await Ensure(Http.PostAsJsonAsync("_conversation/v1/invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data?.DeepClone() ?? new JsonObject() } },
            ["from"] = new JsonObject { ["id"] = user },
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["replyToId"] = messageId,
        }));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The recorded exchanges, in order: each has direction, activityName, request and response.</summary>
    public IReadOnlyList<JsonObject> Recorded()
    {
        if (!File.Exists(_recording)) return [];
        string text;
        using (var stream = new FileStream(_recording, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var reader = new StreamReader(stream)) text = reader.ReadToEnd();
        return [.. text.Split("\n---\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(chunk => { try { return JsonNode.Parse(chunk) as JsonObject; } catch (System.Text.Json.JsonException) { return null; } })
            .OfType<JsonObject>()
            .OrderBy(e => (long)e["timestamp"]!)];
    }

    /// <summary>Messages the bot sent to the playground's connector: (the id the connector gave it, the activity).</summary>
    public IReadOnlyList<(string Id, JsonObject Activity)> FromBot() =>
        [.. Recorded()
            .Where(e => ((string?)e["direction"])?.StartsWith("User Application", StringComparison.Ordinal) == true && (string?)e["activityName"] == "message")
            .Select(e => ((string)e["response"]!["body"]!["id"]!, e["request"]!["body"]!.AsObject()))];

    public async Task<IReadOnlyList<(string Id, JsonObject Activity)>> WaitForBotMessagesAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            var messages = FromBot();
            if (messages.Count >= count) return messages;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Expected {count} messages from the bot in the playground, got {FromBot().Count}. Playground output: {Output}");
    }

    private static async Task<HttpResponseMessage> Ensure(Task<HttpResponseMessage> call)
    {
        var response = await call;
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Playground answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_node.HasExited) _node.Kill(entireProcessTree: true);
        await _node.WaitForExitAsync();
        _node.Dispose();
        try { Directory.Delete(_workDir, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
