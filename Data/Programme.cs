namespace SmqBot.Data;

/// <summary>Facts of the programme that every feature shares: its time zone and its fiscal year (April 1 to March 31).</summary>
public static class Programme
{
    public const string TimeZoneId = "America/Toronto";

    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>Today's date in the programme's time zone.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZone).DateTime);

    /// <summary>The fiscal year a date falls in, as SMQ writes it: "2026-2027" for 2026-04-01 to 2027-03-31.</summary>
    public static string FiscalYear(DateOnly date) => date.Month >= 4 ? $"{date.Year}-{date.Year + 1}" : $"{date.Year - 1}-{date.Year}";
}
