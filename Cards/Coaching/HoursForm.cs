using SmqBot.Cards.Forms;
using SmqBot.Data.Coaching;

namespace SmqBot.Cards.Coaching;

/// <summary>
/// An hour entry as an expert logs it: for which ledger (an accompaniment or a cohort, as <see cref="HoursFor"/>), when,
/// how long (quarter hours up to 8 h), what kind of work, a note. The handler checks the ledger is the caller's to write.
/// </summary>
public sealed record HoursForm(HoursFor For, DateOnly Date, int Minutes, WorkKind Kind, string? Note)
{
    public const int MaxMinutes = 8 * 60;
    public static readonly IReadOnlyList<int> Durations = [.. Enumerable.Range(1, MaxMinutes / 15).Select(q => q * 15)];

    public static class Fields
    {
        public static readonly ChoiceField For = new("for", t => t.Coaching.ForLabel);
        public static readonly DateField Date = new("date", t => t.Coaching.DateLabel);
        public static readonly ChoiceField Minutes = new("minutes", t => t.Coaching.DurationLabel, Refusal: t => t.Coaching.DurationRule);
        public static readonly ChoiceField Kind = new("kind", t => t.Coaching.WorkKindLabel, Required: false);
        public static readonly TextField Note = new("note", t => t.Coaching.NoteLabel, 500, Multiline: true);
    }

    /// <summary>The form starting from an entry (one being edited, or one suggested after a meeting), or from today's hour of video.</summary>
    public static FormState Of(HoursFor? @for, HourEntry? start, DateOnly today) => FormState.Of(
        (Fields.For, @for?.ToString()), (Fields.Date, DateField.Format(start?.Date ?? today)),
        (Fields.Minutes, (start?.Minutes ?? 60).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (Fields.Kind, (start?.Kind ?? WorkKind.Video).ToString()), (Fields.Note, start?.Note));

    public static Bound<HoursForm> Bind(FormBinder form)
    {
        var @for = HoursFor.Parse(form.Text(Fields.For));
        if (@for is null) form.Refuse(Fields.For, form.Texts.Common.Required(form.Texts.Coaching.ForLabel));
        var date = Fields.Date.Read(form);
        var minutes = Fields.Minutes.Read(form, Durations.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var kind = Fields.Kind.Read(form, Enum.GetValues<WorkKind>()) ?? WorkKind.Video;
        var note = Fields.Note.Read(form);
        return form.Result(() => new HoursForm(@for!, date!.Value, int.Parse(minutes!, System.Globalization.CultureInfo.InvariantCulture), kind, note));
    }
}

/// <summary>
/// A ledger as the hours cards show it to one expert: what it is for, its entries (theirs, on a cohort), and the budget
/// of an accompaniment (a cohort's hours are counted, not capped).
/// </summary>
public sealed record HoursView(HoursFor For, string Label, HourLedger Ledger, string? By, int? BudgetMinutes)
{
    public IEnumerable<HourEntry> Mine => Ledger.Of(By);

    public static HoursView Of(Accompaniment a) =>
        new(new HoursFor(LedgerKind.Accompaniment, a.Id), $"{a.Institution.Name} · {a.CoachedPerson.Name}", a.Hours, null, a.BudgetMinutes);

    public static HoursView Of(Data.Cohorts.Cohort c, string expertAadObjectId) =>
        new(new HoursFor(LedgerKind.Cohort, c.Id), c.Subject, c.Hours, expertAadObjectId, null);
}
