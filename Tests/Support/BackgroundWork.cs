using System.Text.Json.Nodes;
using SmqBot.Bot.Features.CheckIns;
using SmqBot.Bot.Features.Meetings;
using SmqBot.Bot.Features.Outbox;

namespace SmqBot.Tests.Support;

/// <summary>
/// Background work driven by the test, on fake time: the scheduler and the outbox worker do not run by themselves;
/// <see cref="TickAsync"/> runs one pass of each scheduler and one outbox pass and returns what reached the connector.
/// </summary>
public static class BackgroundWork
{
    public static Dictionary<string, string?> DrivenByTheTest() => new()
    {
        ["Outbox:Enabled"] = "false",
        ["CheckIns:SchedulerEnabled"] = "false",
        ["Meetings:SchedulerEnabled"] = "false",
        ["Activities:SchedulerEnabled"] = "false",
        ["Reach:Enabled"] = "false",
        ["Privacy:RetentionEnabled"] = "false",
        ["Outbox:TenantRequestsPerSecond"] = "1000000", // on fake time the pacer must never need to wait
    };

    public static async Task<IReadOnlyList<FakeConnector.Delivery>> TickAsync(this BotApp bot, params CheckInScheduler[] schedulers)
    {
        var before = bot.Connector.DeliveryCount;
        await Task.WhenAll((schedulers.Length > 0 ? schedulers : [bot.Service<CheckInScheduler>()]).Select(s => s.RunOnceAsync(CancellationToken.None)));
        await bot.Service<MeetingScheduler>().RunOnceAsync(CancellationToken.None);
        await bot.Service<SmqBot.Bot.Features.Activities.ActivityScheduler>().RunOnceAsync(CancellationToken.None);
        await bot.Service<SmqBot.Bot.Features.Enrolment.ReachWorker>().RunOnceAsync(CancellationToken.None);
        await bot.Service<OutboxWorker>().RunOnceAsync(CancellationToken.None);
        return [.. bot.Connector.Deliveries.Skip(before)];
    }

    /// <summary>The card a delivery carried, archived for the card validators.</summary>
    public static JsonObject Card(this FakeConnector.Delivery delivery, string origin) =>
        CardReader.Archive(delivery.Activity["attachments"]![0]!["content"]!.AsObject(), origin);
}
