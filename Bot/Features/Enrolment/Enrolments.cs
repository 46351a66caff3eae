using System.Text.Json.Nodes;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Coaching;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Installations;
using SmqBot.Data.People;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Enrolment;

/// <summary>
/// People as staff named them: those SmqBot knows (or Graph found, SmqBot then installing itself for them), and the
/// addresses it does not know yet (invited), some with the reason they cannot be reached (<see cref="Reasons"/>).
/// </summary>
public sealed record Found(IReadOnlyList<Person> Known, IReadOnlyList<string> Invited, IReadOnlyDictionary<string, string> Reasons)
{
    public string? ReasonFor(string email) => Reasons.TryGetValue(email, out var reason) ? reason : null;

    /// <summary>These, with <paramref name="more"/> known people added (each once).</summary>
    public Found With(IEnumerable<Person> more) => this with { Known = [.. Known.Concat(more).DistinctBy(p => p.AadObjectId)] };
}

/// <summary>
/// Puts people into the programme: members and experts enrolled in a cohort, an accompaniment started, each welcomed
/// through the outbox. One place for it, used by the cohort and coaching forms and by a call's selection: the same
/// lookup of the people staff named (<see cref="FindAsync"/>), the same invitation of those SmqBot does not know yet,
/// carried out when they first install or write (<see cref="MetAsync"/>), the same welcomes once SmqBot has installed
/// itself for them (<see cref="WelcomeAllAsync"/>). Every step can run twice without changing anything the second time,
/// so a retried action completes what a failed one began.
/// </summary>
public sealed class Enrolments(CohortStore cohorts, AccompanimentStore accompaniments, PeopleStore people, InvitationStore invitations, InstallationStore teams,
    Outbox.OutboxQueue outbox, Data.Outbox.OutboxStore sent, TeamsAppInstaller installer, TimeProvider time, ILogger<Enrolments> logger)
{
    /// <summary>Staff's list of open cohorts, with where each one's people stand (after any change to a cohort).</summary>
    public async Task<AdaptiveCard> CohortsCardAsync(Texts texts, DateOnly today, CancellationToken ct)
    {
        var open = await cohorts.OpenAsync(ct).ToListAsync(ct);
        return CohortsCard.Build(open, texts, today, await ReachAsync(open, ct));
    }

    /// <summary>Staff's list of open accompaniments, where each one's people stand, and those waiting for someone.</summary>
    public async Task<AdaptiveCard> CoachingCardAsync(Texts texts, DateOnly today, CancellationToken ct)
    {
        var open = await accompaniments.OpenAsync(ct).ToListAsync(ct);
        return CoachingCard.Build(open, await WaitingAsync(ct), texts, today, await ReachAsync(open, ct));
    }

    /// <summary>
    /// Where each cohort's people stand with SmqBot, for staff's cards: a point read per person and one single-partition
    /// query of the cohort's welcomes.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ReachSummary>> ReachAsync(IEnumerable<Cohort> of, CancellationToken ct)
    {
        var result = new Dictionary<string, ReachSummary>();
        foreach (var cohort in of)
            result[cohort.Id] = await ReachAsync(cohort.Members.Concat(cohort.Experts), cohort.Invited, SendOut.Cohort(cohort.Id), ct);
        return result;
    }

    /// <summary>The same for accompaniments (the coached person and the expert), by accompaniment id.</summary>
    public async Task<IReadOnlyDictionary<string, ReachSummary>> ReachAsync(IEnumerable<Accompaniment> of, CancellationToken ct)
    {
        var result = new Dictionary<string, ReachSummary>();
        foreach (var a in of)
            result[a.Id] = await ReachAsync([a.CoachedPerson, a.Expert], [], SendOut.Coaching(a.Id), ct);
        return result;
    }

    private async Task<ReachSummary> ReachAsync(IEnumerable<PersonRef> who, IEnumerable<Invitee> invited, string broadcast, CancellationToken ct)
    {
        int installed = 0, installing = 0;
        var unreachable = new List<(string, string)>();
        foreach (var one in who.DistinctBy(p => p.AadObjectId))
        {
            var person = await people.FindAsync(one.AadObjectId, ct);
            if (person is { PersonalAppInstalled: true } or { PersonalConversation: not null }) installed++;
            else if (person?.AppInstall is { Pending: true }) installing++;
            else if (person?.AppInstall is { Status: AppInstallStatus.Unreachable, Reason: { } reason }) unreachable.Add((one.Name, reason));
        }
        unreachable.AddRange(invited.Where(i => i.Reason is not null).Select(i => (i.Email, i.Reason!)));
        return new ReachSummary(installed, installing, (await sent.SummaryAsync(broadcast, ct)).Sent, unreachable);
    }

    public static PersonRef Member(Person person) => new(person.AadObjectId, person.Name ?? person.Email ?? person.AadObjectId, person.Email, person.Institution);


    /// <summary>
    /// The people behind these addresses (each once). Someone SmqBot does not know is looked up in the tenant's directory
    /// when Graph is configured: found, they are stored and SmqBot installs itself for them in the background
    /// (<see cref="ReachWorker"/>); not found, or in local mode, they are invited.
    /// </summary>
    /// <param name="by">The staff member asking: their activity's service URL and bot address the chats Graph opens.</param>
    public async Task<Found> FindAsync(IEnumerable<string> addresses, Caller by, CancellationToken ct)
    {
        var known = new List<Person>();
        var invited = new List<string>();
        var reasons = new Dictionary<string, string>();
        foreach (var address in addresses.Select(InvitationStore.Normal).Distinct())
        {
            var person = await people.FindByEmailAsync(address, ct) ?? await FromDirectoryAsync(address, by, reasons, ct);
            if (person is null) invited.Add(address);
            else if (known.All(k => k.AadObjectId != person.AadObjectId)) known.Add(person);
        }
        return new Found(known, invited, reasons);
    }

    /// <summary>
    /// People picked from the rosters of <paramref name="teams"/>, by Entra id: stored if new, with how to open a chat with
    /// them (the roster gives their Teams user id), so they are welcomed without installing anything. Null when an id is
    /// on no roster.
    /// </summary>
    public async Task<IReadOnlyList<Person>?> FromRosterAsync(IReadOnlyList<string> ids, IReadOnlyList<TeamInstallation> teams, CancellationToken ct)
    {
        var found = new List<Person>();
        foreach (var id in ids)
        {
            if (teams.SelectMany(t => t.Members.Select(m => (Team: t, Member: m))).FirstOrDefault(x => x.Member.AadObjectId == id) is not { Member: not null } on) return null;
            found.Add(await people.EnsureKnownAsync(new Person
            {
                AadObjectId = on.Member.AadObjectId, TenantId = on.Team.TenantId, Name = on.Member.Name, Email = on.Member.Email, FirstSeen = time.GetUtcNow(),
                Reach = new Data.Outbox.PersonalTarget(on.Member.UserId, on.Member.AadObjectId, on.Team.ServiceUrl, on.Team.BotId),
            }, ct));
        }
        return found;
    }

    private async Task<Person?> FromDirectoryAsync(string address, Caller by, Dictionary<string, string> reasons, CancellationToken ct)
    {
        if (!installer.Enabled) return null;
        var via = by.Reach is { } reach ? (reach.ServiceUrl, reach.BotId) : await teams.ActiveAsync(ct).Select(t => (t.ServiceUrl, t.BotId)).FirstOrDefaultAsync(ct);
        if (via.ServiceUrl is null) return null;
        DirectoryUser? user;
        try
        {
            user = await installer.LookupAsync(address, ct);
        }
        catch (Exception e) when (TeamsAppInstaller.Transient(e) || e is Microsoft.Kiota.Abstractions.ApiException)
        {
            // The directory did not answer: invited, so that they still join when they first come.
            logger.LogWarning(e, "Directory lookup failed; the person is kept as invited");
            return null;
        }
        if (user is null)
        {
            reasons[address] = Unreachable.NotInTenant;
            return null;
        }
        var due = new AppInstall(AppInstallStatus.Installing, Pending: true, time.GetUtcNow().ToUnixTimeMilliseconds(), via.ServiceUrl, via.BotId);
        var stored = await people.EnsureKnownAsync(new Person
        {
            AadObjectId = user.Id, TenantId = by.Person.TenantId, Name = user.Name, Email = address, FirstSeen = time.GetUtcNow(), AppInstall = due,
        }, ct);
        return stored.PersonalConversation is null && stored.AppInstall is null ? await people.UpdateAsync(user.Id, p => p with { AppInstall = due }, ct) : stored;
    }

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
    public async Task MetAsync(Person person, CancellationToken ct)
    {
        if (person.Email is not { Length: > 0 } email || person.IsNotKnownYet || await invitations.FindAsync(email, ct) is not { } invitation) return;
        foreach (var invite in invitation.Cohorts)
        {
            if (await cohorts.FindAsync(invite.CohortId, ct) is not { Closed: false }) continue;
            var me = Member(person);
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
            if (!a.CoachedPerson.IsNotKnownYet && !a.Expert.IsNotKnownYet) await StartAsync(a, Cards.Common.Texts.For(null), ct);
            // The other person is still to come: their invitation now carries this one's id.
            else await InviteAsync(a, ct);
        }
        await invitations.DeleteAsync(email, ct);
    }

    private static PersonRef Claimed(PersonRef who, string email, Person person) =>
        who.IsNotKnownYet && who.Email == email ? Member(person) with { Institution = who.Institution ?? person.Institution } : who;

    /// <summary>Accompaniments waiting for someone SmqBot does not know yet, for the coaching card.</summary>
    public async Task<IReadOnlyList<Accompaniment>> WaitingAsync(CancellationToken ct)
    {
        var waiting = new List<Accompaniment>();
        await foreach (var invitation in invitations.AllAsync(ct))
            waiting.AddRange(invitation.Accompaniments.Where(a => waiting.All(w => w.Id != a.Id)));
        return waiting;
    }

    /// <summary>Keeps an accompaniment with a person SmqBot does not know yet in that person's invitation (both, if neither is known).</summary>
    private async Task InviteAsync(Accompaniment a, CancellationToken ct)
    {
        foreach (var who in new[] { a.CoachedPerson, a.Expert }.Where(p => p.IsNotKnownYet && p.Email is { Length: > 0 }))
            await invitations.AddAsync(who.Email!, a.TenantId, i => i with { Accompaniments = [.. i.Accompaniments.Where(w => w.Id != a.Id), a] }, ct);
    }

    /// <summary>A new accompaniment: objectives one per line (at most 10), fiscal year from its start, owned by the staff member creating it.</summary>
    public static Accompaniment NewAccompaniment(string id, Institution institution, Person coached, Person expert, Axis axis, AccompanimentTerms terms,
        string? objectives, string tenantId, Person staff, DateTimeOffset now) => new()
    {
        Id = id,
        Institution = institution,
        CoachedPerson = Member(coached),
        Expert = Member(expert),
        Axis = axis,
        BudgetMinutes = terms.BudgetMinutes,
        Objectives = [.. (objectives ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10)],
        FiscalYear = Programme.FiscalYear(terms.Start),
        Start = terms.Start,
        End = terms.End,
        TenantId = tenantId,
        StaffOwner = Member(staff),
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
        var cohort = await cohorts.UpdateAsync(cohortId, c => c.Members.Any(m => m.AadObjectId == member.AadObjectId) ? c : c with { Members = [.. c.Members, Member(member)] }, ct);
        await EnrolAsync(cohort, [], [member], ct);
        return cohort;
    }

    /// <summary>
    /// Creates the accompaniment (its id decides: a second call creates nothing) and starts it, or, while one of its
    /// people is only invited, keeps it until they come (<see cref="MetAsync"/>): the coached person gets a
    /// participation for their targets and the Participant role, the expert the Expert role, both a welcome.
    /// </summary>
    public async Task StartAsync(Accompaniment a, Texts staffTexts, CancellationToken ct)
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
            CourseTitle = staffTexts.Coaching.AccompanimentTitle(a.Institution.Name), Start = a.Start, End = a.End,
        }, ct);
        var coached = await people.GrantRoleAsync(a.CoachedPerson.AadObjectId, Role.Participant, ct);
        var expert = await people.GrantRoleAsync(a.Expert.AadObjectId, Role.Expert, ct);
        await WelcomeCoachedAsync(a, coached, ct);
        await WelcomeAssignedExpertAsync(a, expert, ct);
    }
}
