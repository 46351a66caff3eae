using SmqBot.Data;
using SmqBot.Data.Meetings;

namespace SmqBot.Bot.Features.Meetings;

/// <summary>What to look for: a duration within working hours (Montréal time) on the working days of a window.</summary>
public sealed record SlotSearch(DateOnly From, DateOnly To, TimeOnly DayStart, TimeOnly DayEnd, int DurationMinutes, DateTimeOffset NotBefore);

/// <summary>When one person is busy, as their calendar says; null <see cref="Busy"/> when the calendar could not be read.</summary>
public sealed record Availability(string Email, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>? Busy);

/// <summary>
/// Candidate slots for a meeting: every half hour of the working hours of working days (not weekends, not Québec
/// statutory holidays), in America/Toronto, so a slot at 10:00 stays at 10:00 across a daylight-saving change. A slot
/// is better when more of the readable calendars are free; the chosen ones are spread over different days first.
/// </summary>
public static class SlotFinder
{
    public const int Step = 30;
    public const int MinSlots = 3;
    public const int MaxSlots = 5;

    public static IReadOnlyList<Slot> Find(SlotSearch search, IReadOnlyList<Availability> calendars)
    {
        var readable = calendars.Where(c => c.Busy is not null).ToList();
        var candidates = new List<Slot>();
        for (var day = search.From; day <= search.To; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || QuebecHolidays.IsHoliday(day)) continue;
            var lastStart = search.DayEnd.ToTimeSpan() - TimeSpan.FromMinutes(search.DurationMinutes);
            for (var at = search.DayStart.ToTimeSpan(); at <= lastStart; at += TimeSpan.FromMinutes(Step))
            {
                // The hour that does not exist when clocks go forward is skipped (Québec switches at 2:00, outside working hours anyway).
                if (Programme.TimeZone.IsInvalidTime(day.ToDateTime(TimeOnly.FromTimeSpan(at)))) continue;
                var start = Programme.Instant(day, TimeOnly.FromTimeSpan(at));
                var end = start.AddMinutes(search.DurationMinutes);
                if (start < search.NotBefore) continue;
                var free = readable.Count(c => !c.Busy!.Any(b => b.Start < end && start < b.End));
                candidates.Add(new Slot("", start, end, free));
            }
        }

        var best = candidates.OrderByDescending(c => c.FreeCalendars).ThenBy(c => c.Start).ToList();
        var chosen = new List<Slot>();
        // First one per day, the best of each; then, if too few days, more from the same days without overlaps.
        foreach (var slot in best)
        {
            if (chosen.Count == MaxSlots) break;
            if (chosen.All(c => DayOf(c) != DayOf(slot))) chosen.Add(slot);
        }
        foreach (var slot in best)
        {
            if (chosen.Count >= MinSlots) break;
            if (chosen.All(c => c.End <= slot.Start || slot.End <= c.Start)) chosen.Add(slot);
        }
        return [.. chosen.OrderBy(c => c.Start).Select((c, i) => c with { Id = $"s{i + 1}" })];
    }

    private static DateOnly DayOf(Slot slot) => Programme.DateOf(slot.Start);
}

/// <summary>
/// Québec's statutory holidays (Loi sur les normes du travail, art. 60 and the Loi sur la fête nationale): New Year's
/// Day, Good Friday and Easter Monday (employers choose one; neither is a day to meet), National Patriots' Day (the
/// Monday before May 25), the Fête nationale (June 24, or June 25 when the 24th is a Sunday), Canada Day (July 1, or
/// July 2 when the 1st is a Sunday), Labour Day, Thanksgiving and Christmas.
/// </summary>
public static class QuebecHolidays
{
    public static bool IsHoliday(DateOnly day) => Of(day.Year).Contains(day);

    public static IReadOnlySet<DateOnly> Of(int year)
    {
        var easter = EasterSunday(year);
        var may25 = new DateOnly(year, 5, 25);
        var patriots = may25.AddDays(-(((int)may25.DayOfWeek + 6) % 7 == 0 ? 7 : ((int)may25.DayOfWeek + 6) % 7));
        var june24 = new DateOnly(year, 6, 24);
        var july1 = new DateOnly(year, 7, 1);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),
            easter.AddDays(-2),
            easter.AddDays(1),
            patriots,
            june24.DayOfWeek == DayOfWeek.Sunday ? june24.AddDays(1) : june24,
            july1.DayOfWeek == DayOfWeek.Sunday ? july1.AddDays(1) : july1,
            Nth(year, 9, DayOfWeek.Monday, 1),
            Nth(year, 10, DayOfWeek.Monday, 2),
            new(year, 12, 25),
        };
    }

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    /// <summary>The anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
