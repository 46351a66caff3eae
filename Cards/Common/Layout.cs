using SmqBot.Cards.Model;

namespace SmqBot.Cards.Common;

/// <summary>The few building blocks every SmqBot card shares, so that all cards look alike.</summary>
public static class Layout
{
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading };

    public static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    public static TextBlock Paragraph(string text) => new(text);

    public static TextBlock Note(string text) => new(text) { IsSubtle = true, Size = TextSize.Small };

    public static AdaptiveCard Card(Texts texts, string summary, IReadOnlyList<Element> body, IReadOnlyList<CardAction>? actions = null) =>
        new() { Lang = texts.Culture.TwoLetterISOLanguageName, Body = body, Actions = actions, Speak = summary, FallbackText = summary };
}
