namespace SmqBot.Cards.Common;

/// <summary>
/// A number and the noun it counts, agreeing, held together by a no-break space: in French 0 and 1 take the singular
/// ("0 bilan", "1 cible", "3 cibles"), in English only 1 does ("0 check-ins", "1 target"). The one way SmqBot's texts
/// put a number before a noun; Tests/tools/check-french.mjs finds a plural after 0 or 1 in any French card.
/// </summary>
public static class Count
{
    /// <param name="one">The singular, with whatever agrees with it ("document anonymisé").</param>
    /// <param name="many">The plural ("documents anonymisés").</param>
    public static string Fr(int n, string one, string many) => $"{n.ToString("N0", Humanize.FrenchCulture)}\u00A0{(n is >= 0 and <= 1 ? one : many)}";

    public static string En(int n, string one, string many) => $"{n.ToString("N0", Humanize.EnglishCulture)}\u00A0{(n == 1 ? one : many)}";
}
