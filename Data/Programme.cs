namespace SmqBot.Data;

/// <summary>Facts of the programme that every feature shares: its time zone and its fiscal year (April 1 to March 31).</summary>
public static class Programme
{
    public const string TimeZoneId = "America/Toronto";

    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>Today's date in the programme's time zone.</summary>
    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The date an instant falls on in Montréal.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>
    /// The instant a Montréal date and time stand for, with Montréal's offset then. A time that does not exist (the hour
    /// skipped when clocks go forward) is the caller's to refuse first, with <c>TimeZone.IsInvalidTime</c>.
    /// </summary>
    public static DateTimeOffset Instant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>The fiscal year a date falls in, as SMQ writes it: "2026-2027" for 2026-04-01 to 2027-03-31.</summary>
    public static string FiscalYear(DateOnly date) => date.Month >= 4 ? $"{date.Year}-{date.Year + 1}" : $"{date.Year - 1}-{date.Year}";

    /// <summary>The first and last days of a fiscal year written "2026-2027"; null for anything else.</summary>
    public static (DateOnly First, DateOnly Last)? FiscalYearDates(string? fiscalYear)
    {
        var parts = fiscalYear?.Split('-');
        if (parts is not { Length: 2 } || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var second)
            || second != first + 1 || first is < 2000 or > 2100)
            return null;
        return (new DateOnly(first, 4, 1), new DateOnly(second, 3, 31));
    }
}
