using SmqBot.Cards.Forms;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;

namespace SmqBot.Cards.Coaching;

/// <summary>
/// The end-of-course evaluation, as the coached person answers it: an outcome for each of their targets (by target id,
/// checked against their own targets by the handler), satisfaction 1 to 5, a recommendation, comments.
/// </summary>
public sealed record EvaluationForm(IReadOnlyDictionary<string, Outcome> Outcomes, int Satisfaction, bool WouldRecommend, string? Comments)
{
    private const string OutcomePrefix = "o_";
    public static readonly IReadOnlyList<string> Scale = ["1", "2", "3", "4", "5"];

    public static class Fields
    {
        public static readonly ChoiceField Satisfaction = new("satisfaction", t => t.Coaching.SatisfactionLabel, Refusal: t => t.Coaching.SatisfactionRequired);
        public static readonly ToggleField Recommend = new("recommend", t => t.Coaching.RecommendLabel);
        public static readonly TextField Comments = new("comments", t => t.Coaching.CommentsLabel, 2000, Multiline: true);

        /// <summary>The outcome of one target (not required: a target left unanswered is not evaluated).</summary>
        public static ChoiceField Outcome(Target target) => new(OutcomePrefix + target.Id, _ => target.What, Required: false);
    }

    /// <summary>A new evaluation: achieved targets start as achieved.</summary>
    public static FormState New(IReadOnlyList<Target> targets) => FormState.Of(
        [.. targets.Where(t => t.State == TargetState.Achieved).Select(t => ((FormField)Fields.Outcome(t), (string?)nameof(Outcome.Achieved))),
         (Fields.Recommend, ToggleField.Format(false))]);

    public static Bound<EvaluationForm> Bind(FormBinder form)
    {
        var outcomes = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        foreach (var key in form.Keys(OutcomePrefix))
        {
            var field = new ChoiceField(key, _ => key, Required: false);
            if (field.Read(form, Enum.GetValues<Outcome>()) is { } outcome) outcomes[key[OutcomePrefix.Length..]] = outcome;
        }
        var satisfaction = Fields.Satisfaction.Read(form, Scale);
        var recommend = Fields.Recommend.Read(form);
        var comments = Fields.Comments.Read(form);
        return form.Result(() => new EvaluationForm(outcomes, int.Parse(satisfaction!, System.Globalization.CultureInfo.InvariantCulture), recommend, comments));
    }
}
