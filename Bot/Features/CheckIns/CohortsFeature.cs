using System.Globalization;
using System.Text.Json.Nodes;
using SmqBot.Bot.Features.Enrolment;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Installations;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.CheckIns;

/// <summary>
/// `cohortes` / `cohorts` (staff): the cohorts under way; creating one (members and experts by e-mail, welcomed
/// through the outbox; addresses SmqBot does not know yet are invited, see <see cref="Enrolments"/>); closing one (no
/// more check-ins or rounds).
/// </summary>
public sealed class CohortsFeature(CohortStore cohorts, InstallationStore teams, Enrolments enrolment, PeopleFinder finder, StaffLists lists, TimeProvider time) : IFeature
{
    public static readonly CommandInfo CohortsCommand = new("cohorts", ["cohortes", "cohorts"], t => t.CheckIns.CohortsCommand, [Role.Staff]) { Order = 60 };

    public IEnumerable<(CommandInfo, Handler)> Commands => [(CohortsCommand, Show)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.CheckIns.CheckInVerbs.Cohorts, [Role.Staff], Show),
        new(Cards.CheckIns.CheckInVerbs.CohortForm, [Role.Staff], Form),
        FormRoute.For<CohortForm, CreateCohort>([Role.Staff], CohortForm.Bind, RedisplayNew, Save),
        ActionRoute.For<CloseCohort>([Role.Staff], Close) with { Confirm = t => t.Confirm.CloseCohort },
        ActionRoute.For<EditCohort>([Role.Staff], Edit),
        FormRoute.For<CohortForm, UpdateCohort>([Role.Staff], CohortForm.Bind, RedisplayEdit, Update),
    ];

    private async Task<Reply> Show(Request request, CancellationToken ct) => await lists.CohortsCardAsync(request.Caller.Texts, Programme.Today(time), ct);

    private async Task<Reply> Form(Request request, CancellationToken ct)
    {
        var active = await teams.ActiveAsync(ct).ToListAsync(ct);
        return CohortFormCard.New(active, Guid.NewGuid().ToString("N")[..12], CohortForm.New(Programme.Today(time)), request.Caller.Texts);
    }

    private async Task<Reply> RedisplayNew(Request request, CreateCohort create, FormState state, CancellationToken ct) =>
        CohortFormCard.New(await teams.ActiveAsync(ct).ToListAsync(ct), create.Nonce, state, request.Caller.Texts);

    private async Task<Reply> RedisplayEdit(Request request, UpdateCohort update, FormState state, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await cohorts.FindAsync(update.Cohort, ct) is not { Closed: false } cohort) return Reply.Refuse(texts, texts.Common.UnknownAction);
        return CohortFormCard.Edit(cohort, await teams.ActiveAsync(ct).ToListAsync(ct), state, texts);
    }

    private async Task<Reply> Save(Request request, CreateCohort create, Submission<CohortForm> form, CancellationToken ct)
    {
        var nonce = create.Nonce;
        var (draft, experts, members, refusal) = await DraftAsync(form, request.Caller, ct);
        if (draft is null) return await refusal!;
        var cohort = draft with { Id = $"c-{nonce}", TenantId = request.Caller.Person.TenantId, CreatedAt = time.GetUtcNow() };
        // The form sent twice: the second finds the cohort made by the first, and changes nothing.
        if (await cohorts.CreateAsync(cohort, ct))
        {
            await enrolment.EnrolAsync(cohort, experts, members, ct);
            await enrolment.InviteAsync(cohort, ct);
        }
        return (await Show(request, ct)).Card.Saying(request.Caller.Texts.CheckIns.CohortCreated(cohort.Subject));
    }

    private async Task<Reply> Edit(Request request, EditCohort edit, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await cohorts.FindAsync(edit.Cohort, ct) is not { Closed: false } cohort) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var active = await teams.ActiveAsync(ct).ToListAsync(ct);
        var state = CohortForm.Of(cohort);
        if (cohort.Channel is { } channel && active.FirstOrDefault(t => t.Channels.Any(c => c.Id == channel.ConversationId)) is { } team)
            state = state.With(CohortForm.Fields.Channel, CohortFormCard.ChannelChoice(team.TeamId, channel.ConversationId));
        return CohortFormCard.Edit(cohort, active, state, texts);
    }

    /// <summary>
    /// Changes a cohort: added people are enrolled and welcomed; removed members' participations are closed (their
    /// history stays; rounds stop for them); kept members' participations follow the new subject and dates.
    /// </summary>
    private async Task<Reply> Update(Request request, UpdateCohort update, Submission<CohortForm> form, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var id = update.Cohort;
        if (await cohorts.FindAsync(id, ct) is not { Closed: false } before) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var (draft, experts, members, refusal) = await DraftAsync(form, request.Caller, ct);
        if (draft is null) return await refusal!;
        var after = await cohorts.UpdateAsync(id, current => draft with
        {
            Id = current.Id, TenantId = current.TenantId, CreatedAt = current.CreatedAt, CollectiveTargets = current.CollectiveTargets,
            Hours = current.Hours,
        }, ct);
        foreach (var gone in before.Invited.Where(i => after.Invited.All(a => a.Email != i.Email)))
            await enrolment.UninviteAsync(id, gone.Email, ct);
        await enrolment.InviteAsync(after, ct);
        var removed = before.Members.Where(m => after.Members.All(a => a.AadObjectId != m.AadObjectId));
        foreach (var member in removed)
            await cohorts.UpdateParticipationAsync(id, member.AadObjectId, p => p is null ? throw new InvalidOperationException("Missing participation.") : p with { CourseOpen = false }, ct);
        foreach (var member in after.Members.Where(m => before.Members.Any(b => b.AadObjectId == m.AadObjectId)))
            await cohorts.UpdateParticipationAsync(id, member.AadObjectId, p => p is null ? throw new InvalidOperationException("Missing participation.")
                : p with { CourseTitle = after.Subject, Start = after.Start, End = after.End, Cadence = after.Cadence }, ct);
        await enrolment.EnrolAsync(after,
            [.. experts.Where(e => before.Experts.All(b => b.AadObjectId != e.AadObjectId))],
            [.. members.Where(m => before.Members.All(b => b.AadObjectId != m.AadObjectId))], ct);
        return await Show(request, ct);
    }

    /// <summary>
    /// The bound form checked against the store: the channel must be one SmqBot is installed in, and the people must be
    /// known. A draft cohort (without id, tenant or creation time) and its people, or the form shown again.
    /// </summary>
    private async Task<(Cohort? Draft, IReadOnlyList<Person> Experts, IReadOnlyList<Person> Members, Task<Reply>? Refusal)> DraftAsync(Submission<CohortForm> submission, Caller by, CancellationToken ct)
    {
        static (Cohort?, IReadOnlyList<Person>, IReadOnlyList<Person>, Task<Reply>?) Fail(Task<Reply> refusal) => (null, [], [], refusal);
        var form = submission.Form;
        var texts = by.Texts;
        ConversationAddress? channel = null;
        if (form.Channel is { } choice)
        {
            if (await teams.FindAsync(choice.TeamId, ct) is not { Active: true } team || team.Channels.All(c => c.Id != choice.ChannelId))
                return Fail(submission.Refuse(CohortForm.Fields.Channel, texts.Forms.NotAChoice(texts.CheckIns.ChannelLabel)));
            channel = new ConversationAddress(team.ServiceUrl, "msteams", choice.ChannelId, team.TenantId, team.BotId, null);
        }
        var experts = await finder.FindAsync(form.Experts, by, ct);
        var members = await finder.FindAsync(form.Members, by, ct);
        // People picked from a roster: each must be on the roster of a team SmqBot is in (the card offered nothing else).
        var active = await teams.ActiveAsync(ct).ToListAsync(ct);
        if (await finder.FromRosterAsync(form.PickedExperts, active, ct) is not { } pickedExperts)
            return Fail(submission.Refuse(CohortForm.Fields.PickedExperts, texts.Forms.NotAChoice(texts.CheckIns.PickExpertsLabel)));
        if (await finder.FromRosterAsync(form.PickedMembers, active, ct) is not { } pickedMembers)
            return Fail(submission.Refuse(CohortForm.Fields.PickedMembers, texts.Forms.NotAChoice(texts.CheckIns.PickMembersLabel)));
        experts = experts.With(pickedExperts);
        members = members.With(pickedMembers);
        var draft = new Cohort
        {
            Id = "",
            Subject = form.Subject,
            FiscalYear = Programme.FiscalYear(form.Start),
            Start = form.Start,
            End = form.End,
            TenantId = "",
            Experts = [.. experts.Known.Select(PersonRef.Of)],
            Members = [.. members.Known.Select(PersonRef.Of)],
            // Addresses SmqBot does not know yet are kept as invited, not refused: they join when they first come.
            Invited = [.. experts.Invited.Select(e => new Invitee(e, AsExpert: true, experts.ReasonFor(e))), .. members.Invited.Select(e => new Invitee(e, AsExpert: false, members.ReasonFor(e)))],
            Objectives = form.Objectives,
            Channel = channel,
            DigestInChannel = channel is not null && form.DigestInChannel,
            Cadence = new Cadence { EveryWeeks = form.EveryWeeks, Day = form.Day, At = form.At },
        };
        return (draft, experts.Known, members.Known, null);
    }

    private async Task<Reply> Close(Request request, CloseCohort close, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var cohortId = close.Cohort;
        if (await cohorts.FindAsync(cohortId, ct) is not { } cohort) return Reply.Refuse(texts, texts.Common.UnknownAction);
        var now = time.GetUtcNow();
        await cohorts.UpdateAsync(cohortId, c => c.Closed ? c : c with { Closed = true, ClosedAt = now }, ct);
        foreach (var member in cohort.Members)
            await cohorts.UpdateParticipationAsync(cohortId, member.AadObjectId, p => p is null ? throw new InvalidOperationException("Missing participation.") : p with { CourseOpen = false }, ct);
        return (await Show(request, ct)).AsDone();
    }
}
