using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Cards.Outbox;
using SmqBot.Data.Outbox;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Outbox;

/// <summary>`envois` / `deliveries` (staff): the recent send-outs, or one by name, with sent / pending / failed and reasons.</summary>
public sealed class DeliveriesFeature(OutboxStore store) : IFeature
{
    public static readonly CommandInfo DeliveriesCommand = new("deliveries", ["envois", "deliveries"], t => t.Deliveries.DeliveriesCommand, [Role.Staff], InManifest: false) { Order = 120 };

    private const int Recent = 5;

    public IEnumerable<(CommandInfo, Handler)> Commands => [(DeliveriesCommand, Show)];
    public IEnumerable<VerbRoute> Verbs => [ActionRoute.For<Cards.Outbox.ShowDeliveries>([Role.Staff], (r, show, ct) => Show(r, show.Broadcast, ct))];

    private Task<Reply> Show(Request request, CancellationToken ct) =>
        Show(request, request.Arguments.Trim() is { Length: > 0 } typed ? typed : null, ct);

    /// <summary>The send-out named <paramref name="named"/> (typed after the command, or a card's button), or the recent ones.</summary>
    private async Task<Reply> Show(Request request, string? named, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (named is not null)
        {
            if (named.Length > Cards.Outbox.ShowDeliveries.MaxName) return Reply.Refuse(texts, texts.Common.UnknownAction);
            var summary = await store.SummaryAsync(named, ct);
            return summary.Sent + summary.Pending + summary.Failed == 0
                ? Reply.Refuse(texts, texts.Deliveries.UnknownBroadcast(named.Length > 40 ? named[..40] + "…" : named))
                : DeliveriesCard.Build([summary], texts, details: true);
        }
        var summaries = new List<BroadcastSummary>();
        foreach (var broadcast in await store.RecentBroadcastsAsync(Recent, ct)) summaries.Add(await store.SummaryAsync(broadcast, ct));
        return DeliveriesCard.Build(summaries, texts);
    }
}
