using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Coaching;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Enrolment;

/// <summary>
/// Staff's lists of what is under way (open cohorts, open accompaniments, those still waiting for someone), with where
/// each course's people stand with SmqBot: installed, being installed, unreachable and why, welcomes sent.
/// </summary>
public sealed class StaffLists(CohortStore cohorts, AccompanimentStore accompaniments, PeopleStore people, InvitationStore invitations, Data.Outbox.OutboxStore sent)
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

    /// <summary>Accompaniments waiting for someone SmqBot does not know yet, for the coaching card.</summary>
    public async Task<IReadOnlyList<Accompaniment>> WaitingAsync(CancellationToken ct)
    {
        var waiting = new List<Accompaniment>();
        await foreach (var invitation in invitations.AllAsync(ct))
            waiting.AddRange(invitation.Accompaniments.Where(a => waiting.All(w => w.Id != a.Id)));
        return waiting;
    }
}
