using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data.Cohorts;

namespace SmqBot.Bot.Features.CheckIns;

/// <summary>
/// A list of targets being edited: a member's own (in their participation) or a cohort's collective ones. The dates
/// bound the due date; <see cref="UpdateAsync"/> applies a change to the list as stored now (read-modify-write with ETags).
/// <see cref="Save"/> makes the form's button, by the target edited (none: a new one) and the button's title.
/// </summary>
/// <param name="Course">The course the targets are for, as the reader sees it (the form says which).</param>
public sealed record EditedTargets(string CohortId, DateOnly Start, DateOnly End, IReadOnlyList<Target> Targets, Func<string?, string, CardAction> Save,
    Func<Func<IReadOnlyList<Target>, IReadOnlyList<Target>>, CancellationToken, Task> UpdateAsync, Func<Texts, string> Course);

/// <summary>The one target-list editor: the form (new or edit), and saving it under <see cref="TargetList"/>'s rules.</summary>
public static class TargetEditor
{
    public static Reply Form(EditedTargets list, string? targetId, Texts texts)
    {
        if (targetId is not null)
            return list.Targets.FirstOrDefault(t => t.Id == targetId && t.State == TargetState.Active) is { } existing
                ? TargetFormCard.Build(list.Course(texts), list.Start, list.End, targetId, TargetForm.Of(existing), title => list.Save(targetId, title), texts)
                : Reply.Refuse(texts, texts.Common.UnknownAction);
        return TargetList.IsFull(list.Targets)
            ? Reply.Refuse(texts, texts.CheckIns.TooManyTargets(Participation.MaxTargets))
            : TargetFormCard.Build(list.Course(texts), list.Start, list.End, null, TargetForm.Of(null), title => list.Save(null, title), texts);
    }

    public static AdaptiveCard Redisplay(EditedTargets list, string? editing, FormState state, Texts texts) =>
        TargetFormCard.Build(list.Course(texts), list.Start, list.End, editing, state, title => list.Save(editing, title), texts);

    /// <summary>Saves the form into the list; null once saved (the caller shows the list), else the card that says why not.</summary>
    public static async Task<Reply?> SaveAsync(EditedTargets list, string? editing, Submission<TargetForm> submission, Texts texts, CancellationToken ct)
    {
        var target = submission.Form.ToTarget();
        if (target.Due < list.Start || target.Due > list.End) return await submission.Refuse(TargetForm.Fields.Due, texts.CheckIns.DueOutsideCohort);
        var change = TargetList.Save(list.Targets, editing, target).Change;
        if (change == TargetChange.KindLocked) return await submission.Refuse(TargetForm.Fields.Kind, texts.CheckIns.KindLocked);
        if (change is TargetChange.Added or TargetChange.Edited)
            await list.UpdateAsync(current =>
            {
                (var next, change) = TargetList.Save(current, editing, target);
                return next;
            }, ct);
        return change switch
        {
            TargetChange.Added or TargetChange.Edited => null,
            TargetChange.TooMany => Reply.Refuse(texts, texts.CheckIns.TooManyTargets(Participation.MaxTargets)),
            TargetChange.KindLocked => await submission.Refuse(TargetForm.Fields.Kind, texts.CheckIns.KindLocked),
            _ => Reply.Refuse(texts, texts.Common.UnknownAction),
        };
    }
}
