using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Cohorts;

namespace SmqBot.Bot.Features.CheckIns;

/// <summary>
/// `mes cibles` / `my targets`: a member's targets in each of their cohorts, adding one (1 to 5), marking one achieved
/// or abandoned, and checking in whenever they like. Every action reads the caller's own participation document,
/// found by their Entra id: card data only names which of their cohorts and targets.
/// </summary>
public sealed class TargetsFeature(CohortStore cohorts, Exports.ExportLinks links, TimeProvider time) : IFeature
{
    public IEnumerable<(CommandInfo, Handler)> Commands => [(Routing.Commands.Targets, Show)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.Common.Verbs.Targets, [], Show, ActivityIdentityOnly: true),
        new(Cards.Common.Verbs.TargetForm, [], Form, ActivityIdentityOnly: true),
        new(Cards.Common.Verbs.TargetSave, [], Save, ActivityIdentityOnly: true),
        new(Cards.Common.Verbs.TargetAchieved, [], (r, ct) => Settle(r, TargetState.Achieved, ct), ActivityIdentityOnly: true),
        new(Cards.Common.Verbs.TargetAbandoned, [], (r, ct) => Settle(r, TargetState.Abandoned, ct), ActivityIdentityOnly: true),
        new(Cards.Common.Verbs.CheckInForm, [], CheckInForm, ActivityIdentityOnly: true),
    ];

    private async Task<AdaptiveCard> Show(Request request, CancellationToken ct)
    {
        var mine = await cohorts.ParticipationsOfAsync(request.Caller.Person.AadObjectId, ct).ToListAsync(ct);
        var collective = new Dictionary<string, IReadOnlyList<Target>>();
        foreach (var participation in mine)
            if (await cohorts.FindAsync(participation.CohortId, ct) is { } cohort) collective[cohort.Id] = cohort.CollectiveTargets;
        var (person, texts) = (request.Caller.Person.AadObjectId, request.Caller.Texts);
        return TargetsCard.Build([.. mine.OrderBy(p => p.Start)], collective,
            p => ProgressChart.HasData(p) ? links.Mint(ChartRoute, ChartLifetime, person, p.CohortId, texts.Locale) : null, texts);
    }

    public const string ChartRoute = "progress";
    private static readonly TimeSpan ChartLifetime = TimeSpan.FromDays(1);

    /// <summary>
    /// <c>GET /exports/progress/{token}</c>: the progress chart of the participation the link was minted for (its owner's,
    /// from their `mes cibles`), drawn as it stands now; 404 for a forged, altered or expired token.
    /// </summary>
    public async Task<IResult> ChartAsync(string token, CancellationToken ct)
    {
        if (links.Read(ChartRoute, token) is not { Length: 3 } parts || await cohorts.ReadParticipationAsync(parts[1], parts[0], ct) is not { } stored
            || ProgressChart.Render(stored.Value, Texts.For(parts[2])) is not { } png)
            return Results.NotFound();
        return Results.File(png, "image/png");
    }

    /// <summary>The caller's open participation in the cohort the card names, or the card that says why not.</summary>
    private async Task<(Participation? Participation, AdaptiveCard? Refusal)> MineAsync(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (request.Data?.Id("cohort") is not { } cohortId) return (null, ErrorCard.Build(texts, texts.UnknownAction));
        var stored = await cohorts.ReadParticipationAsync(cohortId, request.Caller.Person.AadObjectId, ct);
        if (stored is null) return (null, ErrorCard.Build(texts, texts.NotInCohort));
        return stored.Value.CohortOpen ? (stored.Value, null) : (null, ErrorCard.Build(texts, texts.CohortClosed));
    }

    private async Task<AdaptiveCard> Form(Request request, CancellationToken ct)
    {
        var (participation, refusal) = await MineAsync(request, ct);
        if (participation is null) return refusal!;
        var texts = request.Caller.Texts;
        if (request.Data!.Id("target") is { } targetId)
            return participation.Targets.FirstOrDefault(t => t.Id == targetId && t.State == TargetState.Active) is { } existing
                ? TargetFormCard.Build(participation.CohortId, participation.Start, participation.End, texts, existing)
                : ErrorCard.Build(texts, texts.UnknownAction);
        return Counted(participation) >= Participation.MaxTargets
            ? ErrorCard.Build(texts, texts.TooManyTargets(Participation.MaxTargets))
            : TargetFormCard.Build(participation.CohortId, participation.Start, participation.End, texts);
    }

    private async Task<AdaptiveCard> Save(Request request, CancellationToken ct)
    {
        var (participation, refusal) = await MineAsync(request, ct);
        if (participation is null) return refusal!;
        var texts = request.Caller.Texts;
        var (target, error) = TargetForm.Parse(request.Data!, participation.Start, participation.End, texts);
        if (error is not null) return ErrorCard.Build(texts, error);
        var editing = request.Data!.Id("target");
        if (editing is not null)
        {
            if (participation.Targets.FirstOrDefault(t => t.Id == editing && t.State == TargetState.Active) is not { } existing) return ErrorCard.Build(texts, texts.UnknownAction);
            if (existing.History.Count > 0 && existing.Kind != target!.Kind) return ErrorCard.Build(texts, texts.KindLocked);
        }
        var tooMany = false;
        await cohorts.UpdateParticipationAsync(participation.CohortId, participation.AadObjectId, found =>
        {
            var current = found!;
            if (editing is not null) return current with { Targets = [.. current.Targets.Select(t => t.Id == editing ? TargetForm.Edited(t, target!) : t)] };
            tooMany = Counted(current) >= Participation.MaxTargets;
            return tooMany ? current : current with { Targets = [.. current.Targets, target! with { Id = TargetForm.NextId(current.Targets) }] };
        }, ct);
        return tooMany ? ErrorCard.Build(texts, texts.TooManyTargets(Participation.MaxTargets)) : await Show(request, ct);
    }

    private async Task<AdaptiveCard> Settle(Request request, TargetState state, CancellationToken ct)
    {
        var (participation, refusal) = await MineAsync(request, ct);
        if (participation is null) return refusal!;
        var texts = request.Caller.Texts;
        if (request.Data!.Id("target") is not { } targetId || participation.Targets.All(t => t.Id != targetId || t.State != TargetState.Active))
            return ErrorCard.Build(texts, texts.UnknownAction);
        await cohorts.UpdateParticipationAsync(participation.CohortId, participation.AadObjectId, current => current! with
        {
            Targets = [.. current.Targets.Select(t => t.Id == targetId && t.State == TargetState.Active ? t with { State = state } : t)],
        }, ct);
        return await Show(request, ct);
    }

    private async Task<AdaptiveCard> CheckInForm(Request request, CancellationToken ct)
    {
        var (participation, refusal) = await MineAsync(request, ct);
        if (participation is null) return refusal!;
        var view = new CheckInView(participation.CohortId, participation.CohortSubject, null, Guid.NewGuid().ToString("N"), participation.Start,
            participation.Targets, participation.LastCheckIn, time.GetUtcNow(), Intention: participation.Intentions.LastOrDefault()?.Text);
        return CheckInCard.Build(view, request.Caller.Texts);
    }

    /// <summary>Targets that count toward the five: all but the abandoned ones.</summary>
    private static int Counted(Participation participation) => participation.Targets.Count(t => t.State != TargetState.Abandoned);
}
