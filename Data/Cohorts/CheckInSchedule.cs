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
    public static IEnumerable<Round> Rounds(Cohort cohort)
    {
        var cadence = cohort.Cadence;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(cadence.TimeZone);
        var first = cohort.Start;
        while (first.DayOfWeek != cadence.Day) first = first.AddDays(1);
        for (var number = 0; ; number++)
        {
            var date = first.AddDays(7 * cadence.EveryWeeks * number);
            if (date > cohort.End) yield break;
            var local = date.ToDateTime(cadence.At, DateTimeKind.Unspecified);
            // A time that does not exist that day (inside the spring-forward gap) is taken as the hour after.
            if (zone.IsInvalidTime(local)) local = local.AddHours(1);
            yield return new Round(number, new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero));
        }
    }

    /// <summary>The latest round that has gone out by <paramref name="now"/>; null before the first round.</summary>
    public static Round? Latest(Cohort cohort, DateTimeOffset now) => Rounds(cohort).TakeWhile(r => r.At <= now).LastOrDefault();
}
