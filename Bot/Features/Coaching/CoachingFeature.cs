using System.Globalization;
using SmqBot.Bot.Features.Enrolment;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Coaching;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Coaching;

/// <summary>
/// `accompagnements` / `coaching` (staff): the accompaniments under way; creating one (an institution, one coached
/// person, an expert, an axis, an hour budget), which gives the coached person a participation for their targets (the
/// same target model as the cohorts) and welcomes both through the outbox.
/// </summary>
public sealed class CoachingFeature(AccompanimentStore accompaniments, CohortStore cohorts, PeopleStore people, Outbox.OutboxQueue outbox, Enrolments enrolment, PeopleFinder finder, StaffLists lists, StatementExport statements,
    Data.Institutions.MemberStore members, TimeProvider time) : IFeature
{
    public static readonly CommandInfo CoachingCommand = new("coaching", ["accompagnements", "coaching"], t => t.Coaching.CoachingCommand, [Role.Staff]) { Order = 70 };

    public IEnumerable<(CommandInfo, Handler)> Commands => [(CoachingCommand, Show)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.Coaching.CoachingVerbs.Coaching, [Role.Staff], Show),
        new(Cards.Coaching.CoachingVerbs.CoachingForm, [Role.Staff], Form),
        FormRoute.For<AccompanimentForm, CreateAccompaniment>([Role.Staff], AccompanimentForm.Bind, Redisplay, Save),
        ActionRoute.For<CloseAccompaniment>([Role.Staff], Close) with { Confirm = t => t.Confirm.CloseAccompaniment },
        ActionRoute.For<ShowStatement>([Role.Staff], Statement) with { Expensive = true },
        ActionRoute.For<ShowEntries>([Role.Staff], Entries),
        FormRoute.For<EvaluationForm, SubmitEvaluation>([], EvaluationForm.Bind, RedisplayEvaluation, Evaluate, activityIdentityOnly: true),
    ];

    private DateOnly Today => Programme.Today(time);

    private async Task<Reply> Show(Request request, CancellationToken ct) => await lists.CoachingCardAsync(request.Caller.Texts, Today, ct);

    private Task<Reply> Form(Request request, CancellationToken ct) =>
        Task.FromResult<Reply>(CoachingFormCard.Build(Guid.NewGuid().ToString("N")[..12], AccompanimentForm.New(Today), request.Caller.Texts));

    private Task<Reply> Redisplay(Request request, CreateAccompaniment create, FormState state, CancellationToken ct) =>
        Task.FromResult<Reply>(CoachingFormCard.Build(create.Nonce, state, request.Caller.Texts));

    private async Task<Reply> Save(Request request, CreateAccompaniment create, Submission<AccompanimentForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var form = submission.Form;
        var nonce = create.Nonce;
        // Someone SmqBot does not know yet is invited: the accompaniment starts when they first install or write.
        var coached = await finder.FindAsync(form.Coached, request.Caller, ct);
        var expert = await finder.FindAsync(form.Expert, request.Caller, ct);
        // An institution on SMQ's member list is referred to by its id (the report counts it so).
        var institution = await members.ReferAsync(form.Institution.Name, form.Institution.Region, ct);
        var accompaniment = Enrolments.NewAccompaniment($"a-{nonce}", institution, coached, expert, form.Axis, form.Terms, form.Objectives,
            request.Caller.Person.TenantId, request.Caller.Person, time.GetUtcNow());
        // The form sent twice: the second finds the accompaniment made by the first, and changes nothing.
        await enrolment.StartAsync(accompaniment, ct);
        return await Show(request, ct);
    }

    private async Task<Reply> Entries(Request request, ShowEntries show, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        return (await accompaniments.ReadAsync(show.Expert, show.Accompaniment, ct))?.Value is { } a
            ? EntriesCard.Build(a, texts)
            : Reply.Refuse(texts, texts.Common.UnknownAction);
    }

    /// <summary>An expert's hours for a month, across their accompaniments, with a CSV link minted for this staff member.</summary>
    private async Task<Reply> Statement(Request request, ShowStatement show, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (expertId, month) = (show.Expert, show.Month.First);
        if (month > Today) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var (expertName, entries) = await statements.StatementAsync(expertId, month, ct);
        return StatementCard.Build(expertName, month, [.. entries.Select(e => (e.For, e.Entry))], statements.LinkFor(request.Caller.Person.AadObjectId, expertId, month, Exports.Spreadsheet.Format, texts), statements.LinkFor(request.Caller.Person.AadObjectId, expertId, month, "csv", texts), texts);
    }

    /// <summary>Staff close an accompaniment: no more hours or targets, and the coached person gets the evaluation card.</summary>
    private async Task<Reply> Close(Request request, CloseAccompaniment close, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (expertId, id) = (close.Expert, close.Accompaniment);
        if (await accompaniments.ReadAsync(expertId, id, ct) is not { Value.Closed: false })
            return Reply.Refuse(texts, texts.Common.UnknownAction);
        var now = time.GetUtcNow();
        var closed = await accompaniments.UpdateAsync(expertId, id, a => a.Closed ? a : a with { Closed = true, ClosedAt = now }, ct);
        var participation = await cohorts.UpdateParticipationAsync(id, closed.CoachedPerson.AadObjectId, p => p is null ? throw new InvalidOperationException("Missing participation.") : p with { CourseOpen = false }, ct);
        await outbox.ToPersonIfReachableAsync(MessageKey.Evaluation(id), SendOut.Coaching(id), await people.FindAsync(closed.CoachedPerson.AadObjectId, ct),
            t => EvaluationCard.Build(closed, participation.Targets, EvaluationForm.New(participation.Targets), t), ct);
        return (await Show(request, ct)).AsDone();
    }

    /// <summary>The caller's own accompaniment the card names (the coached person's), and their targets; null when it is not theirs.</summary>
    private async Task<(Accompaniment? Accompaniment, IReadOnlyList<Target> Targets)> EvaluatedAsync(Request request, IAccompanimentAction action, CancellationToken ct)
    {
        var id = action.Accompaniment;
        if ((await accompaniments.ReadAsync(action.Expert, id, ct))?.Value is not { } accompaniment || accompaniment.CoachedPerson.AadObjectId != request.Caller.Person.AadObjectId)
            return (null, []);
        return (accompaniment, (await cohorts.ReadParticipationAsync(id, accompaniment.CoachedPerson.AadObjectId, ct))?.Value.Targets ?? []);
    }

    private async Task<Reply> RedisplayEvaluation(Request request, SubmitEvaluation submit, FormState state, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (accompaniment, targets) = await EvaluatedAsync(request, submit, ct);
        return accompaniment is null ? Reply.Refuse(texts, texts.Coaching.NotYourAccompaniment) : EvaluationCard.Build(accompaniment, targets, state, texts);
    }

    /// <summary>The coached person's evaluation: only theirs (checked against the accompaniment), once; staff are sent the answers.</summary>
    private async Task<Reply> Evaluate(Request request, SubmitEvaluation submit, Submission<EvaluationForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (accompaniment, targets) = await EvaluatedAsync(request, submit, ct);
        if (accompaniment is null) return Reply.Refuse(texts, texts.Coaching.NotYourAccompaniment);
        if (accompaniment.Evaluation is not null) return EvaluationResultCard.Thanks(accompaniment, texts.Coaching.EvaluationAlreadyReceived, texts);
        var form = submission.Form;
        // An outcome for a target that is not one of theirs is forged: nothing to show again.
        if (form.Outcomes.Keys.Any(id => targets.All(t => t.Id != id))) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var outcomes = targets.Where(t => form.Outcomes.ContainsKey(t.Id)).Select(t => new TargetOutcome(t.Id, t.What, form.Outcomes[t.Id])).ToList();
        var evaluation = new Evaluation(outcomes, form.Satisfaction, form.WouldRecommend, form.Comments, time.GetUtcNow());
        var (expertId, id) = (accompaniment.Expert.AadObjectId, accompaniment.Id);
        var firstTime = false;
        var updated = await accompaniments.UpdateAsync(expertId, id, a =>
        {
            firstTime = a.Evaluation is null;
            return firstTime ? a with { Evaluation = evaluation } : a;
        }, ct);
        if (!firstTime) return EvaluationResultCard.Thanks(updated, texts.Coaching.EvaluationAlreadyReceived, texts);
        await outbox.ToPersonIfReachableAsync(MessageKey.EvaluationResult(id), SendOut.Coaching(id), await people.FindAsync(updated.StaffOwner.AadObjectId, ct),
            t => EvaluationResultCard.Build(updated, evaluation, t), ct);
        return EvaluationResultCard.Thanks(updated, texts.Coaching.EvaluationThanks, texts);
    }
}
