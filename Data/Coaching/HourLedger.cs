namespace SmqBot.Data.Coaching;

/// <summary>
/// The hours logged for an accompaniment or for a cohort, embedded in either (bounded: <see cref="MaxEntries"/>): the
/// entries, the months staff have locked, and the one set of rules that changes them. Entries are never dropped to make
/// room: a full ledger refuses the next entry.
/// </summary>
public sealed record HourLedger
{
    public const int MaxEntries = 400;

    public IReadOnlyList<HourEntry> Entries { get; init; } = [];
    /// <summary>Months ("yyyy-MM") staff have locked: their entries can no longer be added, edited or deleted.</summary>
    public IReadOnlyList<string> LockedMonths { get; init; } = [];

    public static string MonthKey(DateOnly date) => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public bool IsLocked(DateOnly date) => LockedMonths.Contains(MonthKey(date));

    public bool IsFull => Entries.Count >= MaxEntries;

    public int ApprovedMinutes => Entries.Where(e => e.Status == EntryStatus.Approved).Sum(e => e.Minutes);
    public int PendingMinutes => Entries.Where(e => e.Status == EntryStatus.Pending).Sum(e => e.Minutes);

    /// <summary>The entries one expert logged (all of them for an accompaniment's ledger, whose entries name nobody).</summary>
    public IEnumerable<HourEntry> Of(string? by) => by is null ? Entries : Entries.Where(e => e.By == by);

    /// <summary>The ledger's part in a course's personal data: the notes of entries, typed by who logged them (<paramref name="author"/> when an entry names nobody).</summary>
    public IEnumerable<Privacy.TypedText> Notes(string? author) =>
        Entries.Where(e => e.Note is not null).Select(e => new Privacy.TypedText(e.By ?? author, $"hours:{e.Id}", e.Note!));

    /// <summary>The ledger with one person erased: their entries keep figures and dates, under their pseudonym, without their notes.</summary>
    public HourLedger Erase(Privacy.Erasure erasure, string? author) => this with
    {
        Entries = [.. Entries.Select(e => erasure.Is(e.By ?? author) ? e with { By = e.By is null ? null : erasure.Pseudonym, Note = e.Note is null ? null : Privacy.Redaction.Erased } : e)],
    };

    /// <summary>The ledger with one entry's note blanked (<c>hours:{id}</c>).</summary>
    public HourLedger Blank(string path) => this with
    {
        Entries = [.. Entries.Select(e => $"hours:{e.Id}" == path ? e with { Note = Privacy.Redaction.Erased } : e)],
    };

    public IEnumerable<Privacy.ExportRow> Export(string course, Func<HourEntry, bool> theirs, bool withNotes) =>
        Entries.Where(theirs).Select(e => Privacy.ExportRow.Of("hours", ("course", course), ("date", e.Date), ("minutes", e.Minutes), ("kind", e.Kind.ToString()),
            ("status", e.Status.ToString()), ("note", withNotes ? e.Note : null)));

    /// <summary>Adds <paramref name="entry"/> (once: its id is the card's nonce), replacing the expert's entry <paramref name="replaces"/> when it edits one.</summary>
    public HourLedger Add(HourEntry entry, string? replaces) =>
        Entries.Any(e => e.Id == entry.Id) ? this : this with { Entries = [.. Entries.Where(e => !(e.Id == replaces && e.By == entry.By)), entry] };

    public HourLedger Remove(string entryId, string? by) => this with { Entries = [.. Entries.Where(e => !(e.Id == entryId && e.By == by))] };

    public HourLedger Lock(DateOnly month) => IsLocked(month) ? this : this with { LockedMonths = [.. LockedMonths, MonthKey(month)] };

    /// <summary>A month may be locked once it has entries or lies within the dates of what the ledger is for.</summary>
    public bool CanLock(DateOnly month, DateOnly start, DateOnly end)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        return Entries.Any(e => e.Date.Year == first.Year && e.Date.Month == first.Month) || (first <= end && first.AddMonths(1) > start);
    }

    public HourLedger Decide(string entryId, EntryStatus decision) =>
        this with { Entries = [.. Entries.Select(e => e.Id == entryId && e.Status == EntryStatus.Pending ? e with { Status = decision } : e)] };
}

public enum LedgerKind { Accompaniment, Cohort }

/// <summary>
/// Which ledger a card's hours are for, as the card names it ("accompaniment:a-…" or "cohort:c-…"): parsed once, so no
/// handler guesses the kind from an id.
/// </summary>
public sealed record HoursFor(LedgerKind Kind, string Id)
{
    public override string ToString() => $"{(Kind == LedgerKind.Cohort ? "cohort" : "accompaniment")}:{Id}";

    public static HoursFor? Parse(string? text) => text?.Split(':') switch
    {
        ["accompaniment", var id] when Ids.IsValid(id) => new(LedgerKind.Accompaniment, id),
        ["cohort", var id] when Ids.IsValid(id) => new(LedgerKind.Cohort, id),
        _ => null,
    };
}
