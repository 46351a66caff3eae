using System.Text.Json;
using System.Text.Json.Nodes;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data.Cohorts;

namespace SmqBot.Bot.Features.CheckIns;

/// <summary>
/// A member sends a check-in from its card. The card's data is user input: the cohort id only selects the caller's own
/// participation document (read by the caller's Entra id, so a forged id finds nothing), targets must be theirs, values
/// in range, texts within limits. A card sent twice counts once. Cost: one point read and one write.
/// </summary>
public sealed class CheckInsFeature(CohortStore cohorts, TimeProvider time) : IFeature
{
    public IEnumerable<(CommandInfo, Handler)> Commands => [];
    public IEnumerable<VerbRoute> Verbs => [FormRoute.For<CheckInForm, SubmitCheckIn>([], CheckInForm.Bind, Redisplay, Submit, activityIdentityOnly: true)];

    /// <summary>The check-in card again, as the member left it (one more read, on the refused path only).</summary>
    private async Task<Reply> Redisplay(Request request, SubmitCheckIn submit, FormState state, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (cohortId, nonce, round) = (submit.Cohort, submit.Nonce, submit.Round);
        if (round is < 0 or > SubmitCheckIn.MaxRound) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if ((await cohorts.ReadParticipationAsync(cohortId, request.Caller.Person.AadObjectId, ct))?.Value is not { CourseOpen: true } p) return Reply.Refuse(texts, texts.CheckIns.NotInCohort);
        if (round is { } r && !CheckInSchedule.HasGoneOut(p, r, time.GetUtcNow())) return Reply.Refuse(texts, texts.CheckIns.RoundNotSent);
        var view = new CheckInView(p.CourseId, texts.Course(p), round, nonce, p.Start, p.Targets, p.LastCheckIn, time.GetUtcNow(), Intention: p.Intentions.LastOrDefault()?.Text,
            ChannelDigest: CheckInScheduler.PostsInChannel(await cohorts.FindAsync(p.CourseId, ct)));
        return CheckInCard.Build(view, state, texts);
    }

    private async Task<Reply> Submit(Request request, SubmitCheckIn submit, Submission<CheckInForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (cohortId, nonce, round) = (submit.Cohort, submit.Nonce, submit.Round);
        if (round is < 0 or > SubmitCheckIn.MaxRound) return Reply.Refuse(texts, texts.Common.UnknownAction);

        var stored = await cohorts.ReadParticipationAsync(cohortId, request.Caller.Person.AadObjectId, ct);
        if (stored is null) return Reply.Refuse(texts, texts.CheckIns.NotInCohort);
        var participation = stored.Value;
        if (!participation.CourseOpen) return Reply.Refuse(texts, texts.CheckIns.CohortClosed);
        var now = time.GetUtcNow();
        if (round is { } sent && !CheckInSchedule.HasGoneOut(participation, sent, now)) return Reply.Refuse(texts, texts.CheckIns.RoundNotSent);

        var checkInId = round is { } r ? $"round-{r}" : nonce;
        if (participation.CheckIns.FirstOrDefault(c => c.Id == checkInId || c.Id == nonce) is { } saved)
            return Summary(participation, saved, alreadySaved: true, now, texts);
        // A bound is never kept by dropping history: the check-in that would pass it is refused.
        var full = Reply.Refuse(texts, texts.Common.LimitReached(Participation.MaxCheckIns, texts.CheckIns.CheckInsInCohort));
        if (participation.CheckIns.Count >= Participation.MaxCheckIns) return full;

        var form = submission.Form;
        var progress = new List<Progress>();
        foreach (var (targetId, value) in form.Progress)
        {
            // Not one of the caller's active targets: forged, nothing to show again.
            if (participation.Targets.FirstOrDefault(t => t.Id == targetId && t.State == TargetState.Active) is not { } target) return Reply.Refuse(texts, texts.Common.UnknownAction);
            if (!target.Accepts(value)) return await submission.Refuse(CheckInForm.Fields.Target(target), texts.Common.NotAValue(target.What));
            progress.Add(new Progress(target.Id, value));
        }
        var parsed = (Progress: progress, form.Applied, form.Obstacles, form.Confidence);

        var checkIn = new CheckIn(checkInId, round, now, parsed.Progress, parsed.Applied, parsed.Obstacles, parsed.Confidence, form.ShareObstacles);
        Participation Apply(Participation p) => p.CheckIns.Any(c => c.Id == checkInId) || p.CheckIns.Count >= Participation.MaxCheckIns ? p : p with
        {
            Targets = [.. p.Targets.Select(t => parsed.Progress.FirstOrDefault(v => v.TargetId == t.Id) is { } v
                ? t with { History = [.. t.History, new TargetValue(now, v.Value)] }
                : t)],
            CheckIns = [.. p.CheckIns, checkIn],
        };
        var updated = Apply(participation);
        // Someone wrote in between (another device, staff editing targets): apply the check-in to the new version.
        if (await cohorts.ReplaceParticipationAsync(updated, stored.ETag, ct) is null)
            updated = await cohorts.UpdateParticipationAsync(cohortId, participation.AadObjectId, current => Apply(current!), ct);
        if (updated.CheckIns.All(c => c.Id != checkInId)) return full;   // filled up by a concurrent writer
        return Summary(updated, checkIn, alreadySaved: false, now, texts);
    }

    private static AdaptiveCard Summary(Participation participation, CheckIn saved, bool alreadySaved, DateTimeOffset now, Texts texts)
    {
        var previous = participation.CheckIns.TakeWhile(c => c.Id != saved.Id).LastOrDefault();
        return CheckInSummaryCard.Build(new CheckInSummaryView(texts.Course(participation), participation.Start, participation.Targets, saved, previous, alreadySaved, now), texts);
    }
}
