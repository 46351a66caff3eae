using System.Text.Json.Nodes;

namespace SmqBot.Tests.Support;

/// <summary>Activities shaped like the ones Teams sends (ids, channelData, conversation types), as JSON.</summary>
public static class Activities
{
    public const string BotId = "28:smqbot";
    public const string TenantId = "tenant-smq";

    public static JsonObject Message(string serviceUrl, TestUser user, string text, string locale = "fr-CA") =>
        Personal("message", serviceUrl, user, locale, new JsonObject { ["text"] = text, ["textFormat"] = "plain" });

    /// <summary>What an Action.Submit sends: a message with the card's data as value.</summary>
    public static JsonObject Submit(string serviceUrl, TestUser user, JsonObject value, string locale = "fr-CA") =>
        Personal("message", serviceUrl, user, locale, new JsonObject { ["value"] = value });

    public static JsonObject PersonalInstall(string serviceUrl, TestUser user, string locale = "fr-CA") =>
        Personal("installationUpdate", serviceUrl, user, locale, new JsonObject { ["action"] = "add" });

    public static JsonObject PersonalUninstall(string serviceUrl, TestUser user, string locale = "fr-CA") =>
        Personal("installationUpdate", serviceUrl, user, locale, new JsonObject { ["action"] = "remove" });

    /// <summary>An Action.Execute, as Teams sends it: an <c>adaptiveCard/action</c> invoke.</summary>
    public static JsonObject Execute(string serviceUrl, TestUser user, string verb, JsonObject? data = null, string locale = "fr-CA") =>
        Personal("invoke", serviceUrl, user, locale, new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data?.DeepClone() ?? new JsonObject() },
                ["trigger"] = "manual",
            },
        });

    /// <summary>The conversationUpdate Teams sends to the General channel when the app is added to a team.</summary>
    public static JsonObject TeamInstall(string serviceUrl, TestUser user, string teamId, string teamName, string locale = "fr-CA") => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["locale"] = locale,
        ["from"] = new JsonObject { ["id"] = user.TeamsId, ["aadObjectId"] = user.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "SmqBot" },
        ["conversation"] = new JsonObject { ["id"] = teamId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = TenantId },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["channelData"] = new JsonObject
        {
            ["eventType"] = "teamMemberAdded",
            ["team"] = new JsonObject { ["id"] = teamId, ["name"] = teamName },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        },
    };

    public static string PersonalConversationId(TestUser user) => $"a:personal-{user.AadObjectId}";

    private static JsonObject Personal(string type, string serviceUrl, TestUser user, string locale, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["locale"] = locale,
            ["from"] = new JsonObject { ["id"] = user.TeamsId, ["aadObjectId"] = user.AadObjectId, ["name"] = user.Name },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "SmqBot" },
            ["conversation"] = new JsonObject { ["id"] = PersonalConversationId(user), ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        };
        foreach (var (key, value) in extra) activity[key] = value?.DeepClone();
        return activity;
    }
}
