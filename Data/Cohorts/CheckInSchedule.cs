namespace SmqBot.Data.Cohorts;

/// <summary>A scheduled check-in round: its number (0 for the first) and the instant it goes out.</summary>
public sealed record Round(int Number, DateTimeOffset At);

/// <summary>
/// The cohort's check-in rounds: the first <see cref="Cadence.Day"/> on or after the start date, then every
/// <see cref="Cadence.EveryWeeks"/> weeks up to the end date, each at <see cref="Cadence.At"/> local time. Each date is
/// converted on its own, so a round after a daylight-saving switch still goes out at 9:00 local.
/// </summary>
public static class CheckInSchedule
{
    public static IEnumerable<Round> Rounds(Cohort cohort) => Rounds(cohort.Start, cohort.End, cohort.Cadence);

    public static IEnumerable<Round> Rounds(DateOnly start, DateOnly end, Cadence cadence)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(cadence.TimeZone);
        var first = start;
        while (first.DayOfWeek != cadence.Day) first = first.AddDays(1);
        for (var number = 0; ; number++)
        {
            var date = first.AddDays(7 * cadence.EveryWeeks * number);
            if (date > end) yield break;
            var local = date.ToDateTime(cadence.At, DateTimeKind.Unspecified);
            // A time that does not exist that day (inside the spring-forward gap) is taken as the hour after.
            if (zone.IsInvalidTime(local)) local = local.AddHours(1);
            yield return new Round(number, new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero));
        }
    }

    /// <summary>The latest round that has gone out by <paramref name="now"/>; null before the first round.</summary>
    public static Round? Latest(Cohort cohort, DateTimeOffset now) => Rounds(cohort).TakeWhile(r => r.At <= now).LastOrDefault();

    /// <summary>
    /// Whether a check-in may answer round <paramref name="number"/> of this participation's cohort at <paramref name="now"/>:
    /// only a round that has gone out (the current one or an earlier one). A round number from a card that was never sent
    /// (not yet due, or beyond the cohort's end) would otherwise count as answered, and the member never be prompted.
    /// </summary>
    public static bool HasGoneOut(Participation participation, int number, DateTimeOffset now) =>
        participation.Cadence is { } cadence && number >= 0
        && Rounds(participation.Start, participation.End, cadence).TakeWhile(r => r.At <= now).Any(r => r.Number == number);
}
