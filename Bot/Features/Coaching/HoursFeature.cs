using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Coaching;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.Documents;
using SmqBot.Data.People;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Coaching;

/// <summary>
/// `heures` / `hours`: an expert logs coaching hours from a card, against one of their accompaniments or cohorts (one
/// <see cref="HourLedger"/> in either, named by a <see cref="HoursFor"/> the card carries). An accompaniment is read in
/// the caller's own partition (experts' accompaniments are partitioned by expert), so another expert's id finds nothing;
/// a cohort must list the caller among its experts. The entry's id is the card's nonce, so a double click stores one
/// entry; a concurrent entry from another device is re-applied on the new version (both are kept). On an accompaniment,
/// an entry that would go over the budget waits for staff. Cost: one point read and one write (plus, once per
/// accompaniment, the 80% notices through the outbox).
/// </summary>
public sealed class HoursFeature(AccompanimentStore accompaniments, CohortStore cohorts, PeopleStore people, Outbox.OutboxQueue outbox, Enrolment.StaffLists lists, TimeProvider time) : IFeature
{
    public static readonly CommandInfo HoursCommand = new("hours", ["heures", "hours"], t => t.Coaching.HoursCommand, [Role.Expert]) { Order = 40 };

    public IEnumerable<(CommandInfo, Handler)> Commands => [(HoursCommand, (r, ct) => Form(r, new OpenHoursForm(null, null), ct))];

    public IEnumerable<VerbRoute> Verbs =>
    [
        ActionRoute.For<OpenHoursForm>([Role.Expert], Form),
        FormRoute.For<HoursForm, LogHours>([], HoursForm.Bind, Redisplay, Log, activityIdentityOnly: true),
        ActionRoute.For<DeleteHours>([], Delete, activityIdentityOnly: true) with { Confirm = t => t.Confirm.DeleteEntry },
        ActionRoute.For<LockMonth>([Role.Staff], Lock),
        ActionRoute.For<ApproveHours>([Role.Staff], (r, a, ct) => Decide(r, a, EntryStatus.Approved, ct)),
        ActionRoute.For<DeclineHours>([Role.Staff], (r, a, ct) => Decide(r, a, EntryStatus.Declined, ct)),
        ActionRoute.For<ShowApproval>([Role.Staff], Approval),
    ];

    private DateOnly Today => Programme.Today(time);

    /// <summary>A ledger the caller may write to, as read (once): its view, its dates, and the stored document with its ETag.</summary>
    private sealed record Writable(HoursView View, bool Closed, DateOnly Start, DateOnly End, Stored<Accompaniment>? Accompaniment, Stored<Cohort>? Cohort);

    private async Task<Writable?> WritableAsync(HoursFor? target, string caller, CancellationToken ct) => target?.Kind switch
    {
        LedgerKind.Accompaniment => await accompaniments.ReadAsync(caller, target.Id, ct) is { } a
            ? new Writable(HoursView.Of(a.Value), a.Value.Closed, a.Value.Start, a.Value.End, a, null) : null,
        LedgerKind.Cohort => await cohorts.ReadStoredAsync(target.Id, ct) is { } c && c.Value.Experts.Any(e => e.AadObjectId == caller)
            ? new Writable(HoursView.Of(c.Value, caller), c.Value.Closed, c.Value.Start, c.Value.End, null, c) : null,
        _ => null,
    };

    /// <summary>
    /// Changes the ledger with one conditional write on the version read; when another writer came first, the change is
    /// applied again on the newest version, so that both are kept. <paramref name="after"/> may change the accompaniment
    /// around its new ledger (the 80% notice flag).
    /// </summary>
    private async Task<(HoursView View, Accompaniment? Accompaniment)> WriteAsync(Writable w, string caller, Func<HourLedger, HourLedger> change,
        Func<Accompaniment, Accompaniment>? after, CancellationToken ct)
    {
        if (w.Accompaniment is { } stored)
        {
            Accompaniment Apply(Accompaniment a) => (after ?? (x => x))(a with { Hours = change(a.Hours) });
            var updated = Apply(stored.Value);
            if (await accompaniments.ReplaceAsync(updated, stored.ETag, ct) is null) updated = await accompaniments.UpdateAsync(caller, stored.Value.Id, Apply, ct);
            return (HoursView.Of(updated), updated);
        }
        var cohort = w.Cohort!;
        Cohort ApplyToCohort(Cohort c) => c with { Hours = change(c.Hours) };
        var next = ApplyToCohort(cohort.Value);
        if (await cohorts.ReplaceAsync(next, cohort.ETag, ct) is null) next = await cohorts.UpdateAsync(cohort.Value.Id, ApplyToCohort, ct);
        return (HoursView.Of(next, caller), null);
    }

    /// <summary>What the caller can log for: their accompaniments and cohorts under way, by label.</summary>
    private async Task<IReadOnlyList<HoursView>> OpenAsync(Request request, CancellationToken ct)
    {
        var (caller, today) = (request.Caller.Person.AadObjectId, Today);
        // Logging needs only the activity's identity; showing the form again needs the profile, which names their cohorts.
        var profile = request.Caller.Person.ExpertOfCohorts.Count > 0 ? request.Caller.Person : await people.FindAsync(caller, ct) ?? request.Caller.Person;
        var open = new List<HoursView>();
        await foreach (var a in accompaniments.OfExpertAsync(caller, ct))
            if (!a.Closed && a.Start <= today) open.Add(HoursView.Of(a));
        // The caller's cohorts come from their profile (one point read each), not from a cross-partition query.
        foreach (var cohortId in profile.ExpertOfCohorts)
            if (await cohorts.FindAsync(cohortId, ct) is { Closed: false } c && c.Start <= today && c.Experts.Any(e => e.AadObjectId == caller))
                open.Add(HoursView.Of(c, caller));
        return [.. open.OrderBy(o => o.Label, StringComparer.Create(request.Caller.Texts.Culture, true))];
    }

    private async Task<Reply> Form(Request request, OpenHoursForm open, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var nonce = Guid.NewGuid().ToString("N");
        if (open.Entry is not { } entryId)
            return HoursFormCard.Build(await OpenAsync(request, ct), Today, nonce, HoursForm.Of(null, null, Today), texts);
        var (found, refusal) = await EditableAsync(request, open.For, entryId, ct);
        if (found is not { } editing) return refusal!;
        return HoursFormCard.Build(await OpenAsync(request, ct), Today, nonce, HoursForm.Of(editing.Writable.View.For, editing.Entry, Today), texts, replaces: entryId);
    }

    private async Task<Reply> Redisplay(Request request, LogHours log, FormState state, CancellationToken ct) =>
        HoursFormCard.Build(await OpenAsync(request, ct), Today, log.Nonce, state, request.Caller.Texts, replaces: log.Replaces);

    /// <summary>
    /// One of the caller's own entries that may still change: in one of their ledgers, of this month, in a month staff
    /// have not locked, not declined.
    /// </summary>
    private async Task<((Writable Writable, HourEntry Entry)? Found, Reply? Refusal)> EditableAsync(Request request, HoursFor? target, string entryId, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (target is null) return (null, Reply.Refuse(texts, texts.Common.UnknownAction));
        if (await WritableAsync(target, request.Caller.Person.AadObjectId, ct) is not { } w) return (null, Reply.Refuse(texts, texts.Coaching.NotYourAccompaniment));
        return Editable(w, entryId, texts);
    }

    /// <summary>The same check on a ledger already read (an edit being saved reads it once).</summary>
    private ((Writable Writable, HourEntry Entry)? Found, Reply? Refusal) Editable(Writable w, string entryId, Texts texts)
    {
        if (w.View.Mine.FirstOrDefault(e => e.Id == entryId && e.Status != EntryStatus.Declined) is not { } entry) return (null, Reply.Refuse(texts, texts.Common.UnknownAction));
        if (w.View.Ledger.IsLocked(entry.Date)) return (null, Reply.Refuse(texts, texts.Coaching.MonthLocked(texts.Month(entry.Date))));
        var today = Today;
        if (entry.Date.Year != today.Year || entry.Date.Month != today.Month) return (null, Reply.Refuse(texts, texts.Coaching.OnlyThisMonth));
        return ((w, entry), null);
    }

    private async Task<Reply> Delete(Request request, DeleteHours delete, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var entryId = delete.Entry;
        var (found, refusal) = await EditableAsync(request, delete.For, entryId, ct);
        if (found is not { } f) return refusal!;
        var (view, _) = await WriteAsync(f.Writable, request.Caller.Person.AadObjectId, l => l.Remove(entryId, f.Entry.By), null, ct);
        return new Reply.Done(HoursLoggedCard.Build(view, null, texts, Today));
    }

    /// <summary>Staff lock a month of a ledger: an accompaniment's (the card names its expert, the partition) or a cohort's.</summary>
    private async Task<Reply> Lock(Request request, LockMonth lockMonth, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (target, month) = (lockMonth.For, lockMonth.Month.First);
        if (month > Today) return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (target.Kind == LedgerKind.Cohort)
        {
            if (await cohorts.FindAsync(target.Id, ct) is not { } cohort || !cohort.Hours.CanLock(month, cohort.Start, cohort.End)) return Reply.Refuse(texts, texts.Common.UnknownAction);
            await cohorts.UpdateAsync(target.Id, c => c with { Hours = c.Hours.Lock(month) }, ct);
            return await lists.CohortsCardAsync(texts, Today, ct);
        }
        if (lockMonth.Expert is not { } expertId || (await accompaniments.ReadAsync(expertId, target.Id, ct))?.Value is not { } a || !a.Hours.CanLock(month, a.Start, a.End))
            return Reply.Refuse(texts, texts.Common.UnknownAction);
        await accompaniments.UpdateAsync(expertId, target.Id, a => a with { Hours = a.Hours.Lock(month) }, ct);
        return await lists.CoachingCardAsync(texts, Today, ct);
    }

    private async Task<Reply> Log(Request request, LogHours log, Submission<HoursForm> submission, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var form = submission.Form;
        var caller = request.Caller.Person.AadObjectId;
        var nonce = log.Nonce;
        if (form.Date > Today) return await submission.Refuse(HoursForm.Fields.Date, texts.Coaching.DateRule);
        if (await WritableAsync(form.For, caller, ct) is not { } w) return Reply.Refuse(texts, texts.Coaching.NotYourAccompaniment);
        if (w.Closed) return Reply.Refuse(texts, form.For.Kind == LedgerKind.Cohort ? texts.CheckIns.CohortClosed : texts.Coaching.AccompanimentClosed);
        if (form.Date < w.Start || form.Date > w.End) return await submission.Refuse(HoursForm.Fields.Date, texts.Coaching.DateRule);
        if (w.View.Ledger.Entries.FirstOrDefault(e => e.Id == nonce) is { } saved) return HoursLoggedCard.Build(w.View, saved, texts, Today);   // sent twice
        if (w.View.Ledger.IsLocked(form.Date)) return await submission.Refuse(HoursForm.Fields.Date, texts.Coaching.MonthLocked(texts.Month(form.Date)));
        var replaces = log.Replaces;
        if (replaces is not null && Editable(w, replaces, texts).Refusal is { } refusal) return refusal;
        if (replaces is null && w.View.Ledger.IsFull) return Reply.Refuse(texts, texts.Coaching.LedgerFull);

        var by = w.View.By;
        var now = time.GetUtcNow();
        var budget = w.View.BudgetMinutes;
        HourLedger Add(HourLedger ledger)
        {
            if (ledger.Entries.Any(e => e.Id == nonce)) return ledger;
            var kept = replaces is null ? ledger : ledger.Remove(replaces, by);   // an edit replaces the entry it started from
            var status = budget is { } b && kept.ApprovedMinutes + form.Minutes > b ? EntryStatus.Pending : EntryStatus.Approved;
            return kept.Add(new HourEntry(nonce, form.Date, form.Minutes, form.Kind, form.Note, status, now, by), null);
        }
        var noticeNow = false;
        Accompaniment EightyPercent(Accompaniment a)
        {
            noticeNow = !a.EightyPercentNoticeSent && a.UsedMinutes * 5 >= a.BudgetMinutes * 4;
            return noticeNow ? a with { EightyPercentNoticeSent = true } : a;
        }
        var (view, accompaniment) = await WriteAsync(w, caller, Add, EightyPercent, ct);
        var entry = view.Ledger.Entries.First(e => e.Id == nonce);
        if (accompaniment is not null)
        {
            if (noticeNow) await NotifyEightyPercentAsync(accompaniment, ct);
            if (entry.Status == EntryStatus.Pending) await AskApprovalAsync(accompaniment, entry, ct);
        }
        return HoursLoggedCard.Build(view, entry, texts, Today);
    }

    /// <summary>
    /// An entry over the budget goes to the staff owner, who approves or declines it from the card. Requests coalesce: while
    /// other entries of the accompaniment wait, the card already sent lists this one too (it refreshes for the staff
    /// owner, and moves on to the next entry after each decision), so a burst of entries is one message, not one each.
    /// </summary>
    private async Task AskApprovalAsync(Accompaniment a, HourEntry entry, CancellationToken ct)
    {
        if (a.Hours.Entries.Any(e => e.Status == EntryStatus.Pending && e.Id != entry.Id)) return;
        await outbox.ToPersonIfReachableAsync(MessageKey.HoursApproval(a.Id, entry.Id), SendOut.Hours(a.Id), await people.FindAsync(a.StaffOwner.AadObjectId, ct),
            t => ApprovalCard.Build(a, entry, t), ct);
    }

    /// <summary>Staff approve or decline a pending entry; the expert is told. Card data names the entry; staff rights come from the caller's roles.</summary>
    private async Task<Reply> Decide(Request request, IEntryAction action, EntryStatus decision, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var (expertId, id, entryId) = (action.Expert, action.Accompaniment, action.Entry);
        if ((await accompaniments.ReadAsync(expertId, id, ct))?.Value is not { } found)
            return Reply.Refuse(texts, texts.Common.UnknownAction);
        if (found.Hours.Entries.All(e => e.Id != entryId)) return ApprovalCard.Gone(found, entryId, texts);
        var decidedNow = false;
        var updated = await accompaniments.UpdateAsync(expertId, id, a =>
        {
            decidedNow = a.Hours.Entries.Any(e => e.Id == entryId && e.Status == EntryStatus.Pending);
            return decidedNow ? a with { Hours = a.Hours.Decide(entryId, decision) } : a;
        }, ct);
        var entry = updated.Hours.Entries.First(e => e.Id == entryId);
        if (!decidedNow) return Reply.Refuse(texts, texts.Coaching.AlreadyDecided);
        await outbox.ToPersonIfReachableAsync(MessageKey.HoursDecision(updated.Id, entry.Id), SendOut.Hours(updated.Id), await people.FindAsync(updated.Expert.AadObjectId, ct), t =>
        {
            var message = t.Coaching.Decided(decision == EntryStatus.Approved, t.Hours(entry.Minutes), t.Date(entry.Date));
            var card = HoursLoggedCard.Build(HoursView.Of(updated), entry, t);
            return card with { Body = [.. card.Body, new TextBlock(message) { Weight = TextWeight.Bolder }] };
        }, ct);
        // The next entry waiting, if any, with what was just decided above it; else this entry, decided.
        return ApprovalCard.Next(updated, null) is { } next
            ? ApprovalCard.Build(updated, next, texts).Saying(texts.Coaching.Decided(decision == EntryStatus.Approved, texts.Hours(entry.Minutes), texts.Date(entry.Date)))
            : ApprovalCard.Build(updated, entry, texts);
    }

    /// <summary>The approval card as it stands now (what its refresh asks for): the entry decided, pending, or gone.</summary>
    private async Task<Reply> Approval(Request request, ShowApproval show, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var entryId = show.Entry;
        if ((await accompaniments.ReadAsync(show.Expert, show.Accompaniment, ct))?.Value is not { } a)
            return Reply.Refuse(texts, texts.Common.UnknownAction);
        var entry = a.Hours.Entries.FirstOrDefault(e => e.Id == entryId);
        return ApprovalCard.Next(a, entry) is { } next ? ApprovalCard.Build(a, next, texts)
            : entry is not null ? ApprovalCard.Build(a, entry, texts)
            : ApprovalCard.Gone(a, entryId, texts);
    }

    private async Task NotifyEightyPercentAsync(Accompaniment a, CancellationToken ct)
    {
        foreach (var who in new[] { a.Expert, a.StaffOwner })
        {
            await outbox.ToPersonIfReachableAsync(MessageKey.HoursEightyPercent(a.Id, who.AadObjectId), SendOut.Hours(a.Id), await people.FindAsync(who.AadObjectId, ct),
                t => BudgetNoticeCard.Build(a, t), ct);
        }
    }
}
