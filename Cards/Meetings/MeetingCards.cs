using System.Text.Json.Nodes;
using Humanizer;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Meetings;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Meetings;

/// <summary>Dates of meetings, always in Montréal time whatever the server's zone.</summary>
internal static class MeetingTime
{
    public static string When(Texts texts, DateTimeOffset start, DateTimeOffset end) =>
        texts.Meetings.MeetingWhen(TimeZoneInfo.ConvertTime(start, Programme.TimeZone), TimeZoneInfo.ConvertTime(end, Programme.TimeZone));

}

/// <summary>For staff and experts: which cohort, how long, within which days and hours.</summary>
public static class ScheduleFormCard
{
    public static AdaptiveCard Build(IReadOnlyList<Cohort> cohorts, DateOnly today, string nonce, FormState state, Texts texts) =>
        cohorts.Count == 0
            ? Card(texts, texts.Meetings.ScheduleTitle, [Title(texts.Meetings.ScheduleTitle), Paragraph(texts.Meetings.NoCohortToSchedule)])
            : Card(texts, texts.Meetings.ScheduleTitle,
                [
                    Title(texts.Meetings.ScheduleTitle),
                    .. Layout.Refused(state, texts),
                    .. ScheduleForm.Fields.Cohort.Input(state, texts, [.. cohorts.Select(c => new Choice(c.Subject, c.Id))]),
                    .. ScheduleForm.Fields.Duration.Input(state, texts),
                    new ColumnSet(
                    [
                        new Column([.. ScheduleForm.Fields.From.Input(state, texts, min: today)]) { Width = "stretch" },
                        new Column([.. ScheduleForm.Fields.To.Input(state, texts)]) { Width = "stretch" },
                    ]),
                    new ColumnSet(
                    [
                        new Column([.. ScheduleForm.Fields.DayStart.Input(state, texts)]) { Width = "stretch" },
                        new Column([.. ScheduleForm.Fields.DayEnd.Input(state, texts)]) { Width = "stretch" },
                    ]),
                ],
                [Actions.Execute(texts.Meetings.ProposeSlots, new ProposeMeeting(nonce), style: "positive")]);
}

/// <summary>For the organiser: the candidate slots with what the calendars say and the votes, each to pick; refreshes to current tallies.</summary>
public static class ProposalCard
{
    public static AdaptiveCard Build(Meeting m, DateTimeOffset now, Texts texts)
    {
        var open = m.PollOpen(now);
        return Card(texts, texts.Meetings.ProposalTitle(m.CohortSubject),
            [
                Title(texts.Meetings.ProposalTitle(m.CohortSubject)),
                Note(m.InCalendar ? texts.Meetings.CalendarsSummary(m.CalendarsRead, m.Voters.Count) : texts.Meetings.LocalModeSummary),
                Note(open ? texts.Meetings.PollClosesIn(texts.Ago(m.PollClosesAt, now)) : texts.Meetings.PollClosedPick),
                .. m.Slots.Select(slot => (Element)new Container(
                [
                    Heading(MeetingTime.When(texts, slot.Start, slot.End)),
                    Note(texts.Meetings.SlotTally(slot.FreeCalendars, m.VotesFor(slot.Id))),
                    new ActionSet([Actions.Execute(texts.Meetings.PickSlot, new PickSlot(m.CohortId, m.Id, slot.Id), style: "positive")]),
                ]) { Separator = true }),
            ],
            [Actions.Execute(texts.Common.Refresh, new ShowProposal(m.CohortId, m.Id)), Actions.Destructive(texts.Meetings.CancelMeeting, new CancelMeeting(m.CohortId, m.Id))])
            with { Refresh = new Refresh(Actions.Execute(texts.Common.Refresh, new ShowProposal(m.CohortId, m.Id))) };
    }
}

/// <summary>For a voter: the slots to tick, their own choice and the tallies; after the deadline, closed.</summary>
public static class PollCard
{
    public static AdaptiveCard Build(Meeting m, string voter, DateTimeOffset now, Texts texts, string? note = null)
    {
        var mine = m.Votes.FirstOrDefault(v => v.AadObjectId == voter);
        var open = m.PollOpen(now);
        var tallies = m.Slots.Select(s => (Element)new TextBlock($"{MeetingTime.When(texts, s.Start, s.End)} — {texts.Meetings.SlotTally(s.FreeCalendars, m.VotesFor(s.Id))}") { Size = TextSize.Small });
        return Card(texts, texts.Meetings.PollTitle(m.CohortSubject),
            [
                .. note is null ? Array.Empty<Element>() : [new TextBlock(note) { Weight = TextWeight.Bolder }],
                Title(texts.Meetings.PollTitle(m.CohortSubject)),
                Paragraph(open ? texts.Meetings.PollIntro : m.Status == MeetingStatus.Cancelled ? texts.Meetings.MeetingCancelled : texts.Meetings.PollClosed),
                .. mine is null ? Array.Empty<Element>() : [Note(texts.Meetings.YourVote(mine.SlotIds.Count == 0 ? texts.Meetings.NoSlotSuits
                    : string.Join(texts.Common.ListSeparator, m.Slots.Where(s => mine.SlotIds.Contains(s.Id)).Select(s => MeetingTime.When(texts, s.Start, s.End)))))],
                .. open
                    ? [new ChoiceSetInput([.. m.Slots.Select(s => new Choice(MeetingTime.When(texts, s.Start, s.End), s.Id))])
                        { Id = VoteOnMeeting.SlotsInput, Label = texts.Meetings.SlotsLabel, IsMultiSelect = true, Style = ChoiceInputStyle.Expanded, Value = mine is null ? null : string.Join(",", mine.SlotIds) }]
                    : Array.Empty<Element>(),
                .. tallies,
                .. open ? [Note(texts.Meetings.PollClosesIn(texts.Ago(m.PollClosesAt, now)))] : Array.Empty<Element>(),
            ],
            open ? [Actions.Execute(texts.Meetings.SendVote, new VoteOnMeeting(m.CohortId, m.Id, null), style: "positive")] : null)
            with { Refresh = new Refresh(Actions.Execute(texts.Common.Refresh, new ShowPoll(m.CohortId, m.Id))) };
    }
}

/// <summary>The meeting as everyone sees it once scheduled: the date in words, the join link; the organiser's buttons for them.</summary>
public static class MeetingCard
{
    public static AdaptiveCard Build(Meeting m, DateTimeOffset now, Texts texts, string? note = null, bool forOrganiser = false)
    {
        var title = texts.Meetings.MeetingTitle(m.CohortSubject);
        var cancelled = m.Status == MeetingStatus.Cancelled;
        return Card(texts, title,
            [
                .. note is null ? Array.Empty<Element>() : [new TextBlock(note) { Weight = TextWeight.Bolder }],
                Title(title),
                Paragraph(MeetingTime.When(texts, m.Start!.Value, m.End!.Value)),
                .. cancelled || m.Start <= now ? Array.Empty<Element>() : [Note(texts.Meetings.StartsIn(texts.Ago(m.Start.Value, now)))],
                .. cancelled ? Array.Empty<Element>() : [Note(m.InCalendar ? texts.Meetings.CalendarInviteSent : texts.Meetings.NoCalendarInvite)],
                // Joining is the card's first use: its own row, so that it never shares a narrow row with the organiser's buttons.
                .. !cancelled && m.JoinUrl is { } url ? [new ActionSet([new OpenUrlAction(texts.Meetings.JoinMeeting, url)])] : Array.Empty<Element>(),
            ],
            [
                .. forOrganiser && !cancelled && m.Start > now
                    ? [Actions.Execute(texts.Meetings.Reschedule, new OpenReschedule(m.CohortId, m.Id)), Actions.Destructive(texts.Meetings.CancelMeeting, new CancelMeeting(m.CohortId, m.Id))]
                    : Array.Empty<CardAction>(),
            ]);
    }
}

public static class RescheduleFormCard
{
    public static AdaptiveCard Build(Meeting m, DateOnly today, Texts texts)
    {
        var local = TimeZoneInfo.ConvertTime(m.Start!.Value, Programme.TimeZone);
        return Card(texts, texts.Meetings.RescheduleTitle,
            [
                Title(texts.Meetings.RescheduleTitle),
                Paragraph(MeetingTime.When(texts, m.Start.Value, m.End!.Value)),
                new DateInput { Id = RescheduleMeeting.DateInput, Label = texts.Meetings.NewDateLabel, Value = local.ToString("yyyy-MM-dd"), Min = today.ToString("yyyy-MM-dd"), IsRequired = true, ErrorMessage = texts.Meetings.MeetingInPast },
                new TimeInput { Id = RescheduleMeeting.TimeInput, Label = texts.Meetings.NewTimeLabel, Value = local.ToString("HH:mm"), IsRequired = true, ErrorMessage = texts.Meetings.MeetingInPast },
            ],
            [Actions.Execute(texts.Meetings.Reschedule, new RescheduleMeeting(m.CohortId, m.Id, null, null), style: "positive")]);
    }
}

/// <summary>After the meeting, for each member: what they will apply in the field before the next one.</summary>
public static class ReflectionCard
{
    public static AdaptiveCard Build(Meeting m, Texts texts, string? saved = null, FormState? form = null) =>
        Card(texts, texts.Meetings.ReflectionTitle(m.CohortSubject),
            [
                Title(texts.Meetings.ReflectionTitle(m.CohortSubject)),
                Note(MeetingTime.When(texts, m.Start!.Value, m.End!.Value)),
                .. saved is null
                    ? [.. Refused(form ?? FormState.Empty, texts), .. ReflectionForm.Fields.Reflection.Input(form ?? FormState.Empty, texts)]
                    : new Element[] { Paragraph(saved), new TextBlock(texts.Meetings.ReflectionSaved) { Weight = TextWeight.Bolder } },
            ],
            saved is null ? [Actions.Execute(texts.Meetings.SendReflection, new ReflectOnMeeting(m.CohortId, m.Id), style: "positive")] : null);
}
