using SmqBot.Cards.Forms;

namespace SmqBot.Cards.Meetings;

/// <summary>
/// A request to schedule a cohort's meeting: which cohort (the handler checks the caller organises it), how long, within
/// which days (at most <see cref="MaxWindowDays"/>, from today on) and which working hours (6:00 to 22:00, the meeting fitting in).
/// </summary>
public sealed record ScheduleForm(string CohortId, int DurationMinutes, DateOnly From, DateOnly To, TimeOnly DayStart, TimeOnly DayEnd)
{
    public const int MaxWindowDays = 60;
    private static readonly TimeOnly Earliest = new(6, 0), Latest = new(22, 0);

    public static class Fields
    {
        public static readonly ChoiceField Cohort = new("cohort", t => t.Meetings.CohortLabel);
        public static readonly NumberField Duration = new("duration", t => t.Meetings.MeetingDurationLabel, 15, 480, Step: 15, Refusal: (t, _) => t.Meetings.DurationOutOfRange);
        public static readonly DateField From = new("from", t => t.Meetings.WindowFromLabel);
        public static readonly DateField To = new("to", t => t.Meetings.WindowToLabel);
        public static readonly TimeField DayStart = new("dayStart", t => t.Meetings.DayStartLabel);
        public static readonly TimeField DayEnd = new("dayEnd", t => t.Meetings.DayEndLabel);
    }

    public static FormState New(string? cohortId, DateOnly today) => FormState.Of(
        (Fields.Cohort, cohortId), (Fields.Duration, "90"), (Fields.From, DateField.Format(today.AddDays(1))), (Fields.To, DateField.Format(today.AddDays(21))),
        (Fields.DayStart, "09:00"), (Fields.DayEnd, "17:00"));

    public static Bound<ScheduleForm> Bind(FormBinder form)
    {
        var cohort = Fields.Cohort.ReadId(form);
        var duration = Fields.Duration.Read(form);
        var from = Fields.From.Read(form);
        var to = Fields.To.Read(form);
        if (from is { } f && to is { } t)
        {
            if (t < f) form.Refuse(Fields.To, form.Texts.Common.Required(form.Texts.Meetings.WindowToLabel));
            else if (t.DayNumber - f.DayNumber + 1 > MaxWindowDays) form.Refuse(Fields.To, form.Texts.Meetings.WindowTooLong(MaxWindowDays));
        }
        var dayStart = Fields.DayStart.Read(form);
        var dayEnd = Fields.DayEnd.Read(form);
        if (dayStart is { } start && dayEnd is { } end && (start < Earliest || end > Latest || (end - start).TotalMinutes < (duration ?? 15)))
            form.Refuse(end > Latest || start >= Earliest ? Fields.DayEnd : Fields.DayStart, form.Texts.Meetings.WorkingHoursRule);
        return form.Result(() => new ScheduleForm(cohort!, (int)duration!.Value, from!.Value, to!.Value, dayStart!.Value, dayEnd!.Value));
    }
}
