using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.CheckIns;

/// <summary>
/// A cohort's collective targets. Staff and the cohort's own experts define them and report their values; members see
/// them. Who may do what is decided from the cohort document and the caller's roles, never from card data.
/// </summary>
public sealed class CollectiveTargetsFeature(CohortStore cohorts, TimeProvider time) : IFeature
{
    public IEnumerable<(CommandInfo, Handler)> Commands => [];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.Common.Verbs.Collective, [], Show),
        new(Cards.Common.Verbs.CollectiveForm, [], Form),
        new(Cards.Common.Verbs.CollectiveSave, [], Save),
        new(Cards.Common.Verbs.CollectiveReport, [], Report),
    ];

    private static bool CanEdit(Cohort cohort, Caller caller) =>
        caller.Has(Role.Staff) || cohort.Experts.Any(e => e.AadObjectId == caller.Person.AadObjectId);

    private static bool CanSee(Cohort cohort, Caller caller) =>
        CanEdit(cohort, caller) || cohort.Members.Any(m => m.AadObjectId == caller.Person.AadObjectId);

    /// <summary>The cohort the card names, if the caller may see it (or edit it); else the card that says why not.</summary>
    private async Task<(Cohort? Cohort, AdaptiveCard? Refusal)> CohortAsync(Request request, bool edit, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (request.Data?.Id("cohort") is not { } id || await cohorts.FindAsync(id, ct) is not { } cohort) return (null, ErrorCard.Build(texts, texts.UnknownAction));
        if (!CanSee(cohort, request.Caller)) return (null, ErrorCard.Build(texts, texts.NotInCohort));
        if (edit && !CanEdit(cohort, request.Caller)) return (null, ErrorCard.Build(texts, texts.CollectiveEditorsOnly));
        if (edit && cohort.Closed) return (null, ErrorCard.Build(texts, texts.CohortClosed));
        return (cohort, null);
    }

    private async Task<AdaptiveCard> Show(Request request, CancellationToken ct)
    {
        var (cohort, refusal) = await CohortAsync(request, edit: false, ct);
        return cohort is null ? refusal! : CollectiveTargetsCard.Build(cohort, CanEdit(cohort, request.Caller) && !cohort.Closed, request.Caller.Texts);
    }

    private async Task<AdaptiveCard> Form(Request request, CancellationToken ct)
    {
        var (cohort, refusal) = await CohortAsync(request, edit: true, ct);
        if (cohort is null) return refusal!;
        var texts = request.Caller.Texts;
        var existing = request.Data!.Id("target") is { } targetId ? cohort.CollectiveTargets.FirstOrDefault(t => t.Id == targetId) : null;
        if (request.Data!.Id("target") is not null && existing is null) return ErrorCard.Build(texts, texts.UnknownAction);
        if (existing is null && cohort.CollectiveTargets.Count(t => t.State != TargetState.Abandoned) >= Participation.MaxTargets)
            return ErrorCard.Build(texts, texts.TooManyTargets(Participation.MaxTargets));
        return TargetFormCard.Build(cohort.Id, cohort.Start, cohort.End, texts, existing, Cards.Common.Verbs.CollectiveSave);
    }

    private async Task<AdaptiveCard> Save(Request request, CancellationToken ct)
    {
        var (cohort, refusal) = await CohortAsync(request, edit: true, ct);
        if (cohort is null) return refusal!;
        var texts = request.Caller.Texts;
        var (target, error) = TargetForm.Parse(request.Data!, cohort.Start, cohort.End, texts);
        if (error is not null) return ErrorCard.Build(texts, error);
        var editing = request.Data!.Id("target");
        if (editing is not null)
        {
            if (cohort.CollectiveTargets.FirstOrDefault(t => t.Id == editing) is not { } existing) return ErrorCard.Build(texts, texts.UnknownAction);
            if (existing.History.Count > 0 && existing.Kind != target!.Kind) return ErrorCard.Build(texts, texts.KindLocked);
        }
        var tooMany = false;
        var updated = await cohorts.UpdateAsync(cohort.Id, current =>
        {
            if (editing is not null) return current with { CollectiveTargets = [.. current.CollectiveTargets.Select(t => t.Id == editing ? TargetForm.Edited(t, target!) : t)] };
            tooMany = current.CollectiveTargets.Count(t => t.State != TargetState.Abandoned) >= Participation.MaxTargets;
            return tooMany ? current : current with { CollectiveTargets = [.. current.CollectiveTargets, target! with { Id = TargetForm.NextId(current.CollectiveTargets) }] };
        }, ct);
        return tooMany ? ErrorCard.Build(texts, texts.TooManyTargets(Participation.MaxTargets)) : CollectiveTargetsCard.Build(updated, true, texts);
    }

    private async Task<AdaptiveCard> Report(Request request, CancellationToken ct)
    {
        var (cohort, refusal) = await CohortAsync(request, edit: true, ct);
        if (cohort is null) return refusal!;
        var texts = request.Caller.Texts;
        if (request.Data!.Id("target") is not { } targetId || cohort.CollectiveTargets.FirstOrDefault(t => t.Id == targetId && t.State == TargetState.Active) is not { } target)
            return ErrorCard.Build(texts, texts.UnknownAction);
        if (!CardData.Number(request.Data![$"value_{targetId}"], out var value) || !target.Accepts(value)) return ErrorCard.Build(texts, texts.NotAValue(target.What));
        var now = time.GetUtcNow();
        var updated = await cohorts.UpdateAsync(cohort.Id, current => current with
        {
            CollectiveTargets = [.. current.CollectiveTargets.Select(t => t.Id == targetId ? t with { History = [.. t.History, new TargetValue(now, value)] } : t)],
        }, ct);
        return CollectiveTargetsCard.Build(updated, true, texts);
    }
}
