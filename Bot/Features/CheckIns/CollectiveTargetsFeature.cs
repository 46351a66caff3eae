using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
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
        ActionRoute.For<ShowCollective>([], (r, show, ct) => Show(r, show.Cohort, ct)),
        ActionRoute.For<OpenCollectiveForm>([], Form),
        FormRoute.For<TargetForm, SaveCollectiveTarget>([], TargetForm.Bind, Redisplay, Save),
        ActionRoute.For<ReportCollectiveValue>([], Report),
    ];

    private static bool CanEdit(Cohort cohort, Caller caller) =>
        caller.Has(Role.Staff) || cohort.Experts.Any(e => e.AadObjectId == caller.Person.AadObjectId);

    private static bool CanSee(Cohort cohort, Caller caller) =>
        CanEdit(cohort, caller) || cohort.Members.Any(m => m.AadObjectId == caller.Person.AadObjectId);

    /// <summary>The cohort the card names, if the caller may see it (or edit it); else the card that says why not.</summary>
    private async Task<(Cohort? Cohort, Reply? Refusal)> CohortAsync(Request request, string id, bool edit, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (await cohorts.FindAsync(id, ct) is not { } cohort) return (null, Reply.Refuse(texts, texts.Common.UnknownAction));
        if (!CanSee(cohort, request.Caller)) return (null, Reply.Refuse(texts, texts.CheckIns.NotInCohort));
        if (edit && !CanEdit(cohort, request.Caller)) return (null, Reply.Refuse(texts, texts.CheckIns.CollectiveEditorsOnly));
        if (edit && cohort.Closed) return (null, Reply.Refuse(texts, texts.CheckIns.CohortClosed));
        return (cohort, null);
    }

    private async Task<Reply> Show(Request request, string id, CancellationToken ct)
    {
        var (cohort, refusal) = await CohortAsync(request, id, edit: false, ct);
        return cohort is null ? refusal! : CollectiveTargetsCard.Build(cohort, CanEdit(cohort, request.Caller) && !cohort.Closed, request.Caller.Texts);
    }

    /// <summary>The cohort's collective targets, as the editor changes them; <paramref name="saved"/> gets the cohort as written.</summary>
    private EditedTargets Edited(Cohort cohort, Action<Cohort>? saved = null) =>
        new(cohort.Id, cohort.Start, cohort.End, cohort.CollectiveTargets,
            (target, title) => Actions.Execute(title, new SaveCollectiveTarget(cohort.Id, target), style: "positive"),
            async (change, ct) => saved?.Invoke(await cohorts.UpdateAsync(cohort.Id, c => c with { CollectiveTargets = change(c.CollectiveTargets) }, ct)),
            _ => cohort.Subject);

    private async Task<Reply> Form(Request request, OpenCollectiveForm open, CancellationToken ct)
    {
        var (cohort, refusal) = await CohortAsync(request, open.Cohort, edit: true, ct);
        return cohort is null ? refusal! : TargetEditor.Form(Edited(cohort), open.Target, request.Caller.Texts);
    }

    private async Task<Reply> Redisplay(Request request, SaveCollectiveTarget save, FormState state, CancellationToken ct)
    {
        var (cohort, refusal) = await CohortAsync(request, save.Cohort, edit: true, ct);
        return cohort is null ? refusal! : TargetEditor.Redisplay(Edited(cohort), save.Target, state, request.Caller.Texts);
    }

    private async Task<Reply> Save(Request request, SaveCollectiveTarget save, Submission<TargetForm> form, CancellationToken ct)
    {
        var (cohort, refusal) = await CohortAsync(request, save.Cohort, edit: true, ct);
        if (cohort is null) return refusal!;
        var updated = cohort;
        return await TargetEditor.SaveAsync(Edited(cohort, c => updated = c), save.Target, form, request.Caller.Texts, ct)
            ?? CollectiveTargetsCard.Build(updated, true, request.Caller.Texts);
    }

    private async Task<Reply> Report(Request request, ReportCollectiveValue report, CancellationToken ct)
    {
        var (cohort, refusal) = await CohortAsync(request, report.Cohort, edit: true, ct);
        if (cohort is null) return refusal!;
        var texts = request.Caller.Texts;
        var targetId = report.Target;
        if (cohort.CollectiveTargets.FirstOrDefault(t => t.Id == targetId && t.State == TargetState.Active) is not { } target)
            return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (NumberField.Parse(request.Data?[ReportCollectiveValue.ValueInput(targetId)]) is not { } value || !target.Accepts(value)) return Reply.Refuse(texts, texts.Common.NotAValue(target.What));
        var now = time.GetUtcNow();
        var updated = await cohorts.UpdateAsync(cohort.Id, current => current with
        {
            CollectiveTargets = [.. current.CollectiveTargets.Select(t => t.Id == targetId ? t with { History = [.. t.History, new TargetValue(now, value)] } : t)],
        }, ct);
        return CollectiveTargetsCard.Build(updated, true, texts);
    }
}
