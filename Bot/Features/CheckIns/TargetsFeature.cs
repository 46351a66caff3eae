using System.Globalization;
using System.Text.Json.Nodes;
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
public sealed class TargetsFeature(CohortStore cohorts, TimeProvider time) : IFeature
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
        var mine = new List<Participation>();
        await foreach (var participation in cohorts.ParticipationsOfAsync(request.Caller.Person.AadObjectId, ct)) mine.Add(participation);
        return TargetsCard.Build([.. mine.OrderBy(p => p.Start)], request.Caller.Texts);
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
        return Counted(participation) >= Participation.MaxTargets
            ? ErrorCard.Build(texts, texts.TooManyTargets(Participation.MaxTargets))
            : TargetFormCard.Build(participation.CohortId, participation.Start, participation.End, texts);
    }

    private async Task<AdaptiveCard> Save(Request request, CancellationToken ct)
    {
        var (participation, refusal) = await MineAsync(request, ct);
        if (participation is null) return refusal!;
        var texts = request.Caller.Texts;
        var (target, error) = Parse(request.Data!, participation, texts);
        if (error is not null) return ErrorCard.Build(texts, error);
        var tooMany = false;
        await cohorts.UpdateParticipationAsync(participation.CohortId, participation.AadObjectId, current =>
        {
            tooMany = Counted(current!) >= Participation.MaxTargets;
            if (tooMany) return current!;
            var number = current!.Targets.Select(t => int.TryParse(t.Id.TrimStart('t'), out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
            return current with { Targets = [.. current.Targets, target! with { Id = $"t{number}" }] };
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
            participation.Targets, participation.LastCheckIn, time.GetUtcNow());
        return CheckInCard.Build(view, request.Caller.Texts);
    }

    /// <summary>Targets that count toward the five: all but the abandoned ones.</summary>
    private static int Counted(Participation participation) => participation.Targets.Count(t => t.State != TargetState.Abandoned);

    private static (Target? Target, string? Error) Parse(JsonObject data, Participation participation, Texts texts)
    {
        var what = CardData.Blank(data.Text("what"));
        var indicator = CardData.Blank(data.Text("indicator"));
        if (what is null) return (null, texts.Required(texts.WhatLabel));
        if (indicator is null) return (null, texts.Required(texts.IndicatorLabel));
        if (what.Length > TargetFormCard.MaxText) return (null, texts.TooLong(texts.WhatLabel, TargetFormCard.MaxText));
        if (indicator.Length > TargetFormCard.MaxText) return (null, texts.TooLong(texts.IndicatorLabel, TargetFormCard.MaxText));
        var kind = data.Text("kind") switch { "number" or null => MeasureKind.Number, "scale" => MeasureKind.Scale, _ => (MeasureKind?)null };
        if (kind is null) return (null, texts.UnknownAction);
        var unit = kind == MeasureKind.Number ? CardData.Blank(data.Text("unit")) : null;
        if (unit?.Length > TargetFormCard.MaxUnit) return (null, texts.TooLong(texts.UnitLabel, TargetFormCard.MaxUnit));
        var draft = new Target { Id = "new", What = what, Indicator = indicator, Kind = kind.Value, Unit = unit };
        if (!CardData.Number(data["baseline"], out var baseline) || !draft.Accepts(baseline)) return (null, texts.NotAValue(texts.BaselineLabel));
        if (!CardData.Number(data["goal"], out var goal) || !draft.Accepts(goal)) return (null, texts.NotAValue(texts.GoalLabel));
        if (!DateOnly.TryParseExact(data.Text("due"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            return (null, texts.Required(texts.DueLabel));
        if (due < participation.Start || due > participation.End) return (null, texts.DueOutsideCohort);
        return (draft with { Baseline = baseline, Goal = goal, Due = due }, null);
    }
}
