using System.Globalization;
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
/// `heures` / `hours`: an expert logs coaching hours from a card. The accompaniment is read in the caller's own
/// partition (experts' accompaniments are partitioned by expert), so another expert's id finds nothing; the entry's id
/// is the card's nonce, so a double click stores one entry; a concurrent entry from another device is re-applied on
/// the new version (both are kept). An entry that would go over the budget waits for staff. Cost: one point read and
/// one write (plus, once per accompaniment, the 80% notices through the outbox).
/// </summary>
public sealed class HoursFeature(AccompanimentStore accompaniments, CohortStore cohorts, PeopleStore people, Outbox.Outbox outbox, TimeProvider time) : IFeature
{
    public IEnumerable<(CommandInfo, Handler)> Commands => [(Routing.Commands.Hours, Form)];

    public IEnumerable<VerbRoute> Verbs =>
    [
        new(Cards.Common.Verbs.HoursForm, [Role.Expert], Form),
        new(Cards.Common.Verbs.HoursLog, [], Log, ActivityIdentityOnly: true),
        new(Cards.Common.Verbs.HoursDelete, [], Delete, ActivityIdentityOnly: true),
        new(Cards.Common.Verbs.HoursLock, [Role.Staff], Lock),
        new(Cards.Common.Verbs.HoursApprove, [Role.Staff], (r, ct) => Decide(r, EntryStatus.Approved, ct)),
        new(Cards.Common.Verbs.HoursDecline, [Role.Staff], (r, ct) => Decide(r, EntryStatus.Declined, ct)),
    ];

    private DateOnly Today => Programme.Today(time);

    private async Task<AdaptiveCard> Form(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var today = Today;
        (string Of, HourEntry Entry)? editing = null;
        if (request.Data?.Id("entry") is { } entryId)
        {
            var (found, refusal) = await EditableAsync(request, entryId, ct);
            if (found is null) return refusal!;
            editing = found.Value;
        }
        var open = new List<(string Id, string Label)>();
        await foreach (var a in accompaniments.OfExpertAsync(request.Caller.Person.AadObjectId, ct))
            if (!a.Closed && a.Start <= today) open.Add((a.Id, $"{a.Institution.Name} · {a.CoachedPerson.Name}"));
        // The caller's cohorts come from their profile (one point read each), not from a cross-partition query.
        foreach (var cohortId in request.Caller.Person.ExpertOfCohorts)
            if (await cohorts.FindAsync(cohortId, ct) is { Closed: false } c && c.Start <= today && c.Experts.Any(e => e.AadObjectId == request.Caller.Person.AadObjectId))
                open.Add((c.Id, c.Subject));
        return HoursFormCard.Build([.. open.OrderBy(o => o.Label, StringComparer.Create(texts.Culture, true))], today, Guid.NewGuid().ToString("N"), texts, editing);
    }

    /// <summary>
    /// One of the caller's own entries that may still change: in one of their accompaniments or cohorts, of this month,
    /// in a month staff have not locked, not declined.
    /// </summary>
    private async Task<((string Of, HourEntry Entry)? Found, AdaptiveCard? Refusal)> EditableAsync(Request request, string entryId, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var caller = request.Caller.Person.AadObjectId;
        if (request.Data!.Id("accompaniment") is not { } id) return (null, ErrorCard.Build(texts, texts.UnknownAction));
        IEnumerable<HourEntry> entries;
        IReadOnlyList<string> locked;
        if (id.StartsWith("c-", StringComparison.Ordinal))
        {
            if (await cohorts.FindAsync(id, ct) is not { } cohort || cohort.Experts.All(e => e.AadObjectId != caller)) return (null, ErrorCard.Build(texts, texts.NotYourAccompaniment));
            (entries, locked) = (cohort.HourEntries.Where(e => e.By == caller), cohort.LockedMonths);
        }
        else
        {
            if ((await accompaniments.ReadAsync(caller, id, ct))?.Value is not { } a) return (null, ErrorCard.Build(texts, texts.NotYourAccompaniment));
            (entries, locked) = (a.Entries, a.LockedMonths);
        }
        if (entries.FirstOrDefault(e => e.Id == entryId && e.Status != EntryStatus.Declined) is not { } entry) return (null, ErrorCard.Build(texts, texts.UnknownAction));
        if (locked.Contains(entry.Date.ToString("yyyy-MM"))) return (null, ErrorCard.Build(texts, texts.MonthLocked(entry.Date.ToString("MMMM yyyy", texts.Culture))));
        var today = Today;
        if (entry.Date.Year != today.Year || entry.Date.Month != today.Month) return (null, ErrorCard.Build(texts, texts.OnlyThisMonth));
        return ((id, entry), null);
    }

    private async Task<AdaptiveCard> Delete(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        if (request.Data?.Id("entry") is not { } entryId) return ErrorCard.Build(texts, texts.UnknownAction);
        var (found, refusal) = await EditableAsync(request, entryId, ct);
        if (found is not { } f) return refusal!;
        var caller = request.Caller.Person.AadObjectId;
        if (f.Of.StartsWith("c-", StringComparison.Ordinal))
        {
            var cohort = await cohorts.UpdateAsync(f.Of, c => c with { HourEntries = [.. c.HourEntries.Where(e => !(e.Id == entryId && e.By == caller))] }, ct);
            return CohortHoursLoggedCard.Summary(cohort, caller, Today, texts);
        }
        var updated = await accompaniments.UpdateAsync(caller, f.Of, a => a with { Entries = [.. a.Entries.Where(e => e.Id != entryId)] }, ct);
        return HoursLoggedCard.Summary(updated, Today, texts);
    }

    /// <summary>Staff lock a month of an accompaniment's hours (data names its expert) or of a cohort's hours.</summary>
    private async Task<AdaptiveCard> Lock(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var data = request.Data ?? [];
        if (data.Id("accompaniment") is not { } id
            || data.Month("month") is not { } month || month > Today)
            return ErrorCard.Build(texts, texts.UnknownAction);
        var key = month.ToString("yyyy-MM");
        if (id.StartsWith("c-", StringComparison.Ordinal))
        {
            if (await cohorts.FindAsync(id, ct) is null) return ErrorCard.Build(texts, texts.UnknownAction);
            await cohorts.UpdateAsync(id, c => c.LockedMonths.Contains(key) ? c : c with { LockedMonths = [.. c.LockedMonths, key] }, ct);
            var openCohorts = await cohorts.OpenAsync(ct).ToListAsync(ct);
            return Cards.CheckIns.CohortsCard.Build(openCohorts, texts, Today);
        }
        if (data.Id("expert") is not { } expertId || await accompaniments.ReadAsync(expertId, id, ct) is null) return ErrorCard.Build(texts, texts.UnknownAction);
        await accompaniments.UpdateAsync(expertId, id, a => a.LockedMonths.Contains(key) ? a : a with { LockedMonths = [.. a.LockedMonths, key] }, ct);
        var open = await accompaniments.OpenAsync(ct).ToListAsync(ct);
        return CoachingCard.Build(open, texts, Today);
    }

    private async Task<AdaptiveCard> Log(Request request, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var data = request.Data ?? [];
        if (data.Id("accompaniment") is not { } id || data.Id("nonce") is not { } nonce) return ErrorCard.Build(texts, texts.UnknownAction);
        if (!int.TryParse(data.Text("minutes"), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 15 or > HoursFormCard.MaxMinutes || minutes % 15 != 0)
            return ErrorCard.Build(texts, texts.DurationRule);
        if (data.Date("date") is not { } date || date > Today)
            return ErrorCard.Build(texts, texts.DateRule);
        if (!Enum.TryParse<WorkKind>(data.Text("kind") ?? nameof(WorkKind.Video), out var kind) || !Enum.IsDefined(kind)) return ErrorCard.Build(texts, texts.UnknownAction);
        var note = CardData.Blank(data.Text("note"));
        if (note?.Length > HoursFormCard.MaxNote) return ErrorCard.Build(texts, texts.TooLong(texts.NoteLabel, HoursFormCard.MaxNote));

        if (id.StartsWith("c-", StringComparison.Ordinal)) return await LogOnCohortAsync(request, id, nonce, date, minutes, kind, note, ct);
        var stored = await accompaniments.ReadAsync(request.Caller.Person.AadObjectId, id, ct);
        if (stored is null) return ErrorCard.Build(texts, texts.NotYourAccompaniment);
        var accompaniment = stored.Value;
        if (accompaniment.Closed) return ErrorCard.Build(texts, texts.AccompanimentClosed);
        if (date < accompaniment.Start || date > accompaniment.End) return ErrorCard.Build(texts, texts.DateRule);
        if (accompaniment.Entries.FirstOrDefault(e => e.Id == nonce) is { } saved) return HoursLoggedCard.Build(accompaniment, saved, texts, Today);
        if (accompaniment.IsLocked(date)) return ErrorCard.Build(texts, texts.MonthLocked(date.ToString("MMMM yyyy", texts.Culture)));
        var replaces = data.Id("replaces");
        if (replaces is not null)
        {
            var (_, refusal) = await EditableAsync(request, replaces, ct);
            if (refusal is not null) return refusal;
        }

        var now = time.GetUtcNow();
        var noticeNow = false;
        Accompaniment Apply(Accompaniment a)
        {
            if (a.Entries.Any(e => e.Id == nonce)) return a;
            var kept = a with { Entries = [.. a.Entries.Where(e => e.Id != replaces)] };   // an edit replaces the entry it started from
            var status = kept.UsedMinutes + minutes > kept.BudgetMinutes ? EntryStatus.Pending : EntryStatus.Approved;
            var next = kept with { Entries = [.. kept.Entries.TakeLast(Accompaniment.MaxEntries - 1), new HourEntry(nonce, date, minutes, kind, note, status, now)] };
            noticeNow = !a.EightyPercentNoticeSent && next.UsedMinutes * 5 >= next.BudgetMinutes * 4;
            return noticeNow ? next with { EightyPercentNoticeSent = true } : next;
        }
        var updated = Apply(accompaniment);
        if (await accompaniments.ReplaceAsync(updated, stored.ETag, ct) is null)
            updated = await accompaniments.UpdateAsync(accompaniment.Expert.AadObjectId, id, Apply, ct); // another device wrote first: keep both
        if (noticeNow) await NotifyEightyPercentAsync(updated, ct);
        var entry = updated.Entries.First(e => e.Id == nonce);
        if (entry.Status == EntryStatus.Pending) await AskApprovalAsync(updated, entry, ct);
        return HoursLoggedCard.Build(updated, entry, texts, Today);
    }

    /// <summary>Hours for a cohort: the cohort is read by its id and the caller must be one of its experts; one read, one write.</summary>
    private async Task<AdaptiveCard> LogOnCohortAsync(Request request, string id, string nonce, DateOnly date, int minutes, WorkKind kind, string? note, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var caller = request.Caller.Person.AadObjectId;
        var stored = await cohorts.ReadStoredAsync(id, ct);
        if (stored?.Value is not { } cohort || cohort.Experts.All(e => e.AadObjectId != caller)) return ErrorCard.Build(texts, texts.NotYourAccompaniment);
        if (cohort.Closed) return ErrorCard.Build(texts, texts.CohortClosed);
        if (date < cohort.Start || date > cohort.End) return ErrorCard.Build(texts, texts.DateRule);
        if (cohort.HourEntries.FirstOrDefault(e => e.Id == nonce) is { } saved) return CohortHoursLoggedCard.Build(cohort, saved, caller, texts, Today);
        if (cohort.LockedMonths.Contains(date.ToString("yyyy-MM"))) return ErrorCard.Build(texts, texts.MonthLocked(date.ToString("MMMM yyyy", texts.Culture)));
        var replaces = request.Data!.Id("replaces");
        if (replaces is not null && (await EditableAsync(request, replaces, ct)).Refusal is { } refusal) return refusal;
        var entry = new HourEntry(nonce, date, minutes, kind, note, EntryStatus.Approved, time.GetUtcNow(), caller);
        Cohort Apply(Cohort c) => c.HourEntries.Any(e => e.Id == nonce) ? c
            : c with { HourEntries = [.. c.HourEntries.Where(e => !(e.Id == replaces && e.By == caller)).TakeLast(Accompaniment.MaxEntries - 1), entry] };
        var updated = Apply(cohort);
        if (await cohorts.ReplaceAsync(updated, stored.ETag, ct) is null) updated = await cohorts.UpdateAsync(id, Apply, ct); // another writer first: keep both
        return CohortHoursLoggedCard.Build(updated, entry, caller, texts, Today);
    }

    /// <summary>An entry over the budget goes to the staff owner, who approves or declines it from the card.</summary>
    private async Task AskApprovalAsync(Accompaniment a, HourEntry entry, CancellationToken ct)
    {
        await outbox.ToPersonIfReachableAsync($"hours-approval:{a.Id}:{entry.Id}", $"hours:{a.Id}", await people.FindAsync(a.StaffOwner.AadObjectId, ct),
            t => ApprovalCard.Build(a, entry, t), ct);
    }

    /// <summary>Staff approve or decline a pending entry; the expert is told. Card data names the entry; staff rights come from the caller's roles.</summary>
    private async Task<AdaptiveCard> Decide(Request request, EntryStatus decision, CancellationToken ct)
    {
        var texts = request.Caller.Texts;
        var data = request.Data ?? [];
        if (data.Id("expert") is not { } expertId || data.Id("accompaniment") is not { } id || data.Id("entry") is not { } entryId
            || (await accompaniments.ReadAsync(expertId, id, ct))?.Value is not { } found || found.Entries.All(e => e.Id != entryId))
            return ErrorCard.Build(texts, texts.UnknownAction);
        var decidedNow = false;
        var updated = await accompaniments.UpdateAsync(expertId, id, a =>
        {
            decidedNow = a.Entries.Any(e => e.Id == entryId && e.Status == EntryStatus.Pending);
            return decidedNow ? a with { Entries = [.. a.Entries.Select(e => e.Id == entryId ? e with { Status = decision } : e)] } : a;
        }, ct);
        var entry = updated.Entries.First(e => e.Id == entryId);
        if (!decidedNow) return ErrorCard.Build(texts, texts.AlreadyDecided);
        await outbox.ToPersonIfReachableAsync($"hours-decision:{updated.Id}:{entry.Id}", $"hours:{updated.Id}", await people.FindAsync(updated.Expert.AadObjectId, ct), t =>
        {
            var message = t.Decided(decision == EntryStatus.Approved, t.Hours(entry.Minutes), entry.Date.ToString("d MMMM yyyy", t.Culture));
            var card = HoursLoggedCard.Build(updated, entry, t);
            return card with { Body = [.. card.Body, new TextBlock(message) { Weight = TextWeight.Bolder }] };
        }, ct);
        return ApprovalCard.Build(updated, entry, texts);
    }

    private async Task NotifyEightyPercentAsync(Accompaniment a, CancellationToken ct)
    {
        foreach (var who in new[] { a.Expert, a.StaffOwner })
        {
            await outbox.ToPersonIfReachableAsync($"hours-80:{a.Id}:{who.AadObjectId}", $"hours:{a.Id}", await people.FindAsync(who.AadObjectId, ct),
                t => ErrorCard.Build(t, t.EightyPercentReached(a.Institution.Name), t.Budget(a.UsedMinutes, a.BudgetMinutes)), ct);
        }
    }
}
