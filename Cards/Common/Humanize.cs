using Humanizer;

namespace SmqBot.Cards.Common;

/// <summary>Dates and durations read naturally in the reader's language ("il y a 3 jours", "3 days ago").</summary>
public static class Humanize
{
    public static string Ago(this Texts texts, DateTimeOffset when, DateTimeOffset now) =>
        when.Humanize(now, texts.Culture);
}
