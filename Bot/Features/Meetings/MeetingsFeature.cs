using System.Globalization;
using SmqBot.Bot.Features.Enrolment;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Meetings;
using SmqBot.Cards.Model;
using SmqBot.Data;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Meetings;
using SmqBot.Data.People;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Meetings;

/// <summary>
/// Codevelopment meetings. `planifier` / `schedule` (staff, or the cohort's expert): a duration, a window and working
/// hours; the bot reads the free/busy of the organiser mailbox and of the people whose calendars it can read, proposes
/// 3 to 5 slots, and polls the others (guests, external people, everyone in local mode). The organiser picks a slot:
/// the event is created in the organiser mailbox's calendar with a Teams meeting (one event however often it is
/// retried: a transaction id), and the meeting card goes to the members and the cohort's channel. Reschedule and cancel
/// move or delete the event and tell everyone. A Graph failure leaves nothing half-done and says so.
/// </summary>
public sealed class MeetingsFeature(MeetingStore meetings, CohortStore cohorts, PeopleStore people, GraphCalendar calendar, Outbox.OutboxQueue outbox,
    TimeProvider time, ILogger<MeetingsFeature> logger) : IFeature
{
    public static readonly CommandInfo ScheduleCommand = new("schedule", ["planifier", "schedule"], t => t.Meetings.ScheduleCommand, [Role.Staff, Role.Expert]) { Order = 50 };

    public static readonly TimeSpan PollLength = TimeSpan.FromDays(3);

    public IEnumerable<(CommandInfo, Handler)> Commands => [(ScheduleCommand, Form)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.Meetings.MeetingVerbs.MeetingForm, [Role.Staff, Role.Expert], Form),
        FormRoute.For<ScheduleForm, ProposeMeeting>([Role.Staff, Role.Expert], ScheduleForm.Bind, Redisplay, Propose),
        ActionRoute.For<ShowProposal>([Role.Staff, Role.Expert], Proposal),
        ActionRoute.For<PickSlot>([Role.Staff, Role.Expert], Pick),
        ActionRoute.For<OpenReschedule>([Role.Staff, Role.Expert], RescheduleForm),
        ActionRoute.For<RescheduleMeeting>([Role.Staff, Role.Expert], Reschedule),
        ActionRoute.For<CancelMeeting>([Role.Staff, Role.Expert], Cancel) with { Confirm = t => t.Confirm.CancelMeeting },
        ActionRoute.For<ShowPoll>([], Poll, activityIdentityOnly: true),
        ActionRoute.For<VoteOnMeeting>([], Vote, activityIdentityOnly: true),
        ActionRoute.For<ShowMeeting>([], View, activityIdentityOnly: true),
        FormRoute.For<ReflectionForm, ReflectOnMeeting>([], ReflectionForm.Bind, RedisplayReflection, Reflect, activityIdentityOnly: true),
    ];

    private static bool Organises(Caller caller, Cohort cohort) =>
        caller.Has(Role.Staff) || cohort.Experts.Any(e => e.AadObjectId == caller.Person.AadObjectId);

    /// <summary>The open cohorts the caller organises (staff: all; an expert: theirs), by subject.</summary>
    private Task<List<Cohort>> OrganisedAsync(Caller caller, CancellationToken ct) =>
        cohorts.OpenAsync(ct).Where(c => Organises(caller, c)).OrderBy(c => c.Subject, StringComparer.Create(caller.Texts.Culture, true)).ToListAsync(ct).AsTask();

    private async Task<Reply> Form(Request request, CancellationToken ct)
    {
        var open = await OrganisedAsync(request.Caller, ct);
        var today = Programme.Today(time);
        return ScheduleFormCard.Build(open, today, Guid.NewGuid().ToString("N")[..12], ScheduleForm.New(open.FirstOrDefault()?.Id, today), request.Caller.Texts);
    }

    private async Task<Reply> Redisplay(Request request, ProposeMeeting propose, FormState state, CancellationToken ct) =>
        ScheduleFormCard.Build(await OrganisedAsync(request.Caller, ct), Programme.Today(time), propose.Nonce, state, request.Caller.Texts);

    /// <summary>Checks the request, reads the calendars, finds the slots, stores the poll and sends it to those who vote.</summary>
    private async Task<Reply> Propose(Request request, ProposeMeeting propose, Submission<ScheduleForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var form = submission.Form;
        var nonce = propose.Nonce;
        var cohortId = form.CohortId;
        if (await cohorts.FindAsync(cohortId, ct) is not { Closed: false } cohort) return await submission.Refuse(ScheduleForm.Fields.Cohort, texts.Forms.NotAChoice(texts.Meetings.CohortLabel));
        if (!Organises(request.Caller, cohort)) return Reply.Refuse(texts, texts.Meetings.NotYourCohortToSchedule);
        if (form.From < Programme.Today(time)) return await submission.Refuse(ScheduleForm.Fields.From, texts.Meetings.WindowInPast);
        var (from, to, dayStart, dayEnd, duration) = (form.From, form.To, form.DayStart, form.DayEnd, form.DurationMinutes);

        var now = time.GetUtcNow();
        var id = $"m-{nonce}";
        if (await meetings.FindAsync(cohortId, id, ct) is { } existing) return ProposalCard.Build(existing, now, texts);   // the form sent twice

        var participants = await ParticipantsAsync(cohort, request.Caller.Person, ct);
        var search = new SlotSearch(from, to, dayStart, dayEnd, (int)duration, now.AddHours(1));
        IReadOnlyList<Availability> calendars = [];
        if (calendar.Enabled)
        {
            var emails = participants.Where(p => p.Email is not null).Select(p => p.Email!).Prepend(calendar.Mailbox).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var (windowStart, windowEnd) = (Programme.Instant(from, TimeOnly.MinValue), Programme.Instant(to.AddDays(1), TimeOnly.MinValue));
            try
            {
                calendars = await calendar.ScheduleAsync(emails, windowStart, windowEnd, ct);
            }
            catch (Exception e) when (GraphFailure(e) is { } detail)
            {
                logger.LogWarning(e, "Reading free/busy failed");
                return Reply.Refuse(texts, texts.Meetings.GraphFailed(detail));
            }
        }
        var slots = SlotFinder.Find(search, calendars);
        if (slots.Count == 0) return Reply.Refuse(texts, texts.Meetings.NoSlotFound);
        var readable = calendars.Where(c => c.Busy is not null).Select(c => c.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var voters = participants.Where(p => p.AadObjectId != request.Caller.Person.AadObjectId && (p.Email is null || !readable.Contains(p.Email))).ToList();
        var meeting = new Meeting
        {
            Id = id, CohortId = cohort.Id, CohortSubject = cohort.Subject, TenantId = cohort.TenantId,
            Organiser = PersonRef.Of(request.Caller.Person), DurationMinutes = (int)duration, Slots = slots,
            CalendarsRead = readable.Count, Voters = voters,
            // The poll closes after three days, or a day before the first slot if that comes sooner.
            PollClosesAt = new[] { now + PollLength, slots[0].Start.AddDays(-1) }.Min() is var closes && closes > now.AddHours(1) ? closes : now.AddHours(1),
            TransactionId = Guid.NewGuid().ToString(), InCalendar = calendar.Enabled, CreatedAt = now,
        }.WithNextDue();
        if (!await meetings.CreateAsync(meeting, ct)) meeting = (await meetings.FindAsync(cohortId, id, ct))!;
        else
            foreach (var voter in voters)
                await outbox.ToPersonIfReachableAsync(MessageKey.MeetingPoll(meeting.Id, voter.AadObjectId), SendOut.Meeting(meeting.Id), await people.FindAsync(voter.AadObjectId, ct),
                    t => PollCard.Build(meeting, voter.AadObjectId, now, t), ct);
        return ProposalCard.Build(meeting, now, texts);
    }

    /// <summary>The cohort's members and experts, with their e-mails when known (the organiser's own calendar is read too).</summary>
    private async Task<List<PersonRef>> ParticipantsAsync(Cohort cohort, Person organiser, CancellationToken ct)
    {
        var all = new List<PersonRef>();
        foreach (var member in cohort.Members.Concat(cohort.Experts).Append(PersonRef.Of(organiser)).DistinctBy(m => m.AadObjectId))
            all.Add(member.Email is null && await people.FindAsync(member.AadObjectId, ct) is { Email: { } email } ? member with { Email = email } : member);
        return all;
    }

    private async Task<(Cohort? Cohort, Meeting? Meeting)> FindAsync(IMeetingAction action, CancellationToken ct)
    {
        var meeting = await meetings.FindAsync(action.Cohort, action.Meeting, ct);
        return meeting is null ? (null, null) : (await cohorts.FindAsync(action.Cohort, ct), meeting);
    }

    /// <summary>The meeting for its organiser (or staff, or the cohort's experts); anyone else gets a refusal.</summary>
    private async Task<(Meeting? Meeting, Reply? Refusal)> OrganisedAsync(Request request, IMeetingAction action, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (cohort, meeting) = await FindAsync(action, ct);
        if (meeting is null || cohort is null) return (null, Reply.Refuse(texts, texts.Common.UnknownAction));
        if (!Organises(request.Caller, cohort) && meeting.Organiser.AadObjectId != request.Caller.Person.AadObjectId) return (null, Reply.Refuse(texts, texts.Meetings.NotYourCohortToSchedule));
        return (meeting, null);
    }

    private async Task<Reply> Proposal(Request request, ShowProposal show, CancellationToken ct)
    {
        var (meeting, refusal) = await OrganisedAsync(request, show, ct);
        if (meeting is null) return refusal!;
        var now = time.GetUtcNow();
        return meeting.Status == MeetingStatus.Polling
            ? ProposalCard.Build(meeting, now, request.Caller.Texts)
            : MeetingCard.Build(meeting, now, request.Caller.Texts, forOrganiser: true);
    }

    private async Task<Reply> Poll(Request request, ShowPoll show, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (_, meeting) = await FindAsync(show, ct);
        if (meeting is null) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var caller = request.Caller.Person.AadObjectId;
        if (meeting.Voters.All(v => v.AadObjectId != caller)) return Reply.Refuse(texts, texts.Meetings.NotAVoter);
        return meeting.Status == MeetingStatus.Scheduled
            ? MeetingCard.Build(meeting, time.GetUtcNow(), texts)
            : PollCard.Build(meeting, caller, time.GetUtcNow(), texts);
    }

    /// <summary>A voter's choice: any subset of the slots (none meaning none suits them); voting again replaces it.</summary>
    private async Task<Reply> Vote(Request request, VoteOnMeeting vote, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (_, meeting) = await FindAsync(vote, ct);
        if (meeting is null) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var caller = request.Caller.Person;
        if (meeting.Voters.All(v => v.AadObjectId != caller.AadObjectId)) return Reply.Refuse(texts, texts.Meetings.NotAVoter);
        var now = time.GetUtcNow();
        if (!meeting.PollOpen(now)) return Reply.Refuse(texts, texts.Meetings.PollClosed);
        var chosen = (vote.Slots ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (chosen.Count > SlotFinder.MaxSlots || chosen.Any(s => meeting.Slots.All(slot => slot.Id != s))) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var closed = false;
        var voted = await meetings.UpdateAsync(meeting.CohortId, meeting.Id, m =>
        {
            closed = !m.PollOpen(now);
            if (closed) return m;
            var name = m.Voters.First(v => v.AadObjectId == caller.AadObjectId).Name;
            return m with { Votes = [.. m.Votes.Where(v => v.AadObjectId != caller.AadObjectId), new Vote(caller.AadObjectId, name, chosen, now)] };
        }, ct);
        return closed ? Reply.Refuse(texts, texts.Meetings.PollClosed) : PollCard.Build(voted, caller.AadObjectId, now, texts, texts.Meetings.VoteSaved);
    }

    /// <summary>
    /// The organiser picks a slot: the event is created first (Graph makes one per transaction id, so a retry after a
    /// lost answer finds the same event), then the meeting is stored as scheduled and announced. If Graph fails the
    /// meeting stays a poll, and the organiser is told that nothing was scheduled.
    /// </summary>
    private async Task<Reply> Pick(Request request, PickSlot pick, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (meeting, refusal) = await OrganisedAsync(request, pick, ct);
        if (meeting is null) return refusal!;
        if (meeting.Status != MeetingStatus.Polling) return Reply.Refuse(texts, texts.Meetings.MeetingClosed);
        if (meeting.Slots.FirstOrDefault(s => s.Id == pick.Slot) is not { } slot) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var now = time.GetUtcNow();
        if (slot.Start <= now) return Reply.Refuse(texts, texts.Meetings.MeetingInPast);
        var cohort = (await cohorts.FindAsync(meeting.CohortId, ct))!;

        CalendarEvent? created = null;
        if (calendar.Enabled)
        {
            var attendees = (await ParticipantsAsync(cohort, request.Caller.Person, ct)).Where(p => p.Email is not null).Select(p => (p.Email!, p.Name)).ToList();
            try
            {
                created = await calendar.CreateAsync(Texts.French.Meetings.MeetingTitle(cohort.Subject), Body(cohort), slot.Start, slot.End, attendees, meeting.TransactionId, ct);
            }
            catch (Exception e) when (GraphFailure(e) is { } detail)
            {
                logger.LogWarning(e, "Creating the meeting's event failed");
                return Reply.Refuse(texts, texts.Meetings.GraphFailed(detail));
            }
        }
        var scheduledNow = false;
        var scheduled = await meetings.UpdateAsync(meeting.CohortId, meeting.Id, m =>
        {
            scheduledNow = m.Status == MeetingStatus.Polling;
            return scheduledNow
                ? (m with { Status = MeetingStatus.Scheduled, Start = slot.Start, End = slot.End, EventId = created?.Id, JoinUrl = created?.JoinUrl, InCalendar = created is not null }).WithNextDue()
                : m;
        }, ct);
        if (!scheduledNow) return Reply.Refuse(texts, texts.Meetings.MeetingClosed);
        await AnnounceAsync(cohort, scheduled, null, ct);
        return MeetingCard.Build(scheduled, now, texts, forOrganiser: true);
    }

    private static string Body(Cohort cohort) =>
        $"{Texts.French.Meetings.MeetingTitle(cohort.Subject)}\n{Texts.English.Meetings.MeetingTitle(cohort.Subject)}\n\n{string.Join("\n", cohort.Objectives.Select(o => $"- {o}"))}";

    private async Task<Reply> RescheduleForm(Request request, OpenReschedule open, CancellationToken ct)
    {
        var (meeting, refusal) = await OrganisedAsync(request, open, ct);
        if (meeting is null) return refusal!;
        return meeting.Status == MeetingStatus.Scheduled && meeting.Start > time.GetUtcNow()
            ? RescheduleFormCard.Build(meeting, Programme.Today(time), request.Caller.Texts)
            : Reply.Refuse(request.Caller.Texts, request.Caller.Texts.Meetings.MeetingClosed);
    }

    /// <summary>Moves a scheduled meeting (same duration): the event first, then the store; everyone is told of the new time.</summary>
    private async Task<Reply> Reschedule(Request request, RescheduleMeeting move, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (meeting, refusal) = await OrganisedAsync(request, move, ct);
        if (meeting is null) return refusal!;
        var now = time.GetUtcNow();
        if (meeting.Status != MeetingStatus.Scheduled || meeting.Start <= now) return Reply.Refuse(texts, texts.Meetings.MeetingClosed);
        if (move.Day is not { } date || move.At is not { } at) return Reply.Refuse(texts, texts.Meetings.MeetingInPast);
        if (Programme.TimeZone.IsInvalidTime(date.ToDateTime(at))) return Reply.Refuse(texts, texts.Meetings.MeetingInPast);
        var start = Programme.Instant(date, at);
        if (start <= now) return Reply.Refuse(texts, texts.Meetings.MeetingInPast);
        var end = start.AddMinutes(meeting.DurationMinutes);
        if (meeting.InCalendar && meeting.EventId is { } eventId)
        {
            try
            {
                await calendar.MoveAsync(eventId, start, end, ct);
            }
            catch (Exception e) when (GraphFailure(e) is { } detail)
            {
                logger.LogWarning(e, "Moving the meeting's event failed");
                return Reply.Refuse(texts, texts.Meetings.GraphFailed(detail));
            }
        }
        var moved = await meetings.UpdateAsync(meeting.CohortId, meeting.Id, m => m.Status != MeetingStatus.Scheduled ? m
            : (m with { Start = start, End = end, Version = m.Version + 1, Reminded = false, FollowedUp = false }).WithNextDue(), ct);
        var cohort = (await cohorts.FindAsync(meeting.CohortId, ct))!;
        await AnnounceAsync(cohort, moved, t => t.Meetings.MeetingMoved, ct);
        return MeetingCard.Build(moved, now, texts, texts.Meetings.MeetingMoved, forOrganiser: true);
    }

    /// <summary>Cancels a poll or a scheduled meeting: the event is deleted first, then everyone is told.</summary>
    private async Task<Reply> Cancel(Request request, CancelMeeting cancel, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (meeting, refusal) = await OrganisedAsync(request, cancel, ct);
        if (meeting is null) return refusal!;
        if (meeting.Status == MeetingStatus.Cancelled || (meeting.Status == MeetingStatus.Scheduled && meeting.End <= time.GetUtcNow()))
            return Reply.Refuse(texts, texts.Meetings.MeetingClosed);
        if (meeting.Status == MeetingStatus.Scheduled && meeting.InCalendar && meeting.EventId is { } eventId)
        {
            try
            {
                await calendar.DeleteAsync(eventId, ct);
            }
            catch (Exception e) when (GraphFailure(e) is { } detail)
            {
                logger.LogWarning(e, "Deleting the meeting's event failed");
                return Reply.Refuse(texts, texts.Meetings.GraphFailed(detail));
            }
        }
        var wasScheduled = meeting.Status == MeetingStatus.Scheduled;
        var cancelled = await meetings.UpdateAsync(meeting.CohortId, meeting.Id, m => (m with { Status = MeetingStatus.Cancelled }).WithNextDue(), ct);
        var now = time.GetUtcNow();
        if (!wasScheduled) return new Reply.Done(PollCard.Build(cancelled, request.Caller.Person.AadObjectId, now, texts));
        await AnnounceAsync((await cohorts.FindAsync(meeting.CohortId, ct))!, cancelled, t => t.Meetings.MeetingCancelled, ct);
        return new Reply.Done(MeetingCard.Build(cancelled, now, texts, texts.Meetings.MeetingCancelled));
    }

    /// <summary>The meeting card to each member and expert (their language) and to the cohort's channel (French).</summary>
    private async Task AnnounceAsync(Cohort cohort, Meeting m, Func<Texts, string>? note, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var what = $"{m.Status}:{m.Version}";
        string? Note(Texts t) => note?.Invoke(t);
        foreach (var person in cohort.Members.Concat(cohort.Experts).DistinctBy(p => p.AadObjectId))
            await outbox.ToPersonIfReachableAsync(MessageKey.MeetingNews(m.Id, what, person.AadObjectId), SendOut.Meeting(m.Id), await people.FindAsync(person.AadObjectId, ct),
                t => MeetingCard.Build(m, now, t, Note(t)), ct);
        if (cohort.Channel is { } channel)
            await outbox.ToConversationAsync(MessageKey.MeetingInChannel(m.Id, what), SendOut.Meeting(m.Id), channel, MeetingCard.Build(m, now, Texts.French, Note(Texts.French)), ct: ct);
    }

    private async Task<Reply> View(Request request, ShowMeeting show, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (cohort, meeting) = await FindAsync(show, ct);
        if (meeting is null || cohort is null || meeting.Start is null) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var caller = request.Caller.Person.AadObjectId;
        if (cohort.Members.Concat(cohort.Experts).All(p => p.AadObjectId != caller) && meeting.Organiser.AadObjectId != caller) return Reply.Refuse(texts, texts.Meetings.NotYourMeeting);
        return MeetingCard.Build(meeting, time.GetUtcNow(), texts, forOrganiser: meeting.Organiser.AadObjectId == caller);
    }

    /// <summary>A member's answer after the meeting: kept with their check-ins, in their own participation, once per meeting.</summary>
    private async Task<Reply> RedisplayReflection(Request request, ReflectOnMeeting reflect, FormState state, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (_, meeting) = await FindAsync(reflect, ct);
        return meeting is { Start: not null, End: not null } ? ReflectionCard.Build(meeting, texts, form: state) : Reply.Refuse(texts, texts.Common.UnknownAction);
    }

    private async Task<Reply> Reflect(Request request, ReflectOnMeeting reflect, Submission<ReflectionForm> form, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (_, meeting) = await FindAsync(reflect, ct);
        if (meeting is null || meeting.Status != MeetingStatus.Scheduled || meeting.Start > time.GetUtcNow()) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var text = form.Form.Reflection;
        var caller = request.Caller.Person.AadObjectId;
        if (await cohorts.ReadParticipationAsync(meeting.CohortId, caller, ct) is null) return Reply.Refuse(texts, texts.Meetings.NotYourMeeting);
        var now = time.GetUtcNow();
        var saved = await cohorts.UpdateParticipationAsync(meeting.CohortId, caller, p => p!.Intentions.Any(i => i.MeetingId == meeting.Id)
            ? p with { Intentions = [.. p.Intentions.Select(i => i.MeetingId == meeting.Id ? i with { Text = text!, At = now } : i)] }
            : p.Intentions.Count >= Participation.MaxIntentions ? p   // refused below: nothing dropped to make room
            : p with { Intentions = [.. p.Intentions, new FieldIntention(meeting.Id, now, text!)] }, ct);
        if (saved.Intentions.LastOrDefault(i => i.MeetingId == meeting.Id) is not { } intention)
            return Reply.Refuse(texts, texts.Common.LimitReached(Participation.MaxIntentions, texts.Meetings.IntentionsInCohort));
        return ReflectionCard.Build(meeting, texts, intention.Text);
    }

    /// <summary>What to tell the organiser when Graph (or the way to it) failed; null for anything else, which is a bug and propagates.</summary>
    internal static string? GraphFailure(Exception e) => e switch
    {
        Microsoft.Graph.Models.ODataErrors.ODataError o => o.Error?.Code is { } code ? $"{o.ResponseStatusCode}\u00A0{code}" : $"{o.ResponseStatusCode}",
        Microsoft.Kiota.Abstractions.ApiException a => a.ResponseStatusCode.ToString(CultureInfo.InvariantCulture),
        HttpRequestException h => h.StatusCode is { } code ? ((int)code).ToString(CultureInfo.InvariantCulture) : h.Message,
        Azure.Identity.AuthenticationFailedException => "authentication",
        _ => null,
    };
}
