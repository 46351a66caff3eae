using SmqBot.Data.Cohorts;

namespace SmqBot.Tests.CheckIns;

public sealed class CheckInScheduleTests
{
    private static Cohort Weekly(DateOnly start, DateOnly end, DayOfWeek day = DayOfWeek.Monday, int everyWeeks = 1, TimeOnly? at = null) => new()
    {
        Id = "c1", Subject = "Accueil", FiscalYear = "2026-2027", Start = start, End = end, TenantId = "t",
        Cadence = new Cadence { EveryWeeks = everyWeeks, Day = day, At = at ?? new TimeOnly(9, 0) },
    };

    [Fact]
    public void TheRoundAfterTheNovemberSwitchStillGoesOutAtNineLocal()
    {
        // Daylight saving time ends in Toronto on Sunday 1 November 2026: UTC−4 before, UTC−5 after.
        var rounds = CheckInSchedule.Rounds(Weekly(new(2026, 10, 19), new(2026, 11, 9))).ToList();

        Assert.Equal(
            [
                new Round(0, new(2026, 10, 19, 13, 0, 0, TimeSpan.Zero)),
                new Round(1, new(2026, 10, 26, 13, 0, 0, TimeSpan.Zero)),
                new Round(2, new(2026, 11, 2, 14, 0, 0, TimeSpan.Zero)),
                new Round(3, new(2026, 11, 9, 14, 0, 0, TimeSpan.Zero)),
            ], rounds);
    }

    [Fact]
    public void TheRoundAfterTheMarchSwitchStillGoesOutAtNineLocal()
    {
        // Daylight saving time starts in Toronto on Sunday 14 March 2027: UTC−5 before, UTC−4 after.
        var rounds = CheckInSchedule.Rounds(Weekly(new(2027, 3, 1), new(2027, 3, 22))).ToList();

        Assert.Equal([14, 14, 13, 13], rounds.Select(r => r.At.UtcDateTime.Hour));
        Assert.Equal(new DateTimeOffset(2027, 3, 15, 9, 0, 0, TimeSpan.FromHours(-4)), rounds[2].At);
    }

    [Fact]
    public void RoundsStayWithinTheCohortsDates()
    {
        // Starts on a Wednesday: the first round is the next Monday; the end date's Monday is the last.
        var rounds = CheckInSchedule.Rounds(Weekly(new(2026, 9, 2), new(2026, 10, 12), everyWeeks: 2)).ToList();

        Assert.Equal([new DateOnly(2026, 9, 7), new(2026, 9, 21), new(2026, 10, 5)], rounds.Select(r => DateOnly.FromDateTime(r.At.ToOffset(TimeSpan.FromHours(-4)).DateTime)));
        Assert.All(rounds, r => Assert.InRange(DateOnly.FromDateTime(r.At.UtcDateTime), new DateOnly(2026, 9, 2), new DateOnly(2026, 10, 12)));
    }

    [Fact]
    public void TheLatestRoundIsNoneBeforeTheFirstAndTheLastOneAfterTheEnd()
    {
        var cohort = Weekly(new(2026, 10, 19), new(2026, 11, 9));

        Assert.Null(CheckInSchedule.Latest(cohort, new(2026, 10, 19, 12, 59, 59, TimeSpan.Zero)));
        Assert.Equal(0, CheckInSchedule.Latest(cohort, new(2026, 10, 19, 13, 0, 0, TimeSpan.Zero))!.Number);
        Assert.Equal(2, CheckInSchedule.Latest(cohort, new(2026, 11, 2, 14, 0, 0, TimeSpan.Zero))!.Number);
        Assert.Equal(1, CheckInSchedule.Latest(cohort, new(2026, 11, 2, 13, 59, 0, TimeSpan.Zero))!.Number);
        Assert.Equal(3, CheckInSchedule.Latest(cohort, new(2027, 6, 1, 0, 0, 0, TimeSpan.Zero))!.Number);
    }

    [Fact]
    public void ATimeInsideTheSpringForwardGapIsTakenAsTheHourAfter()
    {
        var rounds = CheckInSchedule.Rounds(Weekly(new(2027, 3, 14), new(2027, 3, 14), DayOfWeek.Sunday, at: new TimeOnly(2, 30))).ToList();

        Assert.Equal(new DateTimeOffset(2027, 3, 14, 3, 30, 0, TimeSpan.FromHours(-4)), Assert.Single(rounds).At);
    }
}
