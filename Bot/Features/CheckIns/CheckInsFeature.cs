using System.Text.Json;
using System.Text.Json.Nodes;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
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
    public IEnumerable<VerbRoute> Verbs => [new(Cards.Common.Verbs.CheckInSubmit, [], Submit, ActivityIdentityOnly: true)];

    private async Task<AdaptiveCard> Submit(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var data = request.Data ?? [];
        if (data.Id("cohort") is not { } cohortId || data.Id("nonce") is not { } nonce || !OptionalRound(data, out var round))
            return ErrorCard.Build(texts, texts.UnknownAction);

        var stored = await cohorts.ReadParticipationAsync(cohortId, request.Caller.Person.AadObjectId, ct);
        if (stored is null) return ErrorCard.Build(texts, texts.NotInCohort);
        var participation = stored.Value;
        if (!participation.CohortOpen) return ErrorCard.Build(texts, texts.CohortClosed);

        var checkInId = round is { } r ? $"round-{r}" : nonce;
        var now = time.GetUtcNow();
        if (participation.CheckIns.FirstOrDefault(c => c.Id == checkInId || c.Id == nonce) is { } saved)
            return Summary(participation, saved, alreadySaved: true, now, texts);

        var parsed = Parse(data, participation, texts);
        if (parsed.Error is { } error) return ErrorCard.Build(texts, error);

        var checkIn = new CheckIn(checkInId, round, now, parsed.Progress, parsed.Applied, parsed.Obstacles, parsed.Confidence);
        Participation Apply(Participation p) => p.CheckIns.Any(c => c.Id == checkInId) ? p : p with
        {
            Targets = [.. p.Targets.Select(t => parsed.Progress.FirstOrDefault(v => v.TargetId == t.Id) is { } v
                ? t with { History = [.. t.History, new TargetValue(now, v.Value)] }
                : t)],
            CheckIns = [.. p.CheckIns.TakeLast(Participation.MaxCheckIns - 1), checkIn],
        };
        var updated = Apply(participation);
        // Someone wrote in between (another device, staff editing targets): apply the check-in to the new version.
        if (await cohorts.ReplaceParticipationAsync(updated, stored.ETag, ct) is null)
            updated = await cohorts.UpdateParticipationAsync(cohortId, participation.AadObjectId, current => Apply(current!), ct);
        return Summary(updated, checkIn, alreadySaved: false, now, texts);
    }

    private static AdaptiveCard Summary(Participation participation, CheckIn saved, bool alreadySaved, DateTimeOffset now, Texts texts)
    {
        var previous = participation.CheckIns.TakeWhile(c => c.Id != saved.Id).LastOrDefault();
        return CheckInSummaryCard.Build(new CheckInSummaryView(participation.CohortSubject, participation.Start, participation.Targets, saved, previous, alreadySaved, now), texts);
    }

    private sealed record Parsed(IReadOnlyList<Progress> Progress, string? Applied, string? Obstacles, int Confidence, string? Error);

    private static Parsed Parse(JsonObject data, Participation participation, Texts texts)
    {
        static Parsed Fail(string error) => new([], null, null, 0, error);
        var progress = new List<Progress>();
        foreach (var (key, node) in data)
        {
            if (!key.StartsWith("t_", StringComparison.Ordinal)) continue;
            var target = participation.Targets.FirstOrDefault(t => CheckInCard.InputFor(t) == key && t.State == TargetState.Active);
            if (target is null) return Fail(texts.UnknownAction);   // not one of the caller's active targets: forged
            if (node is null || (node.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace((string?)node))) continue; // left empty: unchanged
            if (!CardData.Number(node, out var value) || !target.Accepts(value)) return Fail(texts.NotAValue(target.What));
            progress.Add(new Progress(target.Id, value));
        }
        var applied = data.Text(CheckInCard.Applied);
        var obstacles = data.Text(CheckInCard.Obstacles);
        if (applied?.Length > CheckInCard.MaxText) return Fail(texts.TooLong(texts.AppliedLabel, CheckInCard.MaxText));
        if (obstacles?.Length > CheckInCard.MaxText) return Fail(texts.TooLong(texts.ObstaclesLabel, CheckInCard.MaxText));
        if (data[CheckInCard.Confidence] is not { } confidenceNode || !CardData.Number(confidenceNode, out var confidence) || confidence is < 1 or > 5 || confidence != Math.Floor(confidence))
            return Fail(texts.ConfidenceRequired);
        return new(progress, CardData.Blank(applied), CardData.Blank(obstacles), (int)confidence, null);
    }

    private static bool OptionalRound(JsonObject data, out int? round)
    {
        round = null;
        if (data["round"] is not { } node) return true;
        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<int>(out var r) || r is < 0 or > 10_000) return false;
        round = r;
        return true;
    }
}
