using Humanizer;
using Humanizer.Localisation;

namespace SmqBot.Cards.Common;

/// <summary>Dates and durations read naturally in the reader's language ("il y a 3 semaines", "3 weeks ago").</summary>
public static class Humanize
{
    public static string Ago(this Texts texts, DateTimeOffset when, DateTimeOffset now) =>
        when.Humanize(now, texts.Culture);

    public static string Duration(this Texts texts, TimeSpan span) =>
        span.Humanize(precision: 1, culture: texts.Culture, maxUnit: TimeUnit.Year, minUnit: TimeUnit.Minute);
}
