using System.Globalization;
using SmqBot.Bot.Features.Enrolment;
using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Coaching;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;
using SmqBot.Data;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Coaching;

/// <summary>
/// `accompagnements` / `coaching` (staff): the accompaniments under way; creating one (an institution, one coached
/// person, an expert, an axis, an hour budget), which gives the coached person a participation for their targets (the
/// same target model as the cohorts) and welcomes both through the outbox.
/// </summary>
public sealed class CoachingFeature(AccompanimentStore accompaniments, CohortStore cohorts, PeopleStore people, Outbox.Outbox outbox, Enrolments enrolment, StatementExport statements, TimeProvider time) : IFeature
{
    public IEnumerable<(CommandInfo, Handler)> Commands => [(Routing.Commands.Coaching, Show)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.Common.Verbs.Coaching, [Role.Staff], Show),
        new(Cards.Common.Verbs.CoachingForm, [Role.Staff], Form),
        new(Cards.Common.Verbs.CoachingSave, [Role.Staff], Save),
        new(Cards.Common.Verbs.CoachingClose, [Role.Staff], Close),
        new(Cards.Common.Verbs.Statement, [Role.Staff], Statement),
        new(Cards.Common.Verbs.Entries, [Role.Staff], Entries),
        new(Cards.Common.Verbs.EvaluationSubmit, [], Evaluate, ActivityIdentityOnly: true),
    ];

    private DateOnly Today => Programme.Today(time);

    private async Task<AdaptiveCard> Show(Request request, CancellationToken ct)
    {
        var open = await accompaniments.OpenAsync(ct).ToListAsync(ct);
        return CoachingCard.Build(open, request.Caller.Texts, Today);
    }

    private Task<AdaptiveCard> Form(Request request, CancellationToken ct) =>
        Task.FromResult(CoachingFormCard.Build(Today, Guid.NewGuid().ToString("N")[..12], request.Caller.Texts));

    private async Task<AdaptiveCard> Save(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var data = request.Data ?? [];
        if (data.Id("nonce") is not { } nonce) return ErrorCard.Build(texts, texts.UnknownAction);
        var institution = CardData.Blank(data.Text("institution"));
        var region = CardData.Blank(data.Text("region"));
        if (institution is null) return ErrorCard.Build(texts, texts.Required(texts.InstitutionLabel));
        if (region is null) return ErrorCard.Build(texts, texts.Required(texts.RegionLabel));
        if (institution.Length > CoachingFormCard.MaxName) return ErrorCard.Build(texts, texts.TooLong(texts.InstitutionLabel, CoachingFormCard.MaxName));
        if (region.Length > 100) return ErrorCard.Build(texts, texts.TooLong(texts.RegionLabel, 100));
        if (!Enum.TryParse<Axis>(data.Text("axis"), out var axis) || !Enum.IsDefined(axis)) return ErrorCard.Build(texts, texts.Required(texts.AxisLabel));
        var (terms, termsError) = Enrolments.Terms(data, texts);
        if (terms is null) return ErrorCard.Build(texts, termsError!);
        var objectives = data.Text("objectives") ?? "";
        if (objectives.Length > 2000) return ErrorCard.Build(texts, texts.TooLong(texts.ObjectivesLabel, 2000));
        var coached = await people.FindByEmailAsync(data.Text("coached"), ct);
        var expert = await people.FindByEmailAsync(data.Text("expert"), ct);
        var unknown = new[] { (coached, data.Text("coached")), (expert, data.Text("expert")) }.Where(p => p.Item1 is null).Select(p => p.Item2 ?? "").ToList();
        if (unknown.Count > 0) return ErrorCard.Build(texts, texts.UnknownPeople(string.Join(", ", unknown.Select(u => u.Length > 60 ? u[..60] + "…" : u))));

        var accompaniment = Enrolments.NewAccompaniment($"a-{nonce}", new Institution(institution, region), coached!, expert!, axis, terms, objectives,
            request.Caller.Person.TenantId, request.Caller.Person, time.GetUtcNow());
        // The form sent twice: the second finds the accompaniment made by the first, and changes nothing.
        await enrolment.StartAsync(accompaniment, texts, ct);
        return await Show(request, ct);
    }

    private async Task<AdaptiveCard> Entries(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var data = request.Data ?? [];
        return data.Id("expert") is { } expertId && data.Id("accompaniment") is { } id && (await accompaniments.ReadAsync(expertId, id, ct))?.Value is { } a
            ? EntriesCard.Build(a, texts)
            : ErrorCard.Build(texts, texts.UnknownAction);
    }

    /// <summary>An expert's hours for a month, across their accompaniments, with a CSV link minted for this staff member.</summary>
    private async Task<AdaptiveCard> Statement(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var data = request.Data ?? [];
        if (data.Id("expert") is not { } expertId
            || data.Month("month") is not { } month || month > Today)
            return ErrorCard.Build(texts, texts.UnknownAction);
        var (expertName, entries) = await statements.StatementAsync(expertId, month, ct);
        return StatementCard.Build(expertName, month, [.. entries.Select(e => (e.For, e.Entry))], statements.LinkFor(request.Caller.Person.AadObjectId, expertId, month), texts);
    }

    /// <summary>Staff close an accompaniment: no more hours or targets, and the coached person gets the evaluation card.</summary>
    private async Task<AdaptiveCard> Close(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var data = request.Data ?? [];
        if (data.Id("expert") is not { } expertId || data.Id("accompaniment") is not { } id || await accompaniments.ReadAsync(expertId, id, ct) is not { Value.Closed: false })
            return ErrorCard.Build(texts, texts.UnknownAction);
        var now = time.GetUtcNow();
        var closed = await accompaniments.UpdateAsync(expertId, id, a => a.Closed ? a : a with { Closed = true, ClosedAt = now }, ct);
        var participation = await cohorts.UpdateParticipationAsync(id, closed.CoachedPerson.AadObjectId, p => p is null ? throw new InvalidOperationException("Missing participation.") : p with { CohortOpen = false }, ct);
        await outbox.ToPersonIfReachableAsync($"evaluation:{id}", $"coaching:{id}", await people.FindAsync(closed.CoachedPerson.AadObjectId, ct),
            t => EvaluationCard.Build(closed, participation.Targets, t), ct);
        return await Show(request, ct);
    }

    /// <summary>The coached person's evaluation: only theirs (checked against the accompaniment), once; staff are sent the answers.</summary>
    private async Task<AdaptiveCard> Evaluate(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var data = request.Data ?? [];
        if (data.Id("expert") is not { } expertId || data.Id("accompaniment") is not { } id) return ErrorCard.Build(texts, texts.UnknownAction);
        var accompaniment = (await accompaniments.ReadAsync(expertId, id, ct))?.Value;
        if (accompaniment is null || accompaniment.CoachedPerson.AadObjectId != request.Caller.Person.AadObjectId) return ErrorCard.Build(texts, texts.NotYourAccompaniment);
        if (accompaniment.Evaluation is not null) return EvaluationResultCard.Thanks(accompaniment, texts.EvaluationAlreadyReceived, texts);
        var targets = (await cohorts.ReadParticipationAsync(id, accompaniment.CoachedPerson.AadObjectId, ct))?.Value.Targets ?? [];
        var outcomes = new List<TargetOutcome>();
        foreach (var (key, node) in data)
        {
            if (!key.StartsWith("o_", StringComparison.Ordinal)) continue;
            var target = targets.FirstOrDefault(t => $"o_{t.Id}" == key);
            if (target is null || node?.GetValueKind() != System.Text.Json.JsonValueKind.String || !Enum.TryParse<Outcome>((string?)node, out var outcome) || !Enum.IsDefined(outcome))
                return ErrorCard.Build(texts, texts.UnknownAction);
            outcomes.Add(new TargetOutcome(target.Id, target.What, outcome));
        }
        if (!int.TryParse(data.Text("satisfaction"), NumberStyles.None, CultureInfo.InvariantCulture, out var satisfaction) || satisfaction is < 1 or > 5)
            return ErrorCard.Build(texts, texts.SatisfactionRequired);
        var comments = CardData.Blank(data.Text("comments"));
        if (comments?.Length > EvaluationCard.MaxComments) return ErrorCard.Build(texts, texts.TooLong(texts.CommentsLabel, EvaluationCard.MaxComments));
        var evaluation = new Evaluation(outcomes, satisfaction, data.Text("recommend") == "true", comments, time.GetUtcNow());
        var firstTime = false;
        var updated = await accompaniments.UpdateAsync(expertId, id, a =>
        {
            firstTime = a.Evaluation is null;
            return firstTime ? a with { Evaluation = evaluation } : a;
        }, ct);
        if (!firstTime) return EvaluationResultCard.Thanks(updated, texts.EvaluationAlreadyReceived, texts);
        await outbox.ToPersonIfReachableAsync($"evaluation-result:{id}", $"coaching:{id}", await people.FindAsync(updated.StaffOwner.AadObjectId, ct),
            t => EvaluationResultCard.Build(updated, evaluation, t), ct);
        return EvaluationResultCard.Thanks(updated, texts.EvaluationThanks, texts);
    }


}
