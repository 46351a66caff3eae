using System.Text.Json.Nodes;
using SmqBot.Cards.CheckIns;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data.Coaching;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Coaching;

/// <summary>An expert logs hours: which accompaniment or cohort, when, how long (quarter hours up to 8 h), what kind of work, a note.</summary>
public static class HoursFormCard
{
    /// <param name="open">What the expert can log for: their accompaniments and cohorts under way, each shown with its budget (or their total on a cohort).</param>
    /// <param name="replaces">The entry of this month being edited: saving replaces it.</param>
    /// <param name="note">A line above the form (why it was sent, say, after a meeting).</param>
    public static AdaptiveCard Build(IReadOnlyList<HoursView> open, DateOnly today, string nonce, FormState state, Texts texts,
        string? replaces = null, string? note = null)
    {
        var title = replaces is null ? texts.Coaching.LogHoursTitle : texts.Coaching.EditEntryTitle;
        if (open.Count == 0) return Card(texts, title, [Title(title), Paragraph(texts.Coaching.NothingToLogFor)]);
        // Only one place to log for: it is chosen. Several: the expert chooses (a default would log a cohort's hours
        // against whichever came first).
        if (state.Raw(HoursForm.Fields.For.Id) is null && open.Count == 1) state = state.With(HoursForm.Fields.For, open[0].For.ToString());
        return Card(texts, title,
            [
                Title(title),
                .. Layout.Refused(state, texts),
                .. note is null ? Array.Empty<Element>() : [Paragraph(note)],
                new FactSet([.. open.Select(o => new Fact(o.Label, HoursLoggedCard.Standing(o, texts)))]),
                .. HoursForm.Fields.For.Input(state, texts, [.. open.Select(o => new Choice(o.Label, o.For.ToString()))]),
                .. HoursForm.Fields.Date.Input(state, texts, max: today).Select(e => e is DateInput d && d.ErrorMessage == texts.Common.Required(texts.Coaching.DateLabel) ? d with { ErrorMessage = texts.Coaching.DateRule } : e),
                .. HoursForm.Fields.Minutes.Input(state, texts, [.. HoursForm.Durations.Select(m => new Choice(texts.Hours(m), m.ToString(System.Globalization.CultureInfo.InvariantCulture)))]),
                .. HoursForm.Fields.Kind.Input(state, texts, [.. Enum.GetValues<WorkKind>().Select(k => new Choice(texts.Coaching.WorkKindName(k), k.ToString()))]),
                .. HoursForm.Fields.Note.Input(state, texts),
            ],
            [
                Actions.Execute(replaces is null ? texts.Coaching.LogHours : texts.Coaching.SaveEntry, new LogHours(nonce, replaces), style: "positive"),
                .. replaces is null ? Array.Empty<CardAction>() : [Actions.Execute(texts.Common.Cancel, CoachingVerbs.HoursForm)],
            ]);
    }
}

/// <summary>What the hours form turns into: the entry, and the budget with a bar (an accompaniment) or the expert's total (a cohort).</summary>
public static class HoursLoggedCard
{
    /// <summary>Where a ledger stands for the expert: the budget used and left (an accompaniment), or their total (a cohort).</summary>
    public static string Standing(HoursView view, Texts texts) =>
        view.BudgetMinutes is { } budget ? texts.Budget(view.Ledger.ApprovedMinutes, budget) : texts.Coaching.CohortHoursTotal(texts.Hours(view.Mine.Sum(e => e.Minutes)));

    /// <param name="entry">The entry just logged; null after one was deleted (the ledger's summary).</param>
    public static AdaptiveCard Build(HoursView view, HourEntry? entry, Texts texts, DateOnly? today = null)
    {
        var line = Standing(view, texts);
        return Card(texts, line,
            [
                Title(entry is null ? view.Label : texts.Coaching.HoursLogged),
                .. entry is null ? Array.Empty<Element>() :
                [
                    new FactSet(
                    [
                        new(texts.Coaching.LedgerName(view.For.Kind), view.Label),
                        new(texts.Coaching.DateLabel, texts.Date(entry.Date)),
                        new(texts.Coaching.DurationLabel, texts.Hours(entry.Minutes)),
                        new(texts.Coaching.WorkKindLabel, texts.Coaching.WorkKindName(entry.Kind)),
                    ]),
                ],
                new TextBlock(line) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
                .. view.BudgetMinutes is { } b ? [Bar(view.Ledger.ApprovedMinutes, b)] : Array.Empty<Element>(),
                .. entry?.Status == EntryStatus.Pending ? [new TextBlock(texts.Coaching.PendingApproval(texts.Hours(entry.Minutes))) { Weight = TextWeight.Bolder }] : Array.Empty<Element>(),
                .. today is { } day ? ThisMonth(view, day, texts) : [],
            ],
            [Actions.Execute(texts.Coaching.LogHoursTitle, CoachingVerbs.HoursForm)]);
    }

    /// <summary>The expert's entries of the current month, with edit and delete while the month is open.</summary>
    private static IEnumerable<Element> ThisMonth(HoursView view, DateOnly today, Texts texts)
    {
        var month = view.Mine.Where(e => e.Date.Year == today.Year && e.Date.Month == today.Month && e.Status != EntryStatus.Declined).OrderBy(e => e.Date).ToList();
        if (month.Count == 0) yield break;
        yield return Heading(texts.Coaching.ThisMonth);
        var locked = view.Ledger.IsLocked(today);
        foreach (var e in month)
        {
            var waiting = e.Status == EntryStatus.Pending ? $" · {texts.Coaching.StatusName(EntryStatus.Pending)}" : "";
            yield return new TextBlock($"{texts.DayMonth(e.Date)} · {texts.Hours(e.Minutes)} · {texts.Coaching.WorkKindName(e.Kind)}{waiting}") { Spacing = Spacing.Small };
            if (locked) continue;
            yield return new ActionSet([Actions.Execute(texts.Coaching.EditEntry, new OpenHoursForm(view.For, e.Id)), Actions.Destructive(texts.Coaching.DeleteEntry, new DeleteHours(view.For, e.Id))]);
        }
        if (locked) yield return Note(texts.Coaching.MonthLocked(texts.Month(today)));
    }

    /// <summary>
    /// The budget as a bar: the used share in colour, the rest plain (widths are column weights), and the share as a
    /// label in a column of its own, so that a narrow share never wraps its label.
    /// </summary>
    private static ColumnSet Bar(int used, int budget)
    {
        // The bar fills at most its width; its label says the real share ("117 %" for 17 h 30 of 15 h).
        var real = budget <= 0 ? 100 : Math.Max(0, (int)Math.Round(100.0 * used / budget));
        var share = Math.Min(real, 100);
        var color = share >= 80 ? ContainerStyle.Warning : ContainerStyle.Good;
        Column Segment(int weight, ContainerStyle style) =>
            new([new TextBlock(" ") { Size = TextSize.Small }]) { Width = weight.ToString(System.Globalization.CultureInfo.InvariantCulture), Style = style, Spacing = Spacing.None };
        return new ColumnSet(
        [
            new Column(
            [
                new ColumnSet(
                [
                    .. share > 0 ? [Segment(share, color)] : Array.Empty<Column>(),
                    .. share < 100 ? [Segment(100 - share, ContainerStyle.Emphasis)] : Array.Empty<Column>(),
                ]),
            ]) { Width = "stretch" },
            new Column([new TextBlock($"{real}\u00a0%") { Size = TextSize.Small, Wrap = false }]) { Width = "auto" },
        ]) { Spacing = Spacing.Small };
    }
}

/// <summary>For staff: the accompaniments under way, with their budgets, and the way to create one.</summary>
public static class CoachingCard
{
    /// <param name="waiting">Accompaniments made with someone SmqBot does not know yet: they start when that person comes.</param>
    /// <param name="reach">Where each accompaniment's two people stand with SmqBot, by accompaniment id.</param>
    public static AdaptiveCard Build(IReadOnlyList<Accompaniment> open, IReadOnlyList<Accompaniment> waiting, Texts texts, DateOnly? today = null,
        IReadOnlyDictionary<string, ReachSummary>? reach = null) =>
        Card(texts, texts.Coaching.CoachingTitle,
            [
                Title(texts.Coaching.CoachingTitle),
                .. open.Count == 0 ? [Paragraph(texts.Coaching.NoOpenAccompaniment)] : open.OrderBy(a => a.Institution.Name).Select(a => (Element)new Container(
                [
                    Heading($"{a.Institution.Name} · {a.CoachedPerson.Name}"),
                    Note($"{texts.Coaching.AxisName(a.Axis)} · {a.Expert.Name} · {a.FiscalYear}"),
                    Paragraph(texts.Budget(a.UsedMinutes, a.BudgetMinutes)),
                    .. (reach?.GetValueOrDefault(a.Id) ?? ReachSummary.None).Lines(texts).Select(line => (Element)Note(line)),
                    .. a.Hours.LockedMonths.Count > 0 ? [Note(string.Join(" · ", a.Hours.LockedMonths.Order().Select(m => texts.Coaching.LockedNotice(Month(m, texts)))))] : Array.Empty<Element>(),
                    .. today is { } day ? LockButtons(a, day, texts) : [],
                    new ActionSet(
                    [
                        Actions.Execute(texts.Coaching.EntriesButton, new ShowEntries(a.Expert.AadObjectId, a.Id)),
                        Actions.Execute(texts.Coaching.Statement, new ShowStatement(a.Expert.AadObjectId, YearMonth.Of(today ?? DateOnly.MinValue))),
                        Actions.Destructive(texts.CheckIns.CloseCohort, new CloseAccompaniment(a.Expert.AadObjectId, a.Id)),
                    ]),
                ]) { Separator = true }),
                .. waiting.Count == 0 ? [] : new Element[] { Heading(texts.Coaching.WaitingAccompaniments) }.Concat(waiting.OrderBy(a => a.Institution.Name).Select(a => (Element)new Container(
                [
                    Paragraph($"{a.Institution.Name} · {a.CoachedPerson.Name}"),
                    Note($"{texts.Coaching.AxisName(a.Axis)} · {a.Expert.Name}"),
                    Note(texts.Coaching.WaitingFor(string.Join(", ", new[] { a.CoachedPerson, a.Expert }.Where(p => p.IsNotKnownYet).Select(p => p.Email)))),
                ]) { Separator = true })),
            ],
            [Actions.Execute(texts.Coaching.NewAccompaniment, CoachingVerbs.CoachingForm, style: "positive")]);

    private static IEnumerable<Element> LockButtons(Accompaniment a, DateOnly today, Texts texts)
    {
        var months = new[] { today.AddMonths(-1), today }.Where(d => a.Hours.CanLock(d, a.Start, a.End))
            .Select(YearMonth.Of).Where(m => !a.Hours.LockedMonths.Contains(m.ToString())).ToList();
        // One row per month: two long buttons side by side run off a narrow card.
        foreach (var m in months)
            yield return new ActionSet([Actions.Execute(texts.Coaching.LockMonth(Month(m.ToString(), texts)), new LockMonth(HoursView.Of(a).For, m, a.Expert.AadObjectId))]) { Spacing = Spacing.Small };
    }

    private static string Month(string yyyyMm, Texts texts) =>
        texts.Month(DateOnly.ParseExact(yyyyMm + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}

public static class CoachingFormCard
{
    public static AdaptiveCard Build(string nonce, FormState state, Texts texts) =>
        Card(texts, texts.Coaching.NewAccompaniment,
            [
                Title(texts.Coaching.NewAccompaniment),
                .. Layout.Refused(state, texts),
                .. AccompanimentForm.Fields.Institution.Input(state, texts),
                .. AccompanimentForm.Fields.Region.Input(state, texts),
                .. AccompanimentForm.Fields.Coached.Input(state, texts),
                .. AccompanimentForm.Fields.Expert.Input(state, texts),
                .. AccompanimentForm.Fields.Axis.Input(state, texts, [.. Enum.GetValues<Axis>().Select(a => new Choice(texts.Coaching.AxisName(a), a.ToString()))], ChoiceInputStyle.Expanded),
                .. TermsFields.Budget.Input(state, texts),
                .. AccompanimentForm.Fields.Objectives.Input(state, texts),
                new ColumnSet(
                [
                    new Column([.. TermsFields.Start.Input(state, texts)]) { Width = "stretch" },
                    new Column([.. TermsFields.End.Input(state, texts)]) { Width = "stretch" },
                ]),
            ],
            [Actions.Execute(texts.Coaching.CreateAccompaniment, new CreateAccompaniment(nonce), style: "positive")]);
}

/// <summary>The coached person's welcome: the coaching, its axis and expert, the hours agreed, and a start on targets.</summary>
public static class CoachedWelcomeCard
{
    public static AdaptiveCard Build(Accompaniment a, Texts texts) =>
        Card(texts, texts.Coaching.CoachedWelcome(a.Institution.Name),
            [
                Title(texts.Coaching.CoachedWelcome(a.Institution.Name)),
                Paragraph(texts.Common.Labelled(texts.Coaching.AxisLabel, texts.Coaching.AxisName(a.Axis))),
                Paragraph(texts.CheckIns.YourExperts(a.Expert.Name)),
                Paragraph(texts.Coaching.HoursAgreed(texts.Hours(a.BudgetMinutes))),
                .. a.Objectives.Count > 0 ? [TextBlock.Bullets(a.Objectives)] : Array.Empty<Element>(),
                Paragraph(texts.CheckIns.NoTargetsYet),
            ],
            [Actions.Execute(texts.CheckIns.DefineTargets, new OpenTargetForm(a.Id, null), style: "positive")]);
}

public static class ExpertAssignedCard
{
    public static AdaptiveCard Build(Accompaniment a, Texts texts) =>
        Card(texts, texts.Coaching.ExpertAssigned(a.Institution.Name),
            [
                Title(texts.Coaching.ExpertAssigned(a.Institution.Name)),
                Paragraph($"{a.CoachedPerson.Name} · {texts.Coaching.AxisName(a.Axis)}"),
                Paragraph(texts.Coaching.HoursAgreed(texts.Hours(a.BudgetMinutes))),
            ],
            [Actions.Execute(texts.Coaching.LogHoursTitle, CoachingVerbs.HoursForm, style: "positive")]);
}

/// <summary>For the staff owner: an entry that would go over the budget, to approve or decline.</summary>
public static class ApprovalCard
{
    /// <summary>The other pending entries, oldest first: date, duration and kind (their notes are on their own card).</summary>
    private static IEnumerable<Element> Waiting(Accompaniment a, HourEntry shown, Texts texts)
    {
        var waiting = Pending(a).Where(e => e.Id != shown.Id).ToList();
        if (waiting.Count == 0) yield break;
        yield return new TextBlock(texts.Coaching.AlsoWaiting(waiting.Count, texts.Hours(waiting.Sum(e => e.Minutes)))) { Wrap = true, Spacing = Spacing.Medium };
        foreach (var e in waiting.Take(WaitingShown))
            yield return new TextBlock($"{texts.Date(e.Date)} · {texts.Hours(e.Minutes)} · {texts.Coaching.WorkKindName(e.Kind)}") { Wrap = true, Spacing = Spacing.None, IsSubtle = true };
        if (waiting.Count > WaitingShown) yield return new TextBlock(texts.Coaching.AndMore(waiting.Count - WaitingShown)) { Wrap = true, Spacing = Spacing.None, IsSubtle = true };
    }

    /// <summary>The entry the card should put before staff: <paramref name="entry"/> while it waits, else the oldest one waiting.</summary>
    public static HourEntry? Next(Accompaniment a, HourEntry? entry) =>
        entry is { Status: EntryStatus.Pending } ? entry : Pending(a).FirstOrDefault();

    /// <summary>The entries waiting for a decision, in the order the card puts them before staff: oldest work first.</summary>
    private static IEnumerable<HourEntry> Pending(Accompaniment a) =>
        a.Hours.Entries.Where(e => e.Status == EntryStatus.Pending).OrderBy(e => e.Date).ThenBy(e => e.LoggedAt);

    /// <summary>Other waiting entries listed under the one to decide; the rest are counted.</summary>
    public const int WaitingShown = 10;

    /// <summary>
    /// The entry as it stands now, and under it the accompaniment's other entries waiting for a decision: one card per
    /// accompaniment, whatever the number of entries over the budget, which moves on to the next entry once this one is
    /// decided. The card refreshes itself for the staff owner (Universal Actions), so that an entry deleted by the expert
    /// or decided already never shows live buttons, and one logged since appears in the list.
    /// </summary>
    public static AdaptiveCard Build(Accompaniment a, HourEntry entry, Texts texts) =>
        Approval(a, entry, texts) with { Refresh = Refresh(a, entry.Id, texts) };

    /// <summary>The card once its entry is gone (the expert deleted it): nothing left to decide.</summary>
    public static AdaptiveCard Gone(Accompaniment a, string entryId, Texts texts) =>
        Card(texts, texts.Coaching.EntryGone,
            [Title(texts.Coaching.OverBudgetTitle), Paragraph($"{a.Institution.Name} · {a.CoachedPerson.Name}"), new TextBlock(texts.Coaching.EntryGone) { Weight = TextWeight.Bolder }, Paragraph(texts.Budget(a.UsedMinutes, a.BudgetMinutes))],
            [Actions.Execute(texts.Coaching.EntriesButton, new ShowEntries(a.Expert.AadObjectId, a.Id))])
            with { Refresh = Refresh(a, entryId, texts) };

    private static Refresh Refresh(Accompaniment a, string entryId, Texts texts) =>
        new(Actions.Execute(texts.Common.Refresh, new ShowApproval(a.Expert.AadObjectId, a.Id, entryId)),
            [a.StaffOwner.AadObjectId]);

    private static AdaptiveCard Approval(Accompaniment a, HourEntry entry, Texts texts)
    {
        var decided = entry.Status != EntryStatus.Pending;
        var title = decided ? texts.Coaching.OverBudgetTitle : texts.Coaching.ApprovalTitle;
        return Card(texts, title,
            [
                Title(title),
                new FactSet(
                [
                    new(texts.Coaching.LedgerName(LedgerKind.Accompaniment), $"{a.Institution.Name} · {a.CoachedPerson.Name}"),
                    new(texts.Coaching.ExpertLabel.Split(" (")[0], a.Expert.Name),
                    new(texts.Coaching.DateLabel, texts.Date(entry.Date)),
                    new(texts.Coaching.DurationLabel, texts.Hours(entry.Minutes)),
                    new(texts.Coaching.WorkKindLabel, texts.Coaching.WorkKindName(entry.Kind)),
                    .. entry.Note is { } note ? [new Fact(texts.Coaching.NoteLabel, note)] : Array.Empty<Fact>(),
                ]),
                Paragraph(texts.Budget(a.UsedMinutes, a.BudgetMinutes)),
                .. decided ? [new TextBlock(texts.Coaching.Decided(entry.Status == EntryStatus.Approved, texts.Hours(entry.Minutes), texts.Date(entry.Date))) { Weight = TextWeight.Bolder }] : Array.Empty<Element>(),
                .. Waiting(a, entry, texts),
            ],
            decided ? null : [Actions.Execute(texts.Coaching.Approve, new ApproveHours(a.Expert.AadObjectId, a.Id, entry.Id), style: "positive"), Actions.Execute(texts.Coaching.Decline, new DeclineHours(a.Expert.AadObjectId, a.Id, entry.Id), style: "destructive")]);
    }
}

/// <summary>The coached person's end-of-course evaluation: each target, satisfaction, recommendation, comments.</summary>
public static class EvaluationCard
{
    public static AdaptiveCard Build(Accompaniment a, IReadOnlyList<Data.Cohorts.Target> targets, FormState state, Texts texts) =>
        Card(texts, texts.Coaching.EvaluationTitle(a.Institution.Name),
            [
                Title(texts.Coaching.EvaluationTitle(a.Institution.Name)),
                .. Layout.Refused(state, texts),
                Paragraph(texts.Coaching.EvaluationIntro),
                .. targets.Where(t => t.State != Data.Cohorts.TargetState.Abandoned).SelectMany(t => EvaluationForm.Fields.Outcome(t).Input(state, texts,
                    [.. Enum.GetValues<Outcome>().Select(o => new Choice(texts.Coaching.OutcomeName(o), o.ToString()))], ChoiceInputStyle.Expanded)),
                .. EvaluationForm.Fields.Satisfaction.Input(state, texts, [.. EvaluationForm.Scale.Select(n => new Choice(n, n))], ChoiceInputStyle.Expanded),
                .. EvaluationForm.Fields.Recommend.Input(state, texts),
                .. EvaluationForm.Fields.Comments.Input(state, texts),
            ],
            [Actions.Execute(texts.Coaching.SendEvaluation, new SubmitEvaluation(a.Expert.AadObjectId, a.Id), style: "positive")]);
}

/// <summary>For staff: the answers of an end-of-course evaluation.</summary>
public static class EvaluationResultCard
{
    /// <summary>What the coached person sees once the evaluation is sent.</summary>
    public static AdaptiveCard Thanks(Accompaniment a, string message, Texts texts) =>
        Card(texts, message, [Title(texts.Coaching.EvaluationTitle(a.Institution.Name)), Paragraph(message)]);

    public static AdaptiveCard Build(Accompaniment a, Evaluation e, Texts texts) =>
        Card(texts, texts.Coaching.EvaluationResultTitle(a.Institution.Name),
            [
                Title(texts.Coaching.EvaluationResultTitle(a.Institution.Name)),
                Paragraph($"{a.CoachedPerson.Name} · {texts.Coaching.AxisName(a.Axis)} · {a.Expert.Name}"),
                new FactSet([.. e.Targets.Select(t => new Fact(t.What, texts.Coaching.OutcomeName(t.Outcome)))]),
                new FactSet([new(texts.Coaching.SatisfactionLabel, $"{e.Satisfaction}/5"), new(texts.Coaching.RecommendationLabel, texts.Coaching.Recommends(e.WouldRecommend))]),
                .. e.Comments is { } c ? [Heading(texts.Coaching.CommentsLabel), Paragraph(c)] : Array.Empty<Element>(),
            ]);
}

/// <summary>A cell of the hour tables (statement, entries): small text, with a subtle second line under it when given.</summary>
internal static class HourTables
{
    public static TableCell Cell(string text, string? under = null) => new([
        new TextBlock(text) { Size = TextSize.Small },
        .. under is null ? Array.Empty<Element>() : [new TextBlock(under) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None }]]);
}

/// <summary>For staff: an expert's hours for one month, across their accompaniments, with an Excel and a CSV download.</summary>
public static class StatementCard
{
    /// <param name="entries">(what the hours were for, the entry).</param>
    public static AdaptiveCard Build(string expertName, DateOnly month, IReadOnlyList<(string For, HourEntry Entry)> entries, string workbookUrl, string csvUrl, Texts texts)
    {
        var title = texts.Coaching.StatementTitle(expertName, texts.Month(month));
        var approved = entries.Where(e => e.Entry.Status == EntryStatus.Approved).Sum(e => e.Entry.Minutes);
        // Four columns, the kind of work under what it was for: five do not fit a phone's width without breaking words.
        return Card(texts, title,
            [
                Title(title),
                new Table([new(2), new(5), new(2), new(3)],
                [
                    new TableRow([HourTables.Cell(texts.Coaching.DateLabel), HourTables.Cell(texts.Coaching.ForLabel), HourTables.Cell(texts.Coaching.DurationLabel), HourTables.Cell(texts.Coaching.StatusLabel)]),
                    .. entries.OrderBy(e => e.Entry.Date).Select(e => new TableRow(
                    [
                        HourTables.Cell(texts.ShortDate(e.Entry.Date)), HourTables.Cell(e.For, texts.Coaching.WorkKindName(e.Entry.Kind)), HourTables.Cell(texts.Hours(e.Entry.Minutes)),
                        HourTables.Cell(texts.Coaching.StatusName(e.Entry.Status)),
                    ])),
                ]),
                new TextBlock(texts.Coaching.StatementTotal(texts.Hours(approved))) { Weight = TextWeight.Bolder },
                Note(texts.Coaching.DownloadNote),
            ],
            [new OpenUrlAction(texts.Exports.DownloadXlsx, workbookUrl), new OpenUrlAction(texts.Coaching.DownloadCsv, csvUrl)]);
    }
}

/// <summary>For staff: every entry of one accompaniment, with the budget; pending ones can be approved or declined here.</summary>
public static class EntriesCard
{
    public static AdaptiveCard Build(Accompaniment a, Texts texts)
    {
        var line = texts.Budget(a.UsedMinutes, a.BudgetMinutes);
        return Card(texts, line,
            [
                Title(texts.Coaching.AccompanimentTitle(a.Institution.Name)),
                new TextBlock(line) { Weight = TextWeight.Bolder },
                new Table([new(3), new(2), new(4), new(3)],
                [
                    new TableRow([HourTables.Cell(texts.Coaching.DateLabel), HourTables.Cell(texts.Coaching.DurationLabel), HourTables.Cell(texts.Coaching.WorkKindLabel), HourTables.Cell(texts.Coaching.StatusLabel)]),
                    .. a.Hours.Entries.OrderBy(e => e.Date).Select(e => new TableRow(
                        [HourTables.Cell(texts.ShortDate(e.Date, withYear: true)), HourTables.Cell(texts.Hours(e.Minutes)), HourTables.Cell(texts.Coaching.WorkKindName(e.Kind)), HourTables.Cell(texts.Coaching.StatusName(e.Status))])),
                ]),
                .. a.Hours.Entries.Where(e => e.Status == EntryStatus.Pending).Select(e => (Element)new ActionSet(
                [
                    Actions.Execute($"{texts.Coaching.Approve} · {texts.ShortDate(e.Date)} · {texts.Hours(e.Minutes)}", new ApproveHours(a.Expert.AadObjectId, a.Id, e.Id), style: "positive"),
                    Actions.Execute(texts.Coaching.Decline, new DeclineHours(a.Expert.AadObjectId, a.Id, e.Id)),
                ])),
            ]);
    }
}

/// <summary>To the expert and the staff owner, once: the accompaniment's hours have reached 80 % of its budget.</summary>
public static class BudgetNoticeCard
{
    public static AdaptiveCard Build(Accompaniment a, Texts texts)
    {
        var message = texts.Coaching.EightyPercentReached(a.Institution.Name);
        return Card(texts, message, [new TextBlock(message) { Weight = TextWeight.Bolder }, Paragraph(texts.Budget(a.UsedMinutes, a.BudgetMinutes))]);
    }
}
