using SmqBot.Cards.Forms;
using SmqBot.Data.Cohorts;

namespace SmqBot.Cards.CheckIns;

/// <summary>
/// A check-in as the member sends it: a new value for some of their targets (by target id; a field left empty leaves
/// the target unchanged; the handler checks each is one of their active targets and accepts the value), what they
/// applied in the field, the obstacles they met, their confidence from 1 to 5.
/// </summary>
/// <param name="ShareObstacles">The member lets their obstacles appear in a digest posted in the channel (off by default: private).</param>
public sealed record CheckInForm(IReadOnlyDictionary<string, double> Progress, string? Applied, string? Obstacles, int Confidence, bool ShareObstacles = false)
{
    private const string TargetPrefix = "t_";
    public static readonly IReadOnlyList<string> Scale = ["1", "2", "3", "4", "5"];

    public static class Fields
    {
        public static readonly TextField Applied = new("applied", t => t.CheckIns.AppliedLabel, 1000, Multiline: true);
        public static readonly TextField Obstacles = new("obstacles", t => t.CheckIns.ObstaclesLabel, 1000, Multiline: true);
        public static readonly ToggleField ShareObstacles = new("shareObstacles", t => t.CheckIns.ShareObstaclesLabel);
        public static readonly ChoiceField Confidence = new("confidence", t => t.CheckIns.ConfidenceLabel, Refusal: t => t.CheckIns.ConfidenceRequired);

        /// <summary>A target's new value: a number, or 1 to 5 on a scale (then a choice that sends the number).</summary>
        public static NumberField Target(Target target) =>
            new(TargetPrefix + target.Id, _ => target.What, -1e9, 1e9, Required: false, Refusal: (t, _) => t.Common.NotAValue(target.What));
    }

    /// <summary>A new check-in: each active target starts from its latest value.</summary>
    public static FormState New(IEnumerable<Target> targets) =>
        FormState.Of([.. targets.Where(t => t.State == TargetState.Active)
            .Select(t => ((FormField)Fields.Target(t), (string?)NumberField.Format(t.Kind == MeasureKind.Scale ? Math.Round(t.Latest) : t.Latest)))]);

    public static Bound<CheckInForm> Bind(FormBinder form)
    {
        var progress = new Dictionary<string, double>(StringComparer.Ordinal);
        // Which targets are the member's, and what each accepts, the handler knows: a value that is no number is kept
        // as NaN, which no target accepts, so that the refusal names the target.
        foreach (var key in form.Keys(TargetPrefix))
        {
            var field = new NumberField(key, _ => key, -1e9, 1e9, Required: false);
            if (form.Node(field) is not { } node || (node.GetValueKind() == System.Text.Json.JsonValueKind.String && string.IsNullOrWhiteSpace((string?)node))) continue;
            progress[key[TargetPrefix.Length..]] = NumberField.Parse(node) ?? double.NaN;
        }
        var applied = Fields.Applied.Read(form);
        var obstacles = Fields.Obstacles.Read(form);
        var confidence = Fields.Confidence.Read(form, Scale);
        var share = Fields.ShareObstacles.Read(form);
        return form.Result(() => new CheckInForm(progress, applied, obstacles, int.Parse(confidence!, System.Globalization.CultureInfo.InvariantCulture), share));
    }
}
