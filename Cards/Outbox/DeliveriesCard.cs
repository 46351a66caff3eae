using System.Text.Json.Nodes;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Outbox;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Outbox;

/// <summary>For staff: how each recent send-out (broadcast) is doing, and why messages failed.</summary>
public static class DeliveriesCard
{
    private const int ReasonsShown = 5;

    public static AdaptiveCard Build(IReadOnlyList<BroadcastSummary> broadcasts, Texts texts) =>
        Card(texts, texts.DeliveriesTitle,
            broadcasts.Count == 0
                ? [Title(texts.DeliveriesTitle), Paragraph(texts.NoDeliveries)]
                : [Title(texts.DeliveriesTitle), .. broadcasts.Select(b => Broadcast(b, texts))],
            [Actions.Execute(texts.Refresh, DeliveryVerbs.Deliveries, broadcasts.Count == 1 ? new JsonObject { ["broadcast"] = broadcasts[0].Broadcast } : null)]);

    private static Container Broadcast(BroadcastSummary summary, Texts texts) => new(
    [
        Heading(summary.Broadcast),
        new ColumnSet(
        [
            Count(texts.SentLabel, summary.Sent, TextColor.Good),
            Count(texts.PendingLabel, summary.Pending, TextColor.Default),
            Count(texts.FailedLabel, summary.Failed, summary.Failed > 0 ? TextColor.Attention : TextColor.Default),
        ]),
        .. summary.FailureReasons.Count == 0
            ? Array.Empty<Element>()
            : [
                Note(texts.FailureReasons),
                new FactSet([.. summary.FailureReasons.Take(ReasonsShown).Select(r => new Fact(r.Count.ToString(texts.Culture), r.Reason))]),
            ],
    ]) { Separator = true };

    private static Column Count(string label, int count, TextColor color) => new(
    [
        new TextBlock(count.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = color },
        new TextBlock(label) { IsSubtle = true, Spacing = Spacing.None },
    ]) { Width = "stretch" };
}
