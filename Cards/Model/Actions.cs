using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SmqBot.Cards.Model;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction(string Title)
{
    public string? Id { get; init; }
    /// <summary>"positive" or "destructive" for the main and the dangerous action.</summary>
    public string? Style { get; init; }
}

/// <summary>
/// A Universal Action: Teams sends it to the bot as an <c>adaptiveCard/action</c> invoke and shows the card the bot
/// answers with. Clients without Universal Actions fall back to an <see cref="SubmitAction"/> carrying the verb.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    public JsonObject? Data { get; init; }
    /// <summary>Which inputs to validate and send: "auto" (default), "none", or in 1.5 a list is not allowed.</summary>
    public string? AssociatedInputs { get; init; }
    public CardAction? Fallback { get; init; }
}

public sealed record SubmitAction(string Title) : CardAction(Title)
{
    public JsonObject? Data { get; init; }
    public string? AssociatedInputs { get; init; }
}

public sealed record OpenUrlAction(string Title, string Url) : CardAction(Title);

public static class Actions
{
    /// <summary>
    /// In an action's data, the verb of the card it was opened from (the dashboard, say): the answer then offers a way
    /// back to it (the router adds the button, for a verb the caller may use).
    /// </summary>
    public const string BackField = "back";

    /// <summary>The verb a fallback Action.Submit carries in its data, so one verb table serves both paths.</summary>
    public const string VerbField = "verb";

    /// <summary>The verb of the card that asks before a destructive action; <see cref="ConfirmField"/> names the action.</summary>
    public const string ConfirmVerb = "confirm.ask";
    public const string ConfirmField = "do";
    public const string CancelVerb = "confirm.cancel";
    /// <summary>Set on the action of a confirmation's "yes" button: the answer then says what was done.</summary>
    public const string ConfirmedField = "confirmed";

    /// <summary>
    /// A destructive action's button: it asks first. The bot answers with a card that asks the question (the inputs
    /// the person filled travel with it), whose "yes" button then sends <paramref name="verb"/> with the same data.
    /// </summary>
    public static ExecuteAction Destructive(string title, string verb, JsonObject? data = null)
    {
        var asked = data?.DeepClone().AsObject() ?? [];
        asked[ConfirmField] = verb;
        return Execute(title, ConfirmVerb, asked, style: "destructive");
    }

    /// <summary>The button of a card action: its verb, and its data as the record holds it.</summary>
    public static ExecuteAction Execute<T>(string title, T action, string? style = null) where T : class, ICardAction<T> =>
        Execute(title, T.Verb, CardActionData.ToJson(action), style);

    /// <summary>The button of a destructive card action: it asks first (see <see cref="Destructive(string, string, JsonObject?)"/>).</summary>
    public static ExecuteAction Destructive<T>(string title, T action) where T : class, ICardAction<T> =>
        Destructive(title, T.Verb, CardActionData.ToJson(action));

    /// <summary>Action.Execute with <paramref name="verb"/>, and an Action.Submit fallback that carries the same verb and data.</summary>
    public static ExecuteAction Execute(string title, string verb, JsonObject? data = null, string? style = null)
    {
        var submitData = data?.DeepClone().AsObject() ?? [];
        submitData[VerbField] = verb;
        return new ExecuteAction(title, verb)
        {
            Data = data,
            Style = style,
            Fallback = new SubmitAction(title) { Data = submitData, Style = style },
        };
    }
}
