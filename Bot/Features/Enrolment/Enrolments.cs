using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Coaching;
using SmqBot.Data;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Enrolment;

/// <summary>
/// Puts people into the programme: members and experts enrolled in a cohort, an accompaniment started, each welcomed
/// through the outbox. One place for it, used by the cohort and coaching forms and by a call's selection (the people
/// are found by <see cref="PeopleFinder"/>): the same invitation of those SmqBot does not know yet, carried out when they
/// first install or write (<see cref="MetAsync"/>), the same welcomes once SmqBot has installed itself for them
/// (<see cref="WelcomeAllAsync"/>). Every step can run twice without changing anything the second time, so a retried
/// action completes what a failed one began.
/// </summary>
public sealed class Enrolments(CohortStore cohorts, AccompanimentStore accompaniments, PeopleStore people, InvitationStore invitations, Outbox.OutboxQueue outbox)
{
    /// <summary>
    /// Everything someone was added to, welcomed again: once SmqBot has a chat with them (it just installed itself),
    /// the welcomes they could not be sent go out. Welcomes already sent are not sent twice (same keys).
    /// </summary>
    public async Task WelcomeAllAsync(Person person, CancellationToken ct)
    {
        await foreach (var cohort in cohorts.OpenAsync(ct))
        {
            if (cohort.Members.Any(m => m.AadObjectId == person.AadObjectId)) await WelcomeMemberAsync(cohort, person, ct);
            if (cohort.Experts.Any(m => m.AadObjectId == person.AadObjectId)) await WelcomeExpertAsync(cohort, person, ct);
        }
        await foreach (var a in accompaniments.OpenAsync(ct))
        {
            if (a.CoachedPerson.AadObjectId == person.AadObjectId) await WelcomeCoachedAsync(a, person, ct);
            if (a.Expert.AadObjectId == person.AadObjectId) await WelcomeAssignedExpertAsync(a, person, ct);
        }
    }

    private Task WelcomeMemberAsync(Cohort cohort, Person person, CancellationToken ct) =>
        outbox.ToPersonIfReachableAsync(MessageKey.CohortWelcome(cohort.Id, person.AadObjectId), SendOut.Cohort(cohort.Id), person, t => CohortWelcomeCard.Build(cohort, t), ct);

    private Task WelcomeExpertAsync(Cohort cohort, Person person, CancellationToken ct) =>
        outbox.ToPersonIfReachableAsync(MessageKey.CohortExpert(cohort.Id, person.AadObjectId), SendOut.Cohort(cohort.Id), person, t => CohortExpertCard.Build(cohort, t), ct);

    private Task WelcomeCoachedAsync(Accompaniment a, Person? person, CancellationToken ct) =>
        outbox.ToPersonIfReachableAsync(MessageKey.CoachingWelcome(a.Id), SendOut.Coaching(a.Id), person, t => CoachedWelcomeCard.Build(a, t), ct);

    private Task WelcomeAssignedExpertAsync(Accompaniment a, Person? person, CancellationToken ct) =>
        outbox.ToPersonIfReachableAsync(MessageKey.CoachingExpert(a.Id), SendOut.Coaching(a.Id), person, t => ExpertAssignedCard.Build(a, t), ct);

    /// <summary>
    /// Keeps, for each of the cohort's invited addresses, that they are expected there: when one of them first installs
    /// or writes, <see cref="MetAsync"/> enrols and welcomes them.
    /// </summary>
    public async Task InviteAsync(Cohort cohort, CancellationToken ct)
    {
        // Addresses Graph found in no tenant are kept too: they may come another way later (invited as guests, say).
        foreach (var invitee in cohort.Invited)
            await invitations.AddAsync(invitee.Email, cohort.TenantId,
                i => i with { Cohorts = [.. i.Cohorts.Where(c => c.CohortId != cohort.Id), new CohortInvite(cohort.Id, invitee.AsExpert)] }, ct);
    }

    /// <summary>Someone removed from a cohort before SmqBot met them is no longer expected there.</summary>
    public async Task UninviteAsync(string cohortId, string email, CancellationToken ct)
    {
        if (await invitations.FindAsync(email, ct) is not { } invitation) return;
        var left = await invitations.AddAsync(email, invitation.TenantId, i => i with { Cohorts = [.. i.Cohorts.Where(c => c.CohortId != cohortId)] }, ct);
        if (left.Cohorts.Count == 0 && left.Accompaniments.Count == 0) await invitations.DeleteAsync(email, ct);
    }

    /// <summary>
    /// Someone met for the first time with an address (they installed the app, or wrote): everything they were invited
    /// to is carried out now (cohorts joined, accompaniments started once both people are known), each with its welcome.
    /// </summary>
    /// <returns>Whether they were invited to anything (their roles may have changed).</returns>
    public async Task<bool> MetAsync(Person person, CancellationToken ct)
    {
        if (person.Email is not { Length: > 0 } email || await invitations.FindAsync(email, ct) is not { } invitation) return false;
        foreach (var invite in invitation.Cohorts)
        {
            if (await cohorts.FindAsync(invite.CohortId, ct) is not { Closed: false }) continue;
            var me = PersonRef.Of(person);
            var cohort = await cohorts.UpdateAsync(invite.CohortId, c => c with
            {
                Invited = [.. c.Invited.Where(i => i.Email != invitation.Email)],
                Members = invite.AsExpert || c.Members.Any(m => m.AadObjectId == me.AadObjectId) ? c.Members : [.. c.Members, me],
                Experts = !invite.AsExpert || c.Experts.Any(m => m.AadObjectId == me.AadObjectId) ? c.Experts : [.. c.Experts, me],
            }, ct);
            await EnrolAsync(cohort, invite.AsExpert ? [person] : [], invite.AsExpert ? [] : [person], ct);
        }
        foreach (var waiting in invitation.Accompaniments)
        {
            var a = waiting with
            {
                CoachedPerson = Claimed(waiting.CoachedPerson, invitation.Email, person),
                Expert = Claimed(waiting.Expert, invitation.Email, person),
            };
            if (!a.CoachedPerson.IsNotKnownYet && !a.Expert.IsNotKnownYet) await StartAsync(a, ct);
            // The other person is still to come: their invitation now carries this one's id.
            else await InviteAsync(a, ct);
        }
        await invitations.DeleteAsync(email, ct);
        return true;
    }

    private static PersonRef Claimed(PersonRef who, string email, Person person) =>
        who.IsNotKnownYet && who.Email == email ? PersonRef.Of(person) with { Institution = who.Institution ?? person.Institution } : who;

    /// <summary>Keeps an accompaniment with a person SmqBot does not know yet in that person's invitation (both, if neither is known).</summary>
    private async Task InviteAsync(Accompaniment a, CancellationToken ct)
    {
        foreach (var who in new[] { a.CoachedPerson, a.Expert }.Where(p => p.IsNotKnownYet && p.Email is { Length: > 0 }))
            await invitations.AddAsync(who.Email!, a.TenantId, i => i with { Accompaniments = [.. i.Accompaniments.Where(w => w.Id != a.Id), a] }, ct);
    }

    /// <summary>A new accompaniment: objectives one per line (at most 10), fiscal year from its start, owned by the staff member creating it.</summary>
    public static Accompaniment NewAccompaniment(string id, Institution institution, Named coached, Named expert, Axis axis, AccompanimentTerms terms,
        string? objectives, string tenantId, Person staff, DateTimeOffset now) => new()
    {
        Id = id,
        Institution = institution,
        CoachedPerson = coached.Ref,
        Expert = expert.Ref,
        Axis = axis,
        BudgetMinutes = terms.BudgetMinutes,
        Objectives = [.. (objectives ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10)],
        FiscalYear = Programme.FiscalYear(terms.Start),
        Start = terms.Start,
        End = terms.End,
        TenantId = tenantId,
        StaffOwner = PersonRef.Of(staff),
        CreatedAt = now,
    };

    /// <summary>Gives members their participation (open again for someone added back, with their history) and experts the cohort; welcomes them.</summary>
    public async Task EnrolAsync(Cohort cohort, IReadOnlyList<Person> experts, IReadOnlyList<Person> members, CancellationToken ct)
    {
        foreach (var member in members)
        {
            await cohorts.UpdateParticipationAsync(cohort.Id, member.AadObjectId, current => current is not null
                ? current with { CourseOpen = true, CourseTitle = cohort.Subject, Start = cohort.Start, End = cohort.End, Cadence = cohort.Cadence }
                : new Participation
                {
                    CourseId = cohort.Id, AadObjectId = member.AadObjectId, Name = member.Name ?? member.AadObjectId,
                    CourseTitle = cohort.Subject, Start = cohort.Start, End = cohort.End, Cadence = cohort.Cadence,
                }, ct);
            await WelcomeMemberAsync(cohort, await people.GrantRoleAsync(member.AadObjectId, Role.Participant, ct), ct);
        }
        foreach (var expert in experts)
        {
            await people.GrantRoleAsync(expert.AadObjectId, Role.Expert, ct);
            await WelcomeExpertAsync(cohort, await people.UpdateAsync(expert.AadObjectId, p => p.ExpertOfCohorts.Contains(cohort.Id) ? p : p with { ExpertOfCohorts = [.. p.ExpertOfCohorts, cohort.Id] }, ct), ct);
        }
    }

    /// <summary>Adds one member to an open cohort (someone already in it stays once) and enrols them; null when the cohort is closed or unknown.</summary>
    public async Task<Cohort?> JoinAsync(string cohortId, Person member, CancellationToken ct)
    {
        if (await cohorts.FindAsync(cohortId, ct) is not { Closed: false }) return null;
        var cohort = await cohorts.UpdateAsync(cohortId, c => c.Members.Any(m => m.AadObjectId == member.AadObjectId) ? c : c with { Members = [.. c.Members, PersonRef.Of(member)] }, ct);
        await EnrolAsync(cohort, [], [member], ct);
        return cohort;
    }

    /// <summary>
    /// Creates the accompaniment (its id decides: a second call creates nothing) and starts it, or, while one of its
    /// people is only invited, keeps it until they come (<see cref="MetAsync"/>): the coached person gets a
    /// participation for their targets and the Participant role, the expert the Expert role, both a welcome.
    /// </summary>
    public async Task StartAsync(Accompaniment a, CancellationToken ct)
    {
        if (a.CoachedPerson.IsNotKnownYet || a.Expert.IsNotKnownYet)
        {
            await InviteAsync(a, ct);
            return;
        }
        await accompaniments.CreateAsync(a, ct);
        await cohorts.UpdateParticipationAsync(a.Id, a.CoachedPerson.AadObjectId, current => current ?? new Participation
        {
            CourseId = a.Id, AadObjectId = a.CoachedPerson.AadObjectId, Name = a.CoachedPerson.Name,
            CourseTitle = a.Institution.Name, Kind = CourseKind.Accompaniment, Start = a.Start, End = a.End,
        }, ct);
        var coached = await people.GrantRoleAsync(a.CoachedPerson.AadObjectId, Role.Participant, ct);
        var expert = await people.GrantRoleAsync(a.Expert.AadObjectId, Role.Expert, ct);
        await WelcomeCoachedAsync(a, coached, ct);
        await WelcomeAssignedExpertAsync(a, expert, ct);
    }
}
