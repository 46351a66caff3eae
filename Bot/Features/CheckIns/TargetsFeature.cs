using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
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
    public static readonly CommandInfo TargetsCommand = new("targets", ["mes cibles", "my targets", "cibles", "targets"], t => t.CheckIns.TargetsCommand, []) { Order = 30 };

    public IEnumerable<(CommandInfo, Handler)> Commands => [(TargetsCommand, Show)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.CheckIns.CheckInVerbs.Targets, [], Show, ActivityIdentityOnly: true),
        ActionRoute.For<OpenTargetForm>([], Form, activityIdentityOnly: true),
        FormRoute.For<TargetForm, SaveTarget>([], TargetForm.Bind, Redisplay, Save, activityIdentityOnly: true),
        ActionRoute.For<MarkTargetAchieved>([], (r, a, ct) => Settle(r, a, TargetState.Achieved, ct), activityIdentityOnly: true),
        ActionRoute.For<AbandonTarget>([], (r, a, ct) => Settle(r, a, TargetState.Abandoned, ct), activityIdentityOnly: true) with { Confirm = t => t.Confirm.AbandonTarget },
        ActionRoute.For<OpenCheckIn>([], (r, open, ct) => CheckInForm(r, open.Cohort, ct), activityIdentityOnly: true),
    ];

    private async Task<Reply> Show(Request request, CancellationToken ct)
    {
        var mine = await cohorts.ParticipationsOfAsync(request.Caller.Person.AadObjectId, ct).ToListAsync(ct);
        var collective = new Dictionary<string, IReadOnlyList<Target>>();
        foreach (var participation in mine)
            if (await cohorts.FindAsync(participation.CourseId, ct) is { } cohort) collective[cohort.Id] = cohort.CollectiveTargets;
        var (person, texts) = (request.Caller.Person.AadObjectId, request.Caller.Texts);
        return TargetsCard.Build([.. mine.OrderBy(p => p.Start)], collective,
            p => ProgressChart.HasData(p) ? links.Mint(ChartRoute, ChartLifetime, person, p.CourseId, texts.Locale) : null, texts);
    }

    public const string ChartRoute = "progress";
    /// <summary>
    /// The chart shows the person's own targets to whoever holds the link, unchecked (Teams fetches card images without
    /// the viewer's identity), so the link is short-lived like every download: `mes cibles` mints a new one.
    /// </summary>
    private static readonly TimeSpan ChartLifetime = Exports.ExportLinks.Lifetime;

    /// <summary>
    /// <c>GET /exports/progress/{token}</c>: the progress chart of the participation the link was minted for (its owner's,
    /// from their `mes cibles`), drawn as it stands now; 404 for a forged, altered or expired token.
    /// </summary>
    public async Task<IResult> ChartAsync(string token, CancellationToken ct)
    {
        if (links.Read(ChartRoute, token) is not { Length: 3 } parts || await cohorts.ReadParticipationAsync(parts[1], parts[0], ct) is not { } stored
            || ProgressChart.Render(stored.Value, Texts.For(parts[2])) is not { } png)
            return Results.NotFound();
        return Results.File(png, "image/png", "progression.png");
    }

    /// <summary>The caller's open participation in the cohort the card names, or the card that says why not.</summary>
    private async Task<(Participation? Participation, Reply? Refusal)> MineAsync(Request request, string cohortId, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var stored = await cohorts.ReadParticipationAsync(cohortId, request.Caller.Person.AadObjectId, ct);
        if (stored is null) return (null, Reply.Refuse(texts, texts.CheckIns.NotInCohort));
        return stored.Value.CourseOpen ? (stored.Value, null) : (null, Reply.Refuse(texts, texts.CheckIns.CohortClosed));
    }

    /// <summary>The caller's own targets in that participation, as the editor changes them.</summary>
    private EditedTargets Edited(Participation participation) =>
        new(participation.CourseId, participation.Start, participation.End, participation.Targets,
            (target, title) => Actions.Execute(title, new SaveTarget(participation.CourseId, target), style: "positive"),
            (change, ct) => cohorts.UpdateParticipationAsync(participation.CourseId, participation.AadObjectId, p => p! with { Targets = change(p.Targets) }, ct),
            texts => texts.Course(participation));

    private async Task<Reply> Form(Request request, OpenTargetForm open, CancellationToken ct)
    {
        var (participation, refusal) = await MineAsync(request, open.Cohort, ct);
        return participation is null ? refusal! : TargetEditor.Form(Edited(participation), open.Target, request.Caller.Texts);
    }

    private async Task<Reply> Redisplay(Request request, SaveTarget save, FormState state, CancellationToken ct)
    {
        var (participation, refusal) = await MineAsync(request, save.Cohort, ct);
        return participation is null ? refusal! : TargetEditor.Redisplay(Edited(participation), save.Target, state, request.Caller.Texts);
    }

    private async Task<Reply> Save(Request request, SaveTarget save, Submission<TargetForm> form, CancellationToken ct)
    {
        var (participation, refusal) = await MineAsync(request, save.Cohort, ct);
        if (participation is null) return refusal!;
        return await TargetEditor.SaveAsync(Edited(participation), save.Target, form, request.Caller.Texts, ct) ?? await Show(request, ct);
    }

    private async Task<Reply> Settle(Request request, ITargetAction action, TargetState state, CancellationToken ct)
    {
        var (participation, refusal) = await MineAsync(request, action.Cohort, ct);
        if (participation is null) return refusal!;
        var texts = request.Caller.Texts;
        if (action.Target is not { } targetId || participation.Targets.All(t => t.Id != targetId || t.State != TargetState.Active))
            return Reply.Refuse(texts, texts.Common.UnknownAction);
        await cohorts.UpdateParticipationAsync(participation.CourseId, participation.AadObjectId, current => current! with
        {
            Targets = [.. current.Targets.Select(t => t.Id == targetId && t.State == TargetState.Active ? t with { State = state } : t)],
        }, ct);
        return (await Show(request, ct)).AsDone();
    }

    private async Task<Reply> CheckInForm(Request request, string cohortId, CancellationToken ct)
    {
        var (participation, refusal) = await MineAsync(request, cohortId, ct);
        if (participation is null) return refusal!;
        var view = new CheckInView(participation.CourseId, request.Caller.Texts.Course(participation), null, Guid.NewGuid().ToString("N"), participation.Start,
            participation.Targets, participation.LastCheckIn, time.GetUtcNow(), Intention: participation.Intentions.LastOrDefault()?.Text,
            ChannelDigest: Bot.Features.CheckIns.CheckInScheduler.PostsInChannel(await cohorts.FindAsync(participation.CourseId, ct)));
        return CheckInCard.Build(view, request.Caller.Texts);
    }
}
