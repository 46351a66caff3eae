using System.Text.Json.Nodes;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Coaching;
using SmqBot.Cards.Common;
using SmqBot.Data;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Enrolment;

/// <summary>
/// Puts people into the programme: members and experts enrolled in a cohort, an accompaniment started, each welcomed
/// through the outbox. One place for it, used by the cohort and coaching forms and by a call's selection. Every step
/// can run twice without changing anything the second time, so a retried action completes what a failed one began.
/// </summary>

public sealed class Enrolments(CohortStore cohorts, AccompanimentStore accompaniments, PeopleStore people, Outbox.OutboxQueue outbox)
{
    public static PersonRef Member(Person person) => new(person.AadObjectId, person.Name ?? person.Email ?? person.AadObjectId, person.Email, person.Institution);

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
            var person = await people.GrantRoleAsync(member.AadObjectId, Role.Participant, ct);
            await outbox.ToPersonIfReachableAsync($"cohort-welcome:{cohort.Id}:{member.AadObjectId}", $"cohort:{cohort.Id}", person, t => CohortWelcomeCard.Build(cohort, t), ct);
        }
        foreach (var expert in experts)
        {
            await people.GrantRoleAsync(expert.AadObjectId, Role.Expert, ct);
            var person = await people.UpdateAsync(expert.AadObjectId, p => p.ExpertOfCohorts.Contains(cohort.Id) ? p : p with { ExpertOfCohorts = [.. p.ExpertOfCohorts, cohort.Id] }, ct);
            await outbox.ToPersonIfReachableAsync($"cohort-expert:{cohort.Id}:{expert.AadObjectId}", $"cohort:{cohort.Id}", person, t => CohortExpertCard.Build(cohort, t), ct);
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
    /// Creates the accompaniment (its id decides: a second call creates nothing) and starts it: the coached person gets a
    /// participation for their targets and the Participant role, the expert the Expert role, both a welcome.
    /// </summary>
    public async Task StartAsync(Accompaniment a, Texts staffTexts, CancellationToken ct)
    {
        await accompaniments.CreateAsync(a, ct);
        await cohorts.UpdateParticipationAsync(a.Id, a.CoachedPerson.AadObjectId, current => current ?? new Participation
        {
            CourseId = a.Id, AadObjectId = a.CoachedPerson.AadObjectId, Name = a.CoachedPerson.Name,
            CourseTitle = staffTexts.Coaching.AccompanimentTitle(a.Institution.Name), Start = a.Start, End = a.End,
        }, ct);
        var coached = await people.GrantRoleAsync(a.CoachedPerson.AadObjectId, Role.Participant, ct);
        var expert = await people.GrantRoleAsync(a.Expert.AadObjectId, Role.Expert, ct);
        await outbox.ToPersonIfReachableAsync($"coaching-welcome:{a.Id}", $"coaching:{a.Id}", coached, t => CoachedWelcomeCard.Build(a, t), ct);
        await outbox.ToPersonIfReachableAsync($"coaching-expert:{a.Id}", $"coaching:{a.Id}", expert, t => ExpertAssignedCard.Build(a, t), ct);
    }
}
