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

    /// <summary>
    /// The recent send-outs, each with its counts and a way to its details; or one send-out's details (when it is the
    /// one asked for, <paramref name="details"/>): each different message it holds with how many, everyone it went to, and the way back.
    /// </summary>
    public static AdaptiveCard Build(IReadOnlyList<BroadcastSummary> broadcasts, Texts texts, bool details = false)
    {
        return Card(texts, texts.Deliveries.DeliveriesTitle,
            broadcasts.Count == 0
                ? [Title(texts.Deliveries.DeliveriesTitle), Paragraph(texts.Deliveries.NoDeliveries)]
                : [Title(texts.Deliveries.DeliveriesTitle), .. broadcasts.Select(b => Broadcast(b, texts, details))],
            [
                Actions.Execute(texts.Common.Refresh, new ShowDeliveries(details ? broadcasts[0].Broadcast : null)),
                .. details ? [Actions.Execute(texts.Deliveries.AllSendOuts, new ShowDeliveries(null))] : Array.Empty<CardAction>(),
            ]);
    }

    private const int NamesShown = 12;
    private const int NamesShownInDetails = 100;

    /// <summary>What a send-out is called: its message's subject, or its first one's and how many others it holds.</summary>
    private static string Name(BroadcastSummary summary, Texts texts) =>
        summary.Subject is not { } first ? texts.Deliveries.UnnamedSendOut
        : summary.Messages is { Count: > 1 } messages ? texts.Deliveries.AndOthers(first, messages.Count - 1)
        : first;

    /// <summary>A send-out is shown by what it is about and who it went to, never by its internal key.</summary>
    private static Container Broadcast(BroadcastSummary summary, Texts texts, bool details)
    {
        var shown = details ? NamesShownInDetails : NamesShown;
        // Each person once (a send-out may hold several messages for one), marked when any of theirs failed.
        var people = (summary.Recipients ?? []).GroupBy(r => r.Name)
            .Select(g => g.Any(r => r.Status == DeliveryStatus.Failed) ? texts.Deliveries.FailedFor(g.Key) : g.Key).ToList();
        return new(
        [
            Heading(details ? summary.Subject ?? texts.Deliveries.UnnamedSendOut : Name(summary, texts)),
            .. people.Count > 0
                ? [Note(texts.Deliveries.SentTo(string.Join(", ", people.Take(shown)) + (people.Count > shown ? $" (+{people.Count - shown})" : "")))]
                : Array.Empty<Element>(),
            new ColumnSet(
            [
                Count(texts.Deliveries.SentLabel, summary.Sent),
                Count(texts.Deliveries.PendingLabel, summary.Pending),
                Count(texts.Deliveries.FailedLabel, summary.Failed),
            ]),
            .. details && summary.Messages is { Count: > 0 } messages
                ? [Note(texts.Deliveries.MessagesHeading), new FactSet([.. messages.Select(m => new Fact(m.Count.ToString(texts.Culture), m.Subject))])]
                : Array.Empty<Element>(),
            .. summary.FailureReasons.Count == 0
                ? Array.Empty<Element>()
                : [
                    Note(texts.Deliveries.FailureReasons),
                    new FactSet([.. summary.FailureReasons.Take(ReasonsShown).Select(r => new Fact(r.Count.ToString(texts.Culture), texts.Deliveries.Reason(r.Reason)))]),
                ],
            .. details ? Array.Empty<Element>() : [new ActionSet([Actions.Execute(texts.Deliveries.Details, new ShowDeliveries(summary.Broadcast))])],
        ]) { Separator = true };
    }

    private static Column Count(string label, int count) => new(
    [
        new TextBlock(count.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder },
        new TextBlock(label) { IsSubtle = true, Spacing = Spacing.None },
    ]) { Width = "stretch" };
}
