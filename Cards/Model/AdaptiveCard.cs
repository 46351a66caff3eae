using System.Text.Json.Serialization;

namespace SmqBot.Cards.Model;

// A small typed model of Adaptive Cards 1.5, holding only what SmqBot's cards use. Property names follow the
// schema (camelCase on the wire); null means "not set" and is not written. See CardJson for serialisation.

public sealed record AdaptiveCard
{
    [JsonPropertyName("type")] public string Type => "AdaptiveCard";
    [JsonPropertyName("$schema")] public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";
    public string Version => "1.5";
    /// <summary>The card's language as a two-letter code (fr, en): the renderers reject region tags such as fr-CA.</summary>
    public string? Lang { get; init; }
    public IReadOnlyList<Element> Body { get; init; } = [];
    public IReadOnlyList<CardAction>? Actions { get; init; }
    /// <summary>Universal Actions: the client asks for a fresh, user-specific card with this action.</summary>
    public Refresh? Refresh { get; init; }
    /// <summary>Read aloud (written without tags: Teams reads it as SSML).</summary>
    [JsonIgnore] public string? Speak { get; init; }
    /// <summary>Shown in notifications and where the card cannot be (written escaped, as plain text).</summary>
    [JsonIgnore] public string? FallbackText { get; init; }

    [JsonPropertyName("speak")] public string? WrittenSpeak => Speak is null ? null : PlainText.Speakable(Speak);
    [JsonPropertyName("fallbackText")] public string? WrittenFallbackText => FallbackText is null ? null : PlainText.Escape(FallbackText);
    // No "msteams" (full width): the official 1.5 schema forbids properties it does not define.
}

/// <summary>Teams refreshes the card for the listed users (at most 60) by sending the action as an invoke.</summary>
public sealed record Refresh(ExecuteAction Action, IReadOnlyList<string>? UserIds = null)
{
    // Declared as the polymorphic base so that System.Text.Json writes the "type" discriminator.
    [System.Text.Json.Serialization.JsonPropertyName("action")]
    public CardAction SerializedAction => Action;

    [System.Text.Json.Serialization.JsonIgnore]
    public ExecuteAction Action { get; init; } = Action;
}
