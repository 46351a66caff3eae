using SmqBot.Cards.Common;
using SmqBot.Cards.Model;

namespace SmqBot.Bot.Features.Routing;

/// <summary>
/// What a handler answers: always a card to show, and what the card means for the router. A refusal changed nothing;
/// only a <see cref="Done"/> answer to a confirmed destructive action is headed by what was done ("Entrée supprimée.").
/// A card converts to <see cref="Shown"/>, so a handler that answers with a card writes just the card.
/// </summary>
public abstract record Reply(AdaptiveCard Card)
{
    /// <summary>A card to look at or fill: nothing was asked to change, or what changed needs no heading.</summary>
    public sealed record Shown(AdaptiveCard Card) : Reply(Card);

    /// <summary>What was asked was not done (not allowed, not found, not valid): nothing changed.</summary>
    public sealed record Refused(AdaptiveCard Card) : Reply(Card);

    /// <summary>What was asked was done; the card shows the result.</summary>
    public sealed record Done(AdaptiveCard Card) : Reply(Card);

    /// <summary>The same card, saying that what was asked was done.</summary>
    public Done AsDone() => new(Card);

    /// <summary>The same card, saying that what was asked was not done (a form shown again with its messages).</summary>
    public Refused AsRefused() => new(Card);

    public static implicit operator Reply(AdaptiveCard card) => new Shown(card);

    /// <summary>The refusal card: <paramref name="message"/>, then <paramref name="details"/>, and the way to the help.</summary>
    public static Refused Refuse(Texts texts, string message, params string[] details) => new(ErrorCard.Build(texts, message, details));

    /// <summary>The outcome's name in telemetry.</summary>
    public string Outcome => this switch { Refused => "refused", Done => "done", _ => "shown" };
}
