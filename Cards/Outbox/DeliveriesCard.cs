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
        Card(texts, texts.Deliveries.DeliveriesTitle,
            broadcasts.Count == 0
                ? [Title(texts.Deliveries.DeliveriesTitle), Paragraph(texts.Deliveries.NoDeliveries)]
                : [Title(texts.Deliveries.DeliveriesTitle), .. broadcasts.Select(b => Broadcast(b, texts, details: broadcasts.Count > 1))],
            [Actions.Execute(texts.Common.Refresh, new ShowDeliveries(broadcasts.Count == 1 ? broadcasts[0].Broadcast : null))]);

    private const int NamesShown = 12;

    /// <summary>A send-out is shown by what it is about and who it went to, never by its internal key.</summary>
    private static Container Broadcast(BroadcastSummary summary, Texts texts, bool details) => new(
    [
        Heading(summary.Subject ?? texts.Deliveries.UnnamedSendOut),
        .. summary.Recipients is { Count: > 0 } recipients
            ? [Note(texts.Deliveries.SentTo(string.Join(", ", recipients.Take(NamesShown).Select(r => r.Status == DeliveryStatus.Failed ? texts.Deliveries.FailedFor(r.Name) : r.Name))
                + (recipients.Count > NamesShown ? $" (+{recipients.Count - NamesShown})" : "")))]
            : Array.Empty<Element>(),
        new ColumnSet(
        [
            Count(texts.Deliveries.SentLabel, summary.Sent),
            Count(texts.Deliveries.PendingLabel, summary.Pending),
            Count(texts.Deliveries.FailedLabel, summary.Failed),
        ]),
        .. summary.FailureReasons.Count == 0
            ? Array.Empty<Element>()
            : [
                Note(texts.Deliveries.FailureReasons),
                new FactSet([.. summary.FailureReasons.Take(ReasonsShown).Select(r => new Fact(r.Count.ToString(texts.Culture), r.Reason))]),
            ],
        .. details ? [new ActionSet([Actions.Execute(texts.Deliveries.Details, new ShowDeliveries(summary.Broadcast))])] : Array.Empty<Element>(),
    ]) { Separator = true };

    private static Column Count(string label, int count) => new(
    [
        new TextBlock(count.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder },
        new TextBlock(label) { IsSubtle = true, Spacing = Spacing.None },
    ]) { Width = "stretch" };
}
