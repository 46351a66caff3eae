using Humanizer;

namespace SmqBot.Cards.Common;

/// <summary>Dates and durations read naturally in the reader's language ("il y a 3 jours", "3 days ago").</summary>
public static class Humanize
{
    /// <summary>A duration of work as people write it: "12 h 30", "15 h", "45 min" (English: "12 h 30 min").</summary>
    public static string Hours(this Texts texts, int minutes)
    {
        var (h, m) = (minutes / 60, minutes % 60);
        var french = texts.Culture.TwoLetterISOLanguageName == "fr";
        return (h, m) switch
        {
            (0, _) => $"{m} min",
            (_, 0) => $"{h} h",
            _ => french ? $"{h} h {m:00}" : $"{h} h {m:00} min",
        };
    }

    /// <summary>
    /// An hour budget as SMQ phrases it: "12 h 30 sur 15 h — il reste 2 h 30"; an approved overrun reads as one:
    /// "18 h sur 15 h — 3 h au-delà du budget".
    /// </summary>
    public static string Budget(this Texts texts, int usedMinutes, int budgetMinutes) => usedMinutes > budgetMinutes
        ? texts.BudgetOverrun(texts.Hours(usedMinutes), texts.Hours(budgetMinutes), texts.Hours(usedMinutes - budgetMinutes))
        : texts.BudgetLine(texts.Hours(usedMinutes), texts.Hours(budgetMinutes), texts.Hours(budgetMinutes - usedMinutes));

    public static string Ago(this Texts texts, DateTimeOffset when, DateTimeOffset now) =>
        when.Humanize(now, texts.Culture);
}
