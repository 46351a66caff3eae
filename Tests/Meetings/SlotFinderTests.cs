using SmqBot.Bot.Features.Meetings;
using SmqBot.Data;

namespace SmqBot.Tests.Meetings;

/// <summary>Slot finding on its own: calendars, working hours, weekends, Québec holidays, daylight-saving changes.</summary>
public sealed class SlotFinderTests
{
    private static readonly DateTimeOffset LongAgo = DateTimeOffset.MinValue;

    private static DateTimeOffset Montreal(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0);
        return new DateTimeOffset(local, Programme.TimeZone.GetUtcOffset(local));
    }

    private static string Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Programme.TimeZone).ToString("ddd yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static SlotSearch Window(DateOnly from, DateOnly to, int minutes = 90, int dayStart = 9, int dayEnd = 17) =>
        new(from, to, new TimeOnly(dayStart, 0), new TimeOnly(dayEnd, 0), minutes, LongAgo);

    [Fact]
    public void TheBestSlotOfADayAvoidsEveryoneElsesBusyTimesEvenWhenTheyOverlap()
    {
        // Two people busy on Monday morning with overlapping blocks (9:00–10:30 and 10:00–12:15): the first time
        // all are free is 12:30 (half-hour steps). A third person's calendar could not be read: it counts for nothing.
        var calendars = new[]
        {
            new Availability("a@musees.example", [(Montreal(2026, 11, 30, 9), Montreal(2026, 11, 30, 10, 30))]),
            new Availability("b@musees.example", [(Montreal(2026, 11, 30, 10), Montreal(2026, 11, 30, 12, 15))]),
            new Availability("guest@ailleurs.example", null),
        };

        var slots = SlotFinder.Find(Window(new(2026, 11, 30), new(2026, 11, 30)), calendars);

        // One day gives at least three slots, without overlaps, all of them with both readable calendars free.
        Assert.Equal([("s1", "Mon 2026-11-30 12:30", "Mon 2026-11-30 14:00", 2), ("s2", "Mon 2026-11-30 14:00", "Mon 2026-11-30 15:30", 2), ("s3", "Mon 2026-11-30 15:30", "Mon 2026-11-30 17:00", 2)],
            slots.Select(s => (s.Id, Local(s.Start), Local(s.End), s.FreeCalendars)));
    }

    [Fact]
    public void WhenNobodyIsFreeTheSlotsWithTheMostFreeCalendarsWin()
    {
        // a is busy all day; b is busy until 15:00: from 15:00 one calendar of two is free, earlier none.
        var calendars = new[]
        {
            new Availability("a@musees.example", [(Montreal(2026, 11, 30, 8), Montreal(2026, 11, 30, 18))]),
            new Availability("b@musees.example", [(Montreal(2026, 11, 30, 8), Montreal(2026, 11, 30, 15))]),
        };

        var slots = SlotFinder.Find(Window(new(2026, 11, 30), new(2026, 11, 30), minutes: 60), calendars);

        // The two with one free calendar, then the earliest of the rest to make three.
        Assert.Equal([("Mon 2026-11-30 09:00", 0), ("Mon 2026-11-30 15:00", 1), ("Mon 2026-11-30 16:00", 1)], slots.Select(s => (Local(s.Start), s.FreeCalendars)));
    }

    [Fact]
    public void SlotsStayInsideWorkingHoursAndSkipWeekends()
    {
        var slots = SlotFinder.Find(Window(new(2026, 12, 4), new(2026, 12, 8), minutes: 120, dayStart: 13, dayEnd: 16), []);

        // Friday, then Monday and Tuesday: Saturday and Sunday are skipped; 13:00–15:00 is the first fit each day.
        Assert.Equal(["Fri 2026-12-04 13:00", "Mon 2026-12-07 13:00", "Tue 2026-12-08 13:00"], slots.Select(s => Local(s.Start)));
        Assert.All(slots, s => Assert.InRange(TimeZoneInfo.ConvertTime(s.End, Programme.TimeZone).TimeOfDay, TimeSpan.FromHours(15), TimeSpan.FromHours(16)));
        Assert.Empty(SlotFinder.Find(Window(new(2026, 12, 5), new(2026, 12, 6)), []));
        Assert.Empty(SlotFinder.Find(Window(new(2026, 12, 7), new(2026, 12, 7), minutes: 240, dayStart: 13, dayEnd: 16), []));
    }

    [Fact]
    public void QuebecStatutoryHolidaysAreNotMeetingDays()
    {
        var slots = SlotFinder.Find(Window(new(2026, 12, 24), new(2026, 12, 29)), []);
        Assert.Equal(["Thu 2026-12-24", "Mon 2026-12-28", "Tue 2026-12-29"], slots.Select(s => Local(s.Start)[..14]));   // not Christmas

        Assert.Equal(
            [new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 24), new(2027, 6, 24), new(2027, 7, 1), new(2027, 9, 6), new(2027, 10, 11), new(2027, 12, 25)],
            QuebecHolidays.Of(2027).Order());
        // Moved when they fall on a Sunday: the Fête nationale of 2029 and Canada Day of 2029.
        Assert.Contains(new DateOnly(2029, 6, 25), QuebecHolidays.Of(2029));
        Assert.Contains(new DateOnly(2029, 7, 2), QuebecHolidays.Of(2029));
        // National Patriots' Day is the Monday before May 25, even when May 25 is itself a Monday (2026).
        Assert.Contains(new DateOnly(2026, 5, 18), QuebecHolidays.Of(2026));
    }

    [Fact]
    public void TenOClockStaysTenOClockAcrossTheDaylightSavingChanges()
    {
        // Clocks go back on Sunday November 1, 2026 and forward on Sunday March 14, 2027 in Montréal.
        var autumn = SlotFinder.Find(Window(new(2026, 10, 30), new(2026, 11, 2), minutes: 60, dayStart: 10, dayEnd: 11), []);
        Assert.Equal([new DateTimeOffset(2026, 10, 30, 14, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero)], autumn.Select(s => s.Start.ToUniversalTime()));

        var spring = SlotFinder.Find(Window(new(2027, 3, 12), new(2027, 3, 15), minutes: 60, dayStart: 10, dayEnd: 11), []);
        Assert.Equal([new DateTimeOffset(2027, 3, 12, 15, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 15, 14, 0, 0, TimeSpan.Zero)], spring.Select(s => s.Start.ToUniversalTime()));
        Assert.All(spring.Concat(autumn), s => Assert.Equal(TimeSpan.FromHours(1), s.End - s.Start));
    }

    [Fact]
    public void AtMostFiveSlotsOnDifferentDaysAndNoneBeforeTheEarliestAllowed()
    {
        var search = Window(new(2026, 11, 30), new(2026, 12, 18)) with { NotBefore = Montreal(2026, 11, 30, 16) };

        var slots = SlotFinder.Find(search, []);

        Assert.Equal(["Tue 2026-12-01 09:00", "Wed 2026-12-02 09:00", "Thu 2026-12-03 09:00", "Fri 2026-12-04 09:00", "Mon 2026-12-07 09:00"], slots.Select(s => Local(s.Start)));
        Assert.Equal(["s1", "s2", "s3", "s4", "s5"], slots.Select(s => s.Id));
    }
}
