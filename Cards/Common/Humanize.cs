using System.Globalization;
using Humanizer;

namespace SmqBot.Cards.Common;

/// <summary>Dates and durations read naturally in the reader's language ("il y a 3 jours", "3 days ago").</summary>
public static partial class Humanize
{
    // French as Quebec writes it (OQLF): a non-breaking space between a number and its unit or its month, "1er" for
    // the first of the month. English keeps its own order ("December 1, 2026") and the same unbreakable durations.
    private const char Nbsp = '\u00A0';

    public static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-CA");
    public static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-US");

    private static bool IsFrench(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";

    /// <summary>A duration of work as people write it: "12 h 30", "15 h", "45 min" (English: "12 h 30 min").</summary>
    public static string Hours(this Texts texts, int minutes)
    {
        var (h, m) = (minutes / 60, minutes % 60);
        return (h, m) switch
        {
            (0, _) => $"{m}{Nbsp}min",
            (_, 0) => $"{h}{Nbsp}h",
            _ => IsFrench(texts.Culture) ? $"{h}{Nbsp}h{Nbsp}{m:00}" : $"{h}{Nbsp}h{Nbsp}{m:00}{Nbsp}min",
        };
    }

    /// <summary>"1er décembre 2026", "December 1, 2026".</summary>
    public static string Date(this Texts texts, DateOnly day) => Date(texts.Culture, day);

    public static string Date(this Texts texts, DateTime day) => Date(texts.Culture, DateOnly.FromDateTime(day));

    public static string Date(CultureInfo culture, DateOnly day) => IsFrench(culture)
        ? $"{DayOfMonth(day)}{Nbsp}{day.ToString("MMMM yyyy", culture)}"
        : day.ToString("MMMM d, yyyy", culture);

    /// <summary>"mardi 1er décembre 2026", "Tuesday, December 1, 2026".</summary>
    public static string LongDate(CultureInfo culture, DateOnly day) => IsFrench(culture)
        ? $"{day.ToString("dddd", culture)} {Date(culture, day)}"
        : day.ToString("dddd, MMMM d, yyyy", culture);

    /// <summary>"1er décembre", "December 1".</summary>
    public static string DayMonth(this Texts texts, DateOnly day) => IsFrench(texts.Culture)
        ? $"{DayOfMonth(day)}{Nbsp}{day.ToString("MMMM", texts.Culture)}"
        : day.ToString("MMMM d", texts.Culture);

    /// <summary>For tables and buttons: "1er déc." or "1er déc. 2026", "Dec 1" or "Dec 1, 2026".</summary>
    public static string ShortDate(this Texts texts, DateOnly day, bool withYear = false) => IsFrench(texts.Culture)
        ? $"{DayOfMonth(day)}{Nbsp}{day.ToString(withYear ? "MMM yyyy" : "MMM", texts.Culture)}"
        : day.ToString(withYear ? "MMM d, yyyy" : "MMM d", texts.Culture);

    /// <summary>A moment in the programme's time zone: its date and hour ("5 décembre 2026, 14 h 30").</summary>
    public static string DateTime(this Texts texts, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Data.Programme.TimeZone);
        return $"{Date(texts.Culture, DateOnly.FromDateTime(local.DateTime))}, {Clock(texts.Culture, local.DateTime)}";
    }

    /// <summary>"décembre 2026", "December 2026".</summary>
    public static string Month(this Texts texts, DateOnly day) => day.ToString("MMMM yyyy", texts.Culture);

    /// <summary>A time of day: "9 h 00", "9:00 AM".</summary>
    public static string Clock(CultureInfo culture, DateTime at) => IsFrench(culture)
        ? $"{at.Hour}{Nbsp}h{Nbsp}{at.Minute:00}"
        : at.ToString("h:mm tt", culture);

    /// <summary>"80 %" (French spaces the sign), "80%".</summary>
    public static string Percent(this Texts texts, double value) =>
        IsFrench(texts.Culture) ? $"{Math.Round(value)}{Nbsp}%" : $"{Math.Round(value)}%";

    private static string DayOfMonth(DateOnly day) => day.Day == 1 ? "1er" : day.Day.ToString(CultureInfo.InvariantCulture);

    /// <summary>A course's title in the reader's language: a cohort's subject as written, "Accompagnement : Musée…" for an accompaniment.</summary>
    public static string Course(this Texts texts, Data.Cohorts.Participation p) =>
        p.Kind == Data.Cohorts.CourseKind.Accompaniment ? texts.Coaching.AccompanimentTitle(p.CourseTitle) : p.CourseTitle;

    /// <summary>
    /// An hour budget as SMQ phrases it: "12 h 30 sur 15 h — il reste 2 h 30"; an approved overrun reads as one:
    /// "18 h sur 15 h — 3 h au-delà du budget".
    /// </summary>
    public static string Budget(this Texts texts, int usedMinutes, int budgetMinutes) => usedMinutes > budgetMinutes
        ? texts.Coaching.BudgetOverrun(texts.Hours(usedMinutes), texts.Hours(budgetMinutes), texts.Hours(usedMinutes - budgetMinutes))
        : texts.Coaching.BudgetLine(texts.Hours(usedMinutes), texts.Hours(budgetMinutes), texts.Hours(budgetMinutes - usedMinutes));

    /// <summary>"il y a 3 jours", "dans 5 jours" (the number held to its unit), "3 days ago".</summary>
    public static string Ago(this Texts texts, DateTimeOffset when, DateTimeOffset now) =>
        DigitThenSpace().Replace(when.Humanize(now, texts.Culture), $"$1{Nbsp}");

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d) ")]
    private static partial System.Text.RegularExpressions.Regex DigitThenSpace();
}

/// <summary>
/// The article a French sentence needs before an institution's name: "Vous accompagnez le Musée régional de Rimouski",
/// "l’accompagnement du Musée…", "de la Maison…", "de l’Écomusée…", "des Archives…"; a name that is a proper noun
/// ("Pointe-à-Callière") takes none, and a name that starts with its own article ("La Pulperie") keeps it, contracted
/// where French contracts it ("de La Pulperie" → "de la Pulperie", "de Le Centre" → "du Centre").
/// </summary>
public static class FrenchArticle
{
    private enum Kind { None, Masculine, Feminine, Elided, Plural }

    // The common nouns museum names start with, and the article each takes.
    private static readonly Dictionary<string, Kind> Nouns = new[]
    {
        (Kind.Masculine, "Musée Centre Château Site Jardin Village Moulin Manoir Monastère Biodôme Lieu Pavillon"),
        (Kind.Feminine, "Maison Société Galerie Fondation Corporation Cité Pulperie Vieille"),
        (Kind.Elided, "Économusée Écomusée Insectarium Institut Espace Île Observatoire"),
        (Kind.Plural, "Archives Jardins Forges Musées"),
    }.SelectMany(k => k.Item2.Split(' ').Select(noun => (Noun: noun, Kind: k.Item1))).ToDictionary(n => n.Noun, n => n.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>"le Musée…", "la Maison…", "l’Écomusée…", "les Archives…", or the name alone.</summary>
    public static string The(string name) => Split(name) switch
    {
        (Kind.Masculine, var rest) => $"le {rest}",
        (Kind.Feminine, var rest) => $"la {rest}",
        (Kind.Elided, var rest) => $"l’{rest}",
        (Kind.Plural, var rest) => $"les {rest}",
        (_, var rest) => rest,
    };

    /// <summary>"du Musée…", "de la Maison…", "de l’Écomusée…", "des Archives…", "de Pointe-à-Callière", "d’Exporail".</summary>
    public static string Of(string name) => Split(name) switch
    {
        (Kind.Masculine, var rest) => $"du {rest}",
        (Kind.Feminine, var rest) => $"de la {rest}",
        (Kind.Elided, var rest) => $"de l’{rest}",
        (Kind.Plural, var rest) => $"des {rest}",
        (_, var rest) => StartsWithVowel(rest) ? $"d’{rest}" : $"de {rest}",
    };

    private static (Kind, string) Split(string name)
    {
        var trimmed = name.Trim();
        foreach (var (article, kind) in new[] { ("Le ", Kind.Masculine), ("La ", Kind.Feminine), ("Les ", Kind.Plural), ("L’", Kind.Elided), ("L'", Kind.Elided) })
            if (trimmed.StartsWith(article, StringComparison.OrdinalIgnoreCase) && trimmed.Length > article.Length)
                return (kind, trimmed[article.Length..]);
        var first = trimmed.Split([' ', '-'], 2)[0];
        return Nouns.TryGetValue(first, out var noun) ? (noun, trimmed) : (Kind.None, trimmed);
    }

    private static bool StartsWithVowel(string word) =>
        word.Length > 0 && "AÂÀEÉÈÊËIÎÏOÔUÙÛÜY".Contains(char.ToUpperInvariant(word[0]), StringComparison.Ordinal);
}
