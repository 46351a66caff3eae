using System.Text.Json.Nodes;
using SmqBot.Cards.Common;
using SmqBot.Cards.Forms;
using SmqBot.Cards.Model;
using SmqBot.Data.Cohorts;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.CheckIns;

/// <param name="Round">The scheduled round the card answers; null for a check-in on the member's own.</param>
/// <param name="Nonce">Identifies this card's submission, so that a second click on the same card counts once.</param>
/// <param name="Intention">What the member said, after the last meeting, they would apply in the field: shown beside the question of what they applied.</param>
/// <param name="ChannelDigest">The cohort posts its digest in its channel: the member chooses whether their obstacles appear there.</param>
public sealed record CheckInView(string CohortId, string Subject, int? Round, string Nonce, DateOnly CohortStart, IReadOnlyList<Target> Targets, CheckIn? Last, DateTimeOffset Now, bool Reminder = false, string? Intention = null, bool ChannelDigest = false);

/// <summary>The check-in form: each active target with its last value, what was applied, obstacles, confidence.</summary>
public static class CheckInCard
{
    public static AdaptiveCard Build(CheckInView view, Texts texts) => Build(view, CheckInForm.New(view.Targets), texts);

    /// <param name="state">What the member typed, when the check-in was refused (or each target's latest value, for a new one).</param>
    public static AdaptiveCard Build(CheckInView view, FormState state, Texts texts) =>
        Card(texts, texts.CheckIns.CheckInTitle(view.Subject),
            [
                Title(texts.CheckIns.CheckInTitle(view.Subject)),
                .. Layout.Refused(state, texts),
                .. view.Reminder ? [new TextBlock(texts.CheckIns.ReminderNote) { Color = TextColor.Accent }] : Array.Empty<Element>(),
                Note(view.Last is { } last ? texts.CheckIns.LastCheckIn(texts.Ago(last.At, view.Now)) : texts.CheckIns.FirstCheckIn),
                .. view.Targets.Where(t => t.State == TargetState.Active).SelectMany(t => TargetInput(t, state, texts)),
                .. view.Intention is { } intention ? [Note(texts.CheckIns.YourIntention(intention))] : Array.Empty<Element>(),
                .. CheckInForm.Fields.Applied.Input(state, texts).Select(e => e with { Spacing = Spacing.Medium }),
                .. CheckInForm.Fields.Obstacles.Input(state, texts),
                .. view.ChannelDigest ? CheckInForm.Fields.ShareObstacles.Input(state, texts) : [],
                .. CheckInForm.Fields.Confidence.Input(state, texts, [.. CheckInForm.Scale.Select(n => new Choice(n, n))], ChoiceInputStyle.Expanded),
                Note(view.ChannelDigest ? texts.CheckIns.DigestInChannelNotice : texts.CheckIns.DigestNotice),
            ],
            [Actions.Execute(texts.CheckIns.SendCheckIn, new SubmitCheckIn(view.CohortId, view.Nonce, view.Round), style: "positive")]);

    private static IEnumerable<Element> TargetInput(Target target, FormState state, Texts texts)
    {
        var line = texts.CheckIns.TargetLine(target.Indicator, Value(target, target.Latest, texts), Value(target, target.Goal, texts), texts.Date(target.Due));
        var field = CheckInForm.Fields.Target(target);
        yield return Heading(target.What);
        yield return Note(line);
        var input = target.Kind == MeasureKind.Scale
            ? new ChoiceSetInput([.. CheckInForm.Scale.Select(n => new Choice($"{n}/5", n))]) { Id = field.Id, Style = ChoiceInputStyle.Compact, Value = state.Raw(field.Id), Label = target.Indicator }
            : (Input)new NumberInput { Id = field.Id, Value = double.TryParse(state.Raw(field.Id), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null,
                Label = target.Unit is null ? target.Indicator : $"{target.Indicator} ({target.Unit})" };
        foreach (var element in field.Show(input, state)) yield return element;
    }

    public static string Value(Target target, double value, Texts texts) =>
        target.Kind == MeasureKind.Scale ? $"{value.ToString("0", texts.Culture)}/5"
        : target.Unit is null ? value.ToString("0.##", texts.Culture) : $"{value.ToString("0.##", texts.Culture)}\u00A0{target.Unit}";
}

public sealed record CheckInSummaryView(string Subject, DateOnly CohortStart, IReadOnlyList<Target> Targets, CheckIn Saved, CheckIn? Previous, bool AlreadySaved, DateTimeOffset Now);

/// <summary>What the check-in card turns into once sent: how many targets are on track, and each target's value.</summary>
public static class CheckInSummaryCard
{
    public static AdaptiveCard Build(CheckInSummaryView view, Texts texts)
    {
        var active = view.Targets.Where(t => t.State != TargetState.Abandoned).ToList();
        var today = DateOnly.FromDateTime(view.Now.UtcDateTime);
        var onTrack = active.Count(t => t.OnTrack(view.CohortStart, today));
        return Card(texts, texts.CheckIns.OnTrack(onTrack, active.Count),
            [
                Title(texts.CheckIns.CheckInSaved),
                Paragraph(texts.CheckIns.CheckInTitle(view.Subject)),
                new TextBlock(texts.CheckIns.OnTrack(onTrack, active.Count)) { Weight = TextWeight.Bolder },
                new FactSet([.. active.Select(t => new Fact(t.What, CheckInCard.Value(t, t.Latest, texts)))]),
                .. view.Previous is { } previous ? [Note(texts.CheckIns.LastCheckIn(texts.Ago(previous.At, view.Now)))] : Array.Empty<Element>(),
                .. view.AlreadySaved ? [Note(texts.CheckIns.CheckInAlreadySaved)] : Array.Empty<Element>(),
            ],
            [Actions.Execute(texts.CheckIns.TargetsTitle, CheckInVerbs.Targets), Actions.Execute(texts.Common.ShowHelp, Help.HelpVerbs.Help)]);
    }
}

public sealed record DigestView(string Subject, DateTimeOffset RoundAt, string TimeZone, IReadOnlyList<string> CheckedIn, IReadOnlyList<string> Silent,
    IReadOnlyList<Target> CollectiveTargets, IReadOnlyList<(string Name, string Obstacle)> Obstacles);

/// <summary>For the cohort's expert, after each round: who checked in, the collective targets, the obstacles raised.</summary>
public static class DigestCard
{
    public static AdaptiveCard Build(DigestView view, Texts texts)
    {
        var local = TimeZoneInfo.ConvertTime(view.RoundAt, TimeZoneInfo.FindSystemTimeZoneById(view.TimeZone));
        var title = texts.CheckIns.DigestTitle(view.Subject, texts.Date(local.DateTime));
        var total = view.CheckedIn.Count + view.Silent.Count;
        return Card(texts, title,
            [
                Title(title),
                new TextBlock(texts.CheckIns.CheckedInCount(view.CheckedIn.Count, total)) { Weight = TextWeight.Bolder },
                .. view.CheckedIn.Count > 0 ? [Paragraph(string.Join(", ", view.CheckedIn))] : Array.Empty<Element>(),
                .. view.Silent.Count > 0 ? [Note(texts.CheckIns.Silent(string.Join(", ", view.Silent)))] : Array.Empty<Element>(),
                .. view.CollectiveTargets.Count > 0
                    ? [Heading(texts.CheckIns.CollectiveTargets), new FactSet([.. view.CollectiveTargets.Select(t => new Fact(t.What, $"{CheckInCard.Value(t, t.Latest, texts)} → {CheckInCard.Value(t, t.Goal, texts)}"))])]
                    : Array.Empty<Element>(),
                Heading(texts.CheckIns.ObstaclesRaised),
                .. view.Obstacles.Count > 0
                    ? [new FactSet([.. view.Obstacles.Select(o => new Fact(o.Name, o.Obstacle))])]
                    : new Element[] { Paragraph(texts.CheckIns.NoObstacles) },
            ]);
    }
}
