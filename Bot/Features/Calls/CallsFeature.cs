using SmqBot.Bot.Features.Enrolment;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Calls;
using SmqBot.Cards.Coaching;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Installations;
using SmqBot.Data.People;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Calls;

/// <summary>
/// Calls for applications. `appels` / `calls` (staff): compose a call, preview it, post it to a channel (through the
/// outbox). In the channel, each reader's card shows the deadline, how many have applied and their own application;
/// members apply from it, edit or withdraw until the deadline. One application per person and call: applying again
/// updates it. Identity comes from the activity; card data only names the call.
/// </summary>
public sealed class CallsFeature(CallStore calls, InstallationStore teams, PeopleStore people, CohortStore cohorts, Enrolments enrolments, PeopleFinder finder, Outbox.OutboxQueue outbox,
    Data.Institutions.MemberStore members, TimeProvider time) : IFeature
{
    public static readonly CommandInfo CallsCommand = new("calls", ["appels", "calls"], t => t.Calls.CallsCommand, [Role.Staff]) { Order = 80 };

    private const int RecentCalls = 10;

    public IEnumerable<(CommandInfo, Handler)> Commands => [(CallsCommand, Show)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.Calls.CallVerbs.Calls, [Role.Staff], Show),
        ActionRoute.For<OpenCallForm>([Role.Staff], Form),
        FormRoute.For<CallForm, PreviewCall>([Role.Staff], CallForm.Bind, RedisplayCall, Preview),
        ActionRoute.For<PostCall>([Role.Staff], Post),
        FormRoute.For<CallForm, UpdateCall>([Role.Staff], CallForm.Bind, RedisplayEdit, Update),
        ActionRoute.For<ShowCall>([], (r, show, ct) => View(r, show.Call, ct), activityIdentityOnly: true),
        ActionRoute.For<ApplyToCall>([], Apply, activityIdentityOnly: true),
        FormRoute.For<ApplicationForm, SubmitApplication>([], ApplicationForm.Bind, RedisplayApplication, Submit, activityIdentityOnly: true),
        ActionRoute.For<WithdrawApplication>([], Withdraw, activityIdentityOnly: true) with { Confirm = t => t.Confirm.WithdrawApplication },
        ActionRoute.For<ReviewApplications>([Role.Staff], Review),
        ActionRoute.For<CloseCall>([Role.Staff], CloseEarly) with { Confirm = t => t.Confirm.CloseCall },
        ActionRoute.For<ShowApplication>([Role.Staff], OpenApplication),
        ActionRoute.For<SelectApplication>([Role.Staff], (r, select, ct) => DecideAsync(r, select, ApplicationStatus.Selected, ct)),
        ActionRoute.For<DeclineApplication>([Role.Staff], (r, decline, ct) => DecideAsync(r, decline, ApplicationStatus.Declined, ct)) with { Confirm = t => t.Confirm.DeclineApplication },
    ];

    private async Task<Reply> Show(Request request, CancellationToken ct)
    {
        var recent = new List<(Call, int)>();
        await foreach (var call in calls.RecentAsync(RecentCalls, ct)) recent.Add((call, await CountAsync(call.Id, ct)));
        return CallsCard.Build(recent, time.GetUtcNow(), request.Caller.Texts);
    }

    /// <summary>A call's id, from the nonce of the form that composed it: previewing the same form again finds the same draft.</summary>
    private static string CallId(string nonce) => $"call-{nonce}";

    private async Task<Reply> Form(Request request, OpenCallForm open, CancellationToken ct)
    {
        var active = await teams.ActiveAsync(ct).ToListAsync(ct);
        // "Modifier" in the list of calls: a posted call, still open, edited in place.
        if (open.Call is { } id)
            return await calls.FindAsync(id, ct) is { PostedAt: not null } posted && posted.IsOpen(time.GetUtcNow())
                ? CallFormCard.Edit(posted, active, Programme.Today(time), CallForm.Of(posted, active), request.Caller.Texts)
                : Reply.Refuse(request.Caller.Texts, request.Caller.Texts.Calls.CallClosed);
        // "Modifier" on a preview: the same form, filled with the draft, which a new preview replaces (until it is posted).
        if (open.Nonce is { } nonce && await calls.FindAsync(CallId(nonce), ct) is { PostedAt: null } draft)
            return CallFormCard.Build(active, Programme.Today(time), nonce, CallForm.Of(draft, active), request.Caller.Texts);
        return CallFormCard.Build(active, Programme.Today(time), Guid.NewGuid().ToString("N")[..12], CallForm.New(), request.Caller.Texts);
    }

    private async Task<Reply> RedisplayCall(Request request, PreviewCall preview, FormState state, CancellationToken ct) =>
        CallFormCard.Build(await teams.ActiveAsync(ct).ToListAsync(ct), Programme.Today(time), preview.Nonce, state, request.Caller.Texts);

    /// <summary>Checks the form and saves the call, not yet posted; answers with the card as the channel will see it.</summary>
    private async Task<Reply> Preview(Request request, PreviewCall previewCall, Submission<CallForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var form = submission.Form;
        var nonce = previewCall.Nonce;
        if (form.Deadline <= Programme.Today(time)) return await submission.Refuse(CallForm.Fields.Deadline, texts.Calls.DeadlineInPast);
        var (teamId, channelId) = form.Channel;
        if (await teams.FindAsync(teamId, ct) is not { Active: true } team || team.Channels.All(c => c.Id != channelId))
            return await submission.Refuse(CallForm.Fields.Channel, texts.Common.Required(texts.Calls.ChannelLabel));

        var call = new Call
        {
            Id = CallId(nonce), Kind = form.Kind,
            TitleFr = form.TitleFr, TitleEn = form.TitleEn, DescriptionFr = form.DescriptionFr, DescriptionEn = form.DescriptionEn,
            EligibilityFr = form.EligibilityFr, EligibilityEn = form.EligibilityEn, Places = form.Places,
            Deadline = form.ClosesAt,
            PostedTo = new ConversationAddress(team.ServiceUrl, "msteams", channelId, team.TenantId, team.BotId, null),
            CreatedBy = request.Caller.Person.AadObjectId, CreatedAt = time.GetUtcNow(),
        };
        // A preview sent again (after "Modifier", or twice) replaces the draft until it is posted; a posted call stays as posted.
        if (!await calls.CreateAsync(call, ct))
            call = await calls.UpdateAsync(call.Id, current => current.PostedAt is null ? call with { CreatedAt = current.CreatedAt } : current, ct);
        var preview = CallCard.Build(call, 0, null, time.GetUtcNow(), texts, texts.Calls.PreviewNote);
        return preview with
        {
            Actions = call.PostedAt is null
                ? [Actions.Execute(texts.Calls.Post, new PostCall(call.Id), style: "positive"),
                   Actions.Execute(texts.Calls.EditCall, new OpenCallForm(null, nonce))]
                : null,
            Refresh = null,
        };
    }

    private async Task<Reply> Post(Request request, PostCall post, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var id = post.Call;
        if (await calls.FindAsync(id, ct) is not { PostedTo: { } channel } call) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (call.PostedAt is not null) return Reply.Refuse(texts, texts.Calls.AlreadyPosted);
        var now = time.GetUtcNow();
        call = await calls.UpdateAsync(id, c => c.PostedAt is null ? c with { PostedAt = now } : c, ct);
        // The channel gets the French card: French is the programme's first language; English readers get theirs on refresh.
        await outbox.ToConversationAsync(MessageKey.CallPost(id), SendOut.Call(id), channel, CallCard.Build(call, 0, null, now, Texts.French), ct: ct);
        var posted = CallCard.Build(call, 0, null, now, texts, texts.Calls.PostedNote);
        return posted with { Actions = null, Refresh = null };
    }

    private async Task<Reply> RedisplayEdit(Request request, UpdateCall update, FormState state, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await calls.FindAsync(update.Call, ct) is not { PostedAt: not null } call) return Reply.Refuse(texts, texts.Common.UnknownAction);
        return CallFormCard.Edit(call, await teams.ActiveAsync(ct).ToListAsync(ct), Programme.Today(time), state, texts);
    }

    /// <summary>
    /// Staff edit a posted, open call: its texts, places and deadline change (kind and channel stay, whatever the card
    /// data says), and the card in the channel is updated through the outbox, once the post itself went out.
    /// </summary>
    private async Task<Reply> Update(Request request, UpdateCall update, Submission<CallForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var form = submission.Form;
        var id = update.Call;
        if (await calls.FindAsync(id, ct) is not { PostedAt: not null, PostedTo: { } channel } call) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var now = time.GetUtcNow();
        if (!call.IsOpen(now)) return Reply.Refuse(texts, texts.Calls.CallClosed);
        if (form.Deadline <= Programme.Today(time)) return await submission.Refuse(CallForm.Fields.Deadline, texts.Calls.DeadlineInPast);

        call = await calls.UpdateAsync(id, c => c with
        {
            TitleFr = form.TitleFr, TitleEn = form.TitleEn, DescriptionFr = form.DescriptionFr, DescriptionEn = form.DescriptionEn,
            EligibilityFr = form.EligibilityFr, EligibilityEn = form.EligibilityEn, Places = form.Places, Deadline = form.ClosesAt,
        }, ct);
        // Each edit is one update of the posted activity (the key carries when it was made: two edits are two updates).
        await outbox.UpdateInConversationAsync(MessageKey.CallEdit(id, now), SendOut.Call(id), MessageKey.CallPost(id), channel,
            CallCard.Build(call, await CountAsync(id, ct), null, now, Texts.French), ct);
        return (await Show(request, ct)).Card.Saying(texts.Calls.CallUpdated);
    }

    /// <summary>The reader's own view of a posted call (what the card's refresh asks for).</summary>
    private async Task<Reply> View(Request request, string id, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await calls.FindAsync(id, ct) is not { PostedAt: not null } call) return Reply.Refuse(texts, texts.Common.UnknownAction);
        return CallCard.Build(call, await CountAsync(id, ct), await calls.ApplicationOfAsync(id, request.Caller.Person.AadObjectId, ct), time.GetUtcNow(), texts);
    }

    private async Task<Reply> Apply(Request request, ApplyToCall apply, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var id = apply.Call;
        if (await calls.FindAsync(id, ct) is not { PostedAt: not null } call) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (!call.IsOpen(time.GetUtcNow())) return await View(request, id, ct);
        return ApplicationFormCard.Build(call, ApplicationForm.Of(await calls.ApplicationOfAsync(id, request.Caller.Person.AadObjectId, ct)), texts);
    }

    private async Task<Reply> RedisplayApplication(Request request, SubmitApplication submit, FormState state, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await calls.FindAsync(submit.Call, ct) is not { PostedAt: not null } call) return Reply.Refuse(texts, texts.Common.UnknownAction);
        return call.IsOpen(time.GetUtcNow()) ? ApplicationFormCard.Build(call, state, texts) : Reply.Refuse(texts, texts.Calls.CallClosed);
    }

    private async Task<Reply> Submit(Request request, SubmitApplication submit, Submission<ApplicationForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var form = submission.Form;
        var id = submit.Call;
        if (await calls.FindAsync(id, ct) is not { PostedAt: not null } call) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var now = time.GetUtcNow();
        if (!call.IsOpen(now)) return Reply.Refuse(texts, texts.Calls.CallClosed);
        if (call.Kind == CallKind.Coaching && form.Axis is null) return await submission.Refuse(ApplicationForm.Fields.Axis, texts.Common.Required(texts.Coaching.AxisLabel));
        var axis = call.Kind == CallKind.Coaching ? form.Axis : null;

        var caller = request.Caller.Person;
        var member = await members.MatchAsync(form.Institution, ct);
        var saved = await calls.SaveApplicationAsync(id, caller.AadObjectId, current => new Application
        {
            CallId = id, AadObjectId = caller.AadObjectId, Name = caller.Name ?? current?.Name ?? caller.AadObjectId,
            Institution = member?.Name ?? form.Institution, InstitutionId = member?.Id, People = form.People, Axis = axis, ImprovementAreas = form.Areas, Motivation = form.Motivation,
            Committed = true, Status = ApplicationStatus.Submitted, SubmittedAt = current?.SubmittedAt ?? now, UpdatedAt = now,
            Reach = request.Caller.Reach ?? current?.Reach, Locale = caller.Locale ?? current?.Locale,
        }, ct);
        return CallCard.Build(call, await CountAsync(id, ct), saved, now, texts);
    }

    /// <summary>Staff close a posted call before its deadline: it takes no more applications (the deadline becomes now).</summary>
    private async Task<Reply> CloseEarly(Request request, CloseCall close, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var id = close.Call;
        if (await calls.FindAsync(id, ct) is not { PostedAt: not null }) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var now = time.GetUtcNow();
        await calls.UpdateAsync(id, c => c.Deadline > now ? c with { Deadline = now } : c, ct);
        return (await Show(request, ct)).AsDone();
    }

    private async Task<Reply> Withdraw(Request request, WithdrawApplication withdraw, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var id = withdraw.Call;
        if (await calls.FindAsync(id, ct) is not { PostedAt: not null } call) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var now = time.GetUtcNow();
        if (!call.IsOpen(now)) return Reply.Refuse(texts, texts.Calls.CallClosed);
        var mine = await calls.ApplicationOfAsync(id, request.Caller.Person.AadObjectId, ct);
        if (mine is not { Status: ApplicationStatus.Submitted }) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var withdrawn = await calls.SaveApplicationAsync(id, mine.AadObjectId, a => a! with { Status = ApplicationStatus.Withdrawn, UpdatedAt = now }, ct);
        return new Reply.Done(CallCard.Build(call, await CountAsync(id, ct), withdrawn, now, texts));
    }

    private async Task<Reply> Review(Request request, ReviewApplications review, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (id, filter) = (review.Call, review.Filter);
        if (await calls.FindAsync(id, ct) is not { } call) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var all = await calls.ApplicationsAsync(id, ct).ToListAsync(ct);
        return ReviewCard.Build(call, all, filter, texts);
    }

    private async Task<Reply> OpenApplication(Request request, ShowApplication show, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (call, application) = await ApplicationAsync(show.Call, show.Person, ct);
        return call is null || application is null ? Reply.Refuse(texts, texts.Common.UnknownAction) : await ApplicationCardAsync(call, application, texts, ct);
    }

    private async Task<Reply> ApplicationCardAsync(Call call, Application application, Texts texts, CancellationToken ct)
    {
        IReadOnlyList<Cohort> open = call.Kind == CallKind.Cohort && application.Status == ApplicationStatus.Submitted ? await cohorts.OpenAsync(ct).ToListAsync(ct) : [];
        // Individual coaching is for members recognised for their tourism potential: staff see when an applicant's institution is not one (they decide).
        var flag = call.Kind == CallKind.Coaching
            && await (application.InstitutionId is { } memberId ? members.FindAsync(memberId, ct) : members.MatchAsync(application.Institution, ct)) is not { TourismPotential: true };
        return ApplicationCard.Build(call, application, open, Programme.Today(time), texts, notRecognised: flag);
    }

    private async Task<(Call?, Application?)> ApplicationAsync(string id, string person, CancellationToken ct)
    {
        if (await calls.FindAsync(id, ct) is not { } call) return (null, null);
        return (call, await calls.ApplicationOfAsync(id, person, ct));
    }

    /// <summary>
    /// Staff select or decline an application (once), with an optional message; the applicant is told through the outbox.
    /// Selecting places the applicant in the same step: into the chosen cohort, or into a new accompaniment. The
    /// placement is made before the decision is recorded, and both can run again, so a selection that failed half-way
    /// completes when staff try again.
    /// </summary>
    private async Task<Reply> DecideAsync(Request request, IApplicationDecision action, ApplicationStatus decision, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (call, application) = await ApplicationAsync(action.Call, action.Person, ct);
        if (call is null || application is null) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var message = action.Message;
        if (message?.Length > ApplicationCard.MaxMessage) return Reply.Refuse(texts, texts.Common.TooLong(texts.Calls.DecisionMessageLabel, ApplicationCard.MaxMessage));
        if (application.Status != ApplicationStatus.Submitted) return Reply.Refuse(texts, texts.Coaching.AlreadyDecided);

        // Someone who applied from a channel only is not in the people store yet; their application says how to reach them.
        var applicant = await people.EnsureKnownAsync(new Person
        {
            AadObjectId = application.AadObjectId, TenantId = call.PostedTo?.TenantId ?? request.Caller.Person.TenantId,
            Name = application.Name, Locale = application.Locale, Reach = application.Reach, FirstSeen = time.GetUtcNow(),
            Institution = await members.ReferAsync(application.Institution, "", ct),
        }, ct);
        Placement? placement = null;
        if (decision == ApplicationStatus.Selected)
        {
            var select = (SelectApplication)action;
            var (placed, error) = call.Kind == CallKind.Cohort
                ? await JoinCohortAsync(select, applicant, texts, ct)
                : await StartAccompanimentAsync(select, new Cards.Forms.FormBinder(request.Data, texts), call, application, applicant, request.Caller, ct);
            if (placed is null) return Reply.Refuse(texts, error!);
            placement = placed;
        }

        var decidedNow = false;
        var decided = await calls.SaveApplicationAsync(call.Id, application.AadObjectId, a =>
        {
            decidedNow = a!.Status == ApplicationStatus.Submitted;
            return decidedNow ? a with { Status = decision, DecisionMessage = message, Placement = placement, UpdatedAt = time.GetUtcNow() } : a;
        }, ct);
        if (!decidedNow) return Reply.Refuse(texts, texts.Coaching.AlreadyDecided);

        await outbox.ToPersonIfReachableAsync(MessageKey.CallDecision(call.Id, decided.AadObjectId), SendOut.Call(call.Id), applicant with { Locale = applicant.Locale ?? decided.Locale },
            t => DecisionCard.Build(call, decision == ApplicationStatus.Selected, message, t), ct);
        return (await ApplicationCardAsync(call, decided, texts, ct)).AsDone();
    }

    private async Task<(Placement?, string?)> JoinCohortAsync(SelectApplication select, Person applicant, Texts texts, CancellationToken ct)
    {
        if (select.Cohort is not { } cohortId || !Data.Ids.IsValid(cohortId) || await cohorts.FindAsync(cohortId, ct) is not { Closed: false } cohort) return (null, texts.Common.Required(texts.Calls.PlaceInCohortLabel));
        if (cohort.Members.Count >= Cohort.MaxMembers && cohort.Members.All(m => m.AadObjectId != applicant.AadObjectId))
            return (null, texts.CheckIns.TooManyMembers(Cohort.MaxMembers));
        var joined = await enrolments.JoinAsync(cohortId, applicant, ct);
        return joined is null ? (null, texts.Common.Required(texts.Calls.PlaceInCohortLabel)) : (Placement.InCohort(joined.Id, joined.Subject), null);
    }

    /// <param name="form">The terms typed on the application's card (region, budget, dates): the accompaniment form's own fields.</param>
    private async Task<(Placement?, string?)> StartAccompanimentAsync(SelectApplication select, Cards.Forms.FormBinder form, Call call, Application application, Person applicant, Caller staff, CancellationToken ct)
    {
        var texts = staff.Texts;
        var email = select.Expert;
        if (email is null or "") return (null, texts.Common.Required(texts.Coaching.ExpertLabel));
        if (!Cards.Forms.EmailsField.IsAddress(email)) return (null, texts.Forms.NotEmails(email.Length > 60 ? email[..60] + "…" : email));
        // An expert SmqBot does not know yet is invited, as in the coaching form: the accompaniment starts when they come.
        var expert = await finder.FindAsync(email, staff, ct);
        var region = AccompanimentForm.Fields.Region.Read(form);
        var terms = TermsFields.Read(form);
        if (form.State.Errors.Values.FirstOrDefault() is { } error) return (null, error);
        if (application.Axis is not { } axis) return (null, texts.Common.Required(texts.Coaching.AxisLabel));

        // One accompaniment per call and applicant: selecting again after a failure finds it instead of making another.
        var accompaniment = Enrolments.NewAccompaniment($"a-{call.Id}-{application.AadObjectId}", await members.ReferAsync(application.Institution, region!, ct), new Named.Known(applicant), expert, axis,
            terms!, application.ImprovementAreas, applicant.TenantId, staff.Person, time.GetUtcNow());
        await enrolments.StartAsync(accompaniment, ct);
        return (Placement.InAccompaniment(accompaniment.Id, accompaniment.Expert), null);
    }

    private async Task<int> CountAsync(string callId, CancellationToken ct)
    {
        var count = 0;
        await foreach (var application in calls.ApplicationsAsync(callId, ct))
            if (application.Status != ApplicationStatus.Withdrawn) count++;
        return count;
    }
}
