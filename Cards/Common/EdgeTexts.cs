using SmqBot.Cards.Model;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Common;

/// <summary>What the edge answers without reading the store: a caller over their budget, someone from another organisation.</summary>
public sealed record EdgeTexts
{
    public required string BusyTitle { get; init; }
    public required string Busy { get; init; }
    public required string ExpensiveBusy { get; init; }
    public required string OtherOrganisation { get; init; }

    public static readonly EdgeTexts French = new()
    {
        BusyTitle = "Un instant",
        Busy = "Vous m’avez envoyé beaucoup de demandes en peu de temps. Réessayez dans une minute.",
        ExpensiveBusy = "Cette demande prend du temps à préparer et vous l’avez faite plusieurs fois cette minute. Réessayez dans une minute.",
        OtherOrganisation = "SmqBot sert le programme de développement professionnel de la Société des musées du Québec ; votre organisation n’y a pas accès.",
    };

    public static readonly EdgeTexts English = new()
    {
        BusyTitle = "One moment",
        Busy = "You have sent me many requests in a short time. Please try again in a minute.",
        ExpensiveBusy = "This request takes time to prepare and you have made it several times this minute. Please try again in a minute.",
        OtherOrganisation = "SmqBot serves the professional-development program of the Société des musées du Québec; your organization does not have access to it.",
    };
}

/// <summary>The card a caller over their budget gets: made from the activity alone, it touches no store.</summary>
public static class BusyCard
{
    public static AdaptiveCard Build(Texts texts, bool expensive) =>
        Card(texts, texts.Edge.BusyTitle, [Title(texts.Edge.BusyTitle), Paragraph(expensive ? texts.Edge.ExpensiveBusy : texts.Edge.Busy)]);
}
