using SmqBot.Bot.Features.Enrolment;
using SmqBot.Bot.Features.Meetings;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Activities;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data;
using SmqBot.Data.Activities;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Installations;
using SmqBot.Data.Outbox;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Activities;

/// <summary>
/// Activités ponctuelles. `activités` / `activities` (staff): compose one, preview it, publish it to a channel and to the
/// people and cohorts it invites, edit it (the cards sent are updated), cancel it (registrants are told), follow its
/// registrations, take its attendance. Everyone registers from its card in one click: confirmed up to the capacity, then
/// on the waiting list; a place freed goes to the first waiting, who is told in their own chat. `mes activités` / `my
/// activities`: one's registrations. Identity comes from the activity; card data only names the activity.
/// </summary>
public sealed class ActivitiesFeature(ActivityStore activities, InstallationStore teams, CohortStore cohorts, PeopleStore people, PeopleFinder finder,
    ActivityCalendar calendar, ActivityExport export, Outbox.OutboxQueue outbox, TimeProvider time) : IFeature
{
    public static readonly CommandInfo ActivitiesCommand = new("activities", ["activités", "activities"], t => t.Activities.ActivitiesCommand, [Role.Staff], InManifest: false) { Order = 85 };
    public static readonly CommandInfo MyActivitiesCommand = new("my-activities", ["mes activités", "my activities"], t => t.Activities.MyActivitiesCommand, []) { Order = 35 };

    private const int Recent = 15;

    public IEnumerable<(CommandInfo, Handler)> Commands => [(ActivitiesCommand, Show), (MyActivitiesCommand, Mine)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(ActivityVerbs.Activities, [Role.Staff], Show),
        new(ActivityVerbs.Mine, [], Mine),
        ActionRoute.For<OpenActivityForm>([Role.Staff], Form),
        FormRoute.For<ActivityForm, PreviewActivity>([Role.Staff], ActivityForm.Bind, RedisplayNew, Preview),
        ActionRoute.For<PublishActivity>([Role.Staff], Publish),
        FormRoute.For<ActivityForm, UpdateActivity>([Role.Staff], ActivityForm.Bind, RedisplayEdit, Update),
        ActionRoute.For<CancelActivity>([Role.Staff], Cancel) with { Confirm = t => t.Confirm.CancelActivity },
        ActionRoute.For<ShowActivity>([], (r, show, ct) => View(r, show.Activity, null, ct)),
        ActionRoute.For<RegisterToActivity>([], Register),
        ActionRoute.For<CancelRegistration>([], Unregister) with { Confirm = t => t.Confirm.CancelRegistration },
        ActionRoute.For<ShowRegistrations>([Role.Staff], Registrations),
        ActionRoute.For<OpenAttendance>([Role.Staff], Attendance),
        ActionRoute.For<SaveAttendance>([Role.Staff], SaveAttendance),
        FormRoute.For<ActivityEvaluationForm, EvaluateActivity>([], ActivityEvaluationForm.Bind, RedisplayEvaluation, Evaluate, activityIdentityOnly: true),
    ];

    // ------------------------------------------------------------------ staff: compose, publish, edit, cancel

    private async Task<Reply> Show(Request request, CancellationToken ct) =>
        ActivitiesCard.Build(await activities.RecentAsync(Recent, ct).ToListAsync(ct), time.GetUtcNow(), request.Caller.Texts);

    private async Task<AdaptiveCard> NewFormAsync(string nonce, FormState state, Texts texts, CancellationToken ct) =>
        ActivityFormCard.Build(await teams.ActiveAsync(ct).ToListAsync(ct), await cohorts.OpenAsync(ct).ToListAsync(ct), Programme.Today(time), nonce, state, texts);

    private async Task<Reply> Form(Request request, OpenActivityForm open, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (open.Activity is { } id)
            return await activities.FindAsync(id, ct) is { Published: true, Cancelled: false } published && time.GetUtcNow() < published.Start
                ? ActivityFormCard.Edit(published, Programme.Today(time), ActivityForm.Of(published), texts)
                : Reply.Refuse(texts, texts.Activities.Started);
        if (open.Nonce is { } nonce && Ids.IsValid(nonce) && await activities.FindAsync(Activity.IdOf(nonce), ct) is { Published: false } draft)
            return await NewFormAsync(nonce, ActivityForm.Of(draft), texts, ct);
        return await NewFormAsync(Guid.NewGuid().ToString("N")[..12], ActivityForm.New(Programme.Today(time)), texts, ct);
    }

    private async Task<Reply> RedisplayNew(Request request, PreviewActivity preview, FormState state, CancellationToken ct) =>
        await NewFormAsync(preview.Nonce, state, request.Caller.Texts, ct);

    /// <summary>Checks the form and saves the activity as a draft; answers with the card as people will see it.</summary>
    private async Task<Reply> Preview(Request request, PreviewActivity preview, Submission<ActivityForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var t = texts.Activities;
        var form = submission.Form;
        var now = time.GetUtcNow();
        if (form.Start <= now) return await submission.Refuse(ActivityForm.Fields.Date, t.DateInPast);

        ConversationAddress? channel = null;
        if (form.Channel is var (teamId, channelId))
        {
            if (await teams.FindAsync(teamId, ct) is not { Active: true } team || team.Channels.All(c => c.Id != channelId))
                return await submission.Refuse(ActivityForm.Fields.Channel, texts.Forms.NotAChoice(t.ChannelLabel));
            channel = new ConversationAddress(team.ServiceUrl, "msteams", channelId, team.TenantId, team.BotId, null);
        }
        var open = await cohorts.OpenAsync(ct).Select(c => c.Id).ToListAsync(ct);
        if (form.Cohorts.Any(c => !open.Contains(c))) return await submission.Refuse(ActivityForm.Fields.Cohorts, texts.Forms.NotAChoice(t.CohortsLabel));
        var found = form.People.Count == 0 ? null : await finder.FindAsync(form.People, request.Caller, ct);
        if (found is { Invited.Count: > 0 }) return await submission.Refuse(ActivityForm.Fields.People, t.NotKnownYet(string.Join(", ", found.Invited)));
        if (channel is null && form.Cohorts.Count == 0 && form.People.Count == 0) return await submission.Refuse(ActivityForm.Fields.Channel, t.NowhereToSend);

        var activity = Apply(new Activity
        {
            Id = Activity.IdOf(preview.Nonce), Kind = form.Kind, Title = form.Title, Subject = form.Subject, Description = form.Description,
            Start = form.Start, End = form.End, Format = form.Format, RegistrationDeadline = form.ClosesAt,
            AudienceCohorts = form.Cohorts, AudiencePeople = [.. found?.Known.Select(p => p.AadObjectId) ?? []], PostedTo = channel,
            CreatedBy = request.Caller.Person.AadObjectId, CreatedAt = now, TransactionId = Guid.NewGuid().ToString(),
        }, form);
        // A preview sent again (after "Modifier", or twice) replaces the draft until it is published.
        if (!await activities.CreateAsync(activity, ct))
            activity = await activities.UpdateAsync(activity.Id, current => current.Published ? current
                : activity with { CreatedAt = current.CreatedAt, TransactionId = current.TransactionId, CreatedBy = current.CreatedBy }, ct);
        if (activity.Published) return Reply.Refuse(texts, t.AlreadyPublished);
        var card = ActivityCard.Build(activity, Seat.None, now, calendar.Enabled, texts, t.PreviewNote);
        return card with
        {
            Actions = [Actions.Execute(t.Publish, new PublishActivity(activity.Id), style: "positive"), Actions.Execute(t.Edit, new OpenActivityForm(null, preview.Nonce))],
            Refresh = null,
        };
    }

    /// <summary>What the form says of an activity (the rest, its audience, channel and seats, is the activity's own).</summary>
    private static Activity Apply(Activity a, ActivityForm form) => a with
    {
        Kind = form.Kind, Title = form.Title, Subject = form.Subject, Description = form.Description, Start = form.Start, End = form.End,
        Format = form.Format, Place = form.Place, Region = form.Region, Capacity = form.Capacity, RegistrationDeadline = form.ClosesAt,
    };

    /// <summary>
    /// Publishes a draft: the Outlook event first when it is online and Graph is configured (one per transaction id, so a
    /// retry after a lost answer finds the same event), then the activity, then the cards through the outbox: the channel's
    /// (in French, the programme's first language; each reader's refresh is in theirs) and each invited person's.
    /// </summary>
    private async Task<Reply> Publish(Request request, PublishActivity publish, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await activities.FindAsync(publish.Activity, ct) is not { } draft) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (draft.Published) return Reply.Refuse(texts, texts.Activities.AlreadyPublished);
        var now = time.GetUtcNow();
        if (draft.Start <= now) return Reply.Refuse(texts, texts.Activities.DateInPast);
        (string? eventId, string? joinUrl) = (null, null);
        if (draft.Online && calendar.Enabled)
        {
            try
            {
                (eventId, joinUrl) = await calendar.CreateAsync(draft, ct);
            }
            catch (Exception e) when (MeetingsFeature.GraphFailure(e) is { } detail)
            {
                return Reply.Refuse(texts, texts.Meetings.GraphFailed(detail));
            }
        }
        var published = await activities.UpdateAsync(draft.Id, a => a.Published ? a : (a with { PublishedAt = now, EventId = eventId, JoinUrl = joinUrl }).WithNextDue(), ct);
        if (published.PublishedAt != now) return Reply.Refuse(texts, texts.Activities.AlreadyPublished);

        if (published.PostedTo is { } channel)
            await outbox.ToConversationAsync(MessageKey.ActivityPost(published.Id), SendOut.Activity(published.Id), channel,
                ActivityCard.Build(published, Seat.None, now, calendar.Enabled, Texts.French), ct: ct);
        var sent = await SendToInviteesAsync(published, ct);
        var card = ActivityCard.Build(published, Seat.None, now, calendar.Enabled, texts, texts.Activities.PublishedNote(published.PostedTo is not null, sent));
        return card with { Actions = null, Refresh = null };
    }

    /// <summary>The people the activity invites (by name, and the members of its cohorts), each in their own chat; how many could be reached.</summary>
    private async Task<int> SendToInviteesAsync(Activity a, CancellationToken ct)
    {
        var sent = 0;
        foreach (var id in await InviteesAsync(a, ct))
            if (await outbox.ToPersonIfReachableAsync(MessageKey.ActivityInvite(a.Id, a.Version, id), SendOut.Activity(a.Id), await people.FindAsync(id, ct),
                t => ActivityCard.Build(a, a.SeatOf(id), time.GetUtcNow(), calendar.Enabled, t), ct))
                sent++;
        return sent;
    }

    /// <summary>Whom the activity is for when it is not for everyone: the people named, and its cohorts' members (one definition for sending and registering).</summary>
    private async Task<IReadOnlyList<string>> InviteesAsync(Activity a, CancellationToken ct)
    {
        var ids = new List<string>(a.AudiencePeople);
        foreach (var cohortId in a.AudienceCohorts)
            if (await cohorts.FindAsync(cohortId, ct) is { } cohort) ids.AddRange(cohort.Members.Select(m => m.AadObjectId).Where(id => id.Length > 0));
        return [.. ids.Distinct()];
    }

    private async Task<Reply> RedisplayEdit(Request request, UpdateActivity update, FormState state, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await activities.FindAsync(update.Activity, ct) is not { Published: true } activity) return Reply.Refuse(texts, texts.Common.UnknownAction);
        return ActivityFormCard.Edit(activity, Programme.Today(time), state, texts);
    }

    /// <summary>
    /// Staff edit a published activity before it starts: what, when, where, places. More places confirm the first people
    /// waiting (who are told); fewer take no one's place away. The channel's card is updated in place, the event moved.
    /// </summary>
    private async Task<Reply> Update(Request request, UpdateActivity update, Submission<ActivityForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var form = submission.Form;
        var now = time.GetUtcNow();
        if (await activities.FindAsync(update.Activity, ct) is not { Published: true } current) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (current.Cancelled) return Reply.Refuse(texts, texts.Activities.Cancelled);
        if (now >= current.Start) return Reply.Refuse(texts, texts.Activities.Started);
        if (form.Start <= now) return await submission.Refuse(ActivityForm.Fields.Date, texts.Activities.DateInPast);

        IReadOnlyList<string> promoted = [];
        var edited = await activities.UpdateAsync(current.Id, a =>
        {
            var next = Apply(a, form);
            // A new day or time: the reminders are due again.
            if (next.Start != a.Start) next = next with { RemindedDayBefore = false, RemindedHourBefore = false };
            next = next.Fill() with { Version = a.Version + 1 };
            promoted = a.Promoted(next);
            return next.WithNextDue();
        }, ct);
        if (edited.PostedTo is { } channel)
            await outbox.UpdateInConversationAsync(MessageKey.ActivityEdit(edited.Id, edited.Version), SendOut.Activity(edited.Id), MessageKey.ActivityPost(edited.Id), channel,
                ActivityCard.Build(edited, Seat.None, now, calendar.Enabled, Texts.French), ct);
        if (edited.EventId is not null) await calendar.ChangeAsync(edited, ct);
        await TellPromotedAsync(edited, promoted, ct);
        await calendar.SyncAttendeesAsync(edited.Id, ct);
        return (await Show(request, ct)).Card.Saying(texts.Activities.Updated);
    }

    /// <summary>Cancels an activity: registrants are told in their chat, the channel's card says so, the Outlook event is cancelled.</summary>
    private async Task<Reply> Cancel(Request request, CancelActivity cancel, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var now = time.GetUtcNow();
        if (await activities.FindAsync(cancel.Activity, ct) is not { Published: true } current || now >= current.End) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var cancelled = await activities.UpdateAsync(current.Id, a => a.Cancelled ? a : (a with { CancelledAt = now, Version = a.Version + 1 }).WithNextDue(), ct);
        if (cancelled.EventId is { } eventId) await calendar.DeleteAsync(eventId, ct);
        if (cancelled.PostedTo is { } channel)
            await outbox.UpdateInConversationAsync(MessageKey.ActivityEdit(cancelled.Id, cancelled.Version), SendOut.Activity(cancelled.Id), MessageKey.ActivityPost(cancelled.Id), channel,
                ActivityCard.Build(cancelled, Seat.None, now, calendar.Enabled, Texts.French), ct);
        await foreach (var registration in activities.RegistrationsAsync(cancelled.Id, ct))
            if (cancelled.SeatOf(registration.AadObjectId).Registered)
                await outbox.ToPersonIfReachableAsync(MessageKey.ActivityCancelled(cancelled.Id, registration.AadObjectId), SendOut.Activity(cancelled.Id), await ReachableAsync(registration, ct),
                    t => ActivityNoticeCard.Build(cancelled, t.Activities.CancelledTitle(cancelled.Title), t.Activities.CancelledText, t), ct);
        return (await Show(request, ct)).AsDone();
    }

    // ------------------------------------------------------------------ everyone: view, register, cancel, their list

    private async Task<Reply> View(Request request, string id, string? note, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await activities.FindAsync(id, ct) is not { Published: true } activity) return Reply.Refuse(texts, texts.Common.UnknownAction);
        return ActivityCard.Build(activity, activity.SeatOf(request.Caller.Person.AadObjectId), time.GetUtcNow(), calendar.Enabled, texts, note);
    }

    private async Task<Reply> Mine(Request request, CancellationToken ct)
    {
        var me = request.Caller.Person.AadObjectId;
        var mine = new List<(Activity, Seat)>();
        await foreach (var registration in activities.OfPersonAsync(me, ct))
            if (registration.CancelledAt is null && await activities.FindAsync(registration.ActivityId, ct) is { Published: true } activity
                && (activity.SeatOf(me).Registered || activity.Cancelled))
                mine.Add((activity, activity.SeatOf(me)));
        var now = time.GetUtcNow();
        // What is to come first, soonest first; then what is past, latest first.
        return MyActivitiesCard.Build([.. mine.Where(m => m.Item1.End >= now).OrderBy(m => m.Item1.Start), .. mine.Where(m => m.Item1.End < now).OrderByDescending(m => m.Item1.Start)],
            request.Caller.Texts);
    }

    /// <summary>Why someone may not register now; null when they may.</summary>
    private async Task<string?> ClosedToAsync(Activity a, string aadObjectId, Texts texts, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (a.Cancelled) return texts.Activities.Cancelled;
        if (now >= a.Start) return texts.Activities.Started;
        if (!a.Open(now)) return texts.Activities.RegistrationClosed;
        return a.ForEveryone || (await InviteesAsync(a, ct)).Contains(aadObjectId) ? null : texts.Activities.ForInvitedOnly;
    }

    /// <summary>
    /// Registers the caller: their registration (institution from their profile, their needs) is written first, then
    /// their seat is taken in the activity under its ETag, so the last places go to exactly as many people as there are
    /// places, whoever presses at the same time. Pressing again changes nothing.
    /// </summary>
    private async Task<Reply> Register(Request request, RegisterToActivity register, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var caller = request.Caller.Person;
        if (await activities.FindAsync(register.Activity, ct) is not { Published: true } activity) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (activity.SeatOf(caller.AadObjectId).Registered) return await View(request, activity.Id, null, ct);
        if (await ClosedToAsync(activity, caller.AadObjectId, texts, ct) is { } closed) return Reply.Refuse(texts, closed);
        var needs = string.IsNullOrWhiteSpace(register.Needs) ? null : register.Needs.Trim();
        if (needs?.Length > Registration.MaxNeeds) return Reply.Refuse(texts, texts.Common.TooLong(texts.Activities.NeedsLabel, Registration.MaxNeeds));

        var now = time.GetUtcNow();
        await activities.SaveRegistrationAsync(activity.Id, caller.AadObjectId, current => new Registration
        {
            ActivityId = activity.Id, Title = activity.Title, Start = activity.Start, AadObjectId = caller.AadObjectId, TenantId = caller.TenantId,
            Name = caller.Name ?? current?.Name ?? caller.AadObjectId, Email = caller.Email ?? current?.Email,
            Institution = caller.Institution?.Name is { Length: > 0 } name ? name : current?.Institution,
            Region = caller.Institution?.Region is { Length: > 0 } region ? region : current?.Region,
            Needs = needs, RegisteredAt = now, Reach = request.Caller.Reach ?? caller.Reach ?? current?.Reach, Locale = caller.Locale ?? current?.Locale,
        }, ct);
        var seated = await activities.UpdateAsync(activity.Id, a => a.Open(now) ? a.Register(caller.AadObjectId) : a, ct);
        if (!seated.SeatOf(caller.AadObjectId).Registered) return Reply.Refuse(texts, await ClosedToAsync(seated, caller.AadObjectId, texts, ct) ?? texts.Activities.RegistrationClosed);
        if (seated.SeatOf(caller.AadObjectId).Confirmed) await calendar.SyncAttendeesAsync(seated.Id, ct);
        return ActivityCard.Build(seated, seated.SeatOf(caller.AadObjectId), now, calendar.Enabled, texts);
    }

    /// <summary>Cancels the caller's registration until the start; a confirmed place freed goes to the first waiting, told in their chat.</summary>
    private async Task<Reply> Unregister(Request request, CancelRegistration cancel, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var me = request.Caller.Person.AadObjectId;
        if (await activities.FindAsync(cancel.Activity, ct) is not { Published: true } activity || !activity.SeatOf(me).Registered)
            return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (activity.Cancelled) return Reply.Refuse(texts, texts.Activities.Cancelled);
        var now = time.GetUtcNow();
        if (now >= activity.Start) return Reply.Refuse(texts, texts.Activities.Started);

        IReadOnlyList<string> promoted = [];
        var after = await activities.UpdateAsync(activity.Id, a =>
        {
            var next = now < a.Start ? a.Cancel(me) : a;
            promoted = a.Promoted(next);
            return next;
        }, ct);
        await activities.SaveRegistrationAsync(activity.Id, me, r => r is null ? throw new InvalidOperationException("A seat without its registration.") : r with { CancelledAt = now }, ct);
        await TellPromotedAsync(after, promoted, ct);
        await calendar.SyncAttendeesAsync(after.Id, ct);
        return new Reply.Done(ActivityCard.Build(after, after.SeatOf(me), now, calendar.Enabled, texts, texts.Activities.RegistrationCancelled));
    }

    /// <summary>Tells each person just confirmed from the waiting list, in their own chat (once per registration).</summary>
    private async Task TellPromotedAsync(Activity a, IReadOnlyList<string> promoted, CancellationToken ct)
    {
        foreach (var id in promoted)
            if (await activities.RegistrationOfAsync(a.Id, id, ct) is { } registration)
                await outbox.ToPersonIfReachableAsync(MessageKey.ActivityConfirmed(a.Id, id, registration.RegisteredAt), SendOut.Activity(a.Id), await ReachableAsync(registration, ct),
                    t => ActivityNoticeCard.Build(a, t.Activities.PromotedTitle(a.Title), t.Activities.PromotedText, t, withJoin: true), ct);
    }

    /// <summary>The person behind a registration: their profile, or (someone who registered from a channel only) how their registration says to reach them.</summary>
    private async Task<Person> ReachableAsync(Registration r, CancellationToken ct) =>
        await people.FindAsync(r.AadObjectId, ct) ?? r.AsPerson();

    // ------------------------------------------------------------------ staff: registrations and attendance

    private async Task<Reply> Registrations(Request request, ShowRegistrations show, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await activities.FindAsync(show.Activity, ct) is not { Published: true } activity) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var registrations = await activities.RegistrationsAsync(activity.Id, ct).ToDictionaryAsync(r => r.AadObjectId, cancellationToken: ct);
        var staff = request.Caller.Person.AadObjectId;
        return RegistrationsCard.Build(activity, registrations, export.LinkFor(staff, activity.Id, Exports.Spreadsheet.Format, texts), export.LinkFor(staff, activity.Id, "csv", texts), texts);
    }

    /// <summary>
    /// The attendance, once the activity is over: what was saved, or a proposal: from the Teams meeting's attendance
    /// report when it was online and Graph is configured, else everyone confirmed present.
    /// </summary>
    private async Task<Reply> Attendance(Request request, OpenAttendance open, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var t = texts.Activities;
        if (await activities.FindAsync(open.Activity, ct) is not { Published: true, Cancelled: false } activity) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (time.GetUtcNow() < activity.End) return Reply.Refuse(texts, t.NotEnded);
        var registrations = await activities.RegistrationsAsync(activity.Id, ct).ToDictionaryAsync(r => r.AadObjectId, cancellationToken: ct);
        var attended = activity.AttendanceSavedAt is null && activity.JoinUrl is { } join ? await calendar.AttendedAsync(join, ct) : null;
        var note = activity.AttendanceSavedAt is not null ? t.AttendanceAllPresent
            : attended is not null ? t.AttendanceFromTeams
            : activity.JoinUrl is not null ? t.AttendanceReportMissing
            : t.AttendanceAllPresent;
        var lines = activity.Confirmed.Select(id => registrations.GetValueOrDefault(id) is { } r
            ? new AttendanceLine(id, r.Name, r.Institution, r.Present ?? (attended is null || attended.Contains(id) || (r.Email is { } email && attended.Contains(email))))
            : new AttendanceLine(id, id, null, true)).ToList();
        return AttendanceCard.Build(activity, lines, note, texts);
    }

    /// <summary>Saves the attendance (each confirmed person's toggle; anything else the card sent is ignored); those present get the evaluation, once.</summary>
    private async Task<Reply> SaveAttendance(Request request, SaveAttendance save, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await activities.FindAsync(save.Activity, ct) is not { Published: true, Cancelled: false } activity) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var now = time.GetUtcNow();
        if (now < activity.End) return Reply.Refuse(texts, texts.Activities.NotEnded);
        var form = new FormBinder(request.Data, texts);
        var present = 0;
        foreach (var id in activity.Confirmed)
        {
            var here = form.Text(new ToggleField(AttendanceCard.Prefix + id, _ => "")) == "true";
            var saved = await activities.SaveRegistrationAsync(activity.Id, id, r => r is null ? throw new InvalidOperationException("A seat without its registration.") : r.Present == here ? r : r with { Present = here }, ct);
            if (!here) continue;
            present++;
            await outbox.ToPersonIfReachableAsync(MessageKey.ActivityEvaluation(activity.Id, id), SendOut.Activity(activity.Id), await ReachableAsync(saved, ct),
                t => ActivityEvaluationCard.Build(activity, ActivityEvaluationForm.Of(null), t), ct);
        }
        var updated = await activities.UpdateAsync(activity.Id, a => a with { AttendanceSavedAt = now, AttendanceAsked = true }, ct);
        return new Reply.Done((await Attendance(request, new OpenAttendance(updated.Id), ct)).Card.Saying(texts.Activities.AttendanceSaved(present, activity.Confirmed.Count)));
    }

    // ------------------------------------------------------------------ evaluation

    private async Task<Reply> RedisplayEvaluation(Request request, EvaluateActivity evaluate, FormState state, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await activities.FindAsync(evaluate.Activity, ct) is not { } activity) return Reply.Refuse(texts, texts.Common.UnknownAction);
        return ActivityEvaluationCard.Build(activity, state, texts);
    }

    private async Task<Reply> Evaluate(Request request, EvaluateActivity evaluate, Submission<ActivityEvaluationForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var me = request.Caller.Person.AadObjectId;
        if (await activities.FindAsync(evaluate.Activity, ct) is not { } activity) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (await activities.RegistrationOfAsync(activity.Id, me, ct) is not { Present: true }) return Reply.Refuse(texts, texts.Activities.NotPresent);
        var form = submission.Form;
        var now = time.GetUtcNow();
        await activities.SaveRegistrationAsync(activity.Id, me, r => r! with { Evaluation = new ActivityEvaluation(form.Satisfaction, form.Apply, form.Comment, r.Evaluation?.At ?? now) }, ct);
        return ActivityNoticeCard.Build(activity, texts.Activities.EvaluationTitle(activity.Title), texts.Activities.EvaluationSaved, texts);
    }
}
