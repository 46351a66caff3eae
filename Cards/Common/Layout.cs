using SmqBot.Cards.Model;

namespace SmqBot.Cards.Common;

/// <summary>The few building blocks every SmqBot card shares, so that all cards look alike.</summary>
public static class Layout
{
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading };

    public static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    public static TextBlock Paragraph(string text) => new(text);

    public static TextBlock Note(string text) => new(text) { IsSubtle = true, Size = TextSize.Small };

    /// <summary>A card that first says what was just done ("Appel modifié…"), in green, then shows where it leaves you.</summary>
    public static AdaptiveCard Saying(this AdaptiveCard card, string done) =>
        card with { Body = [new TextBlock(done) { Weight = TextWeight.Bolder }, .. card.Body], Speak = done, FallbackText = done };

    /// <summary>Above a refused form: that the fields in red need correcting and the rest is kept (nothing when it was not refused).</summary>
    public static IEnumerable<Element> Refused(Forms.FormState state, Texts texts) =>
        state.Errors.Count == 0 ? [] : [new Container([new TextBlock(texts.Forms.FixTheFields) { Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Attention }];

    public static AdaptiveCard Card(Texts texts, string summary, IReadOnlyList<Element> body, IReadOnlyList<CardAction>? actions = null) =>
        new() { Lang = texts.Culture.TwoLetterISOLanguageName, Body = body, Actions = actions, Speak = summary, FallbackText = summary };
}
