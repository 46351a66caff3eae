using System.Text.Json.Serialization;

namespace SmqBot.Cards.Model;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract record Element
{
    public string? Id { get; init; }
    public Spacing? Spacing { get; init; }
    public bool? Separator { get; init; }
    public bool? IsVisible { get; init; }
}

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }
public enum TextSize { Small, Default, Medium, Large, ExtraLarge }
public enum TextWeight { Lighter, Default, Bolder }
/// <summary>
/// No good, warning or attention: in Microsoft's Teams host configs those text colours fail WCAG AA contrast on one theme
/// or the other (good #92c353 on white is 2.06:1, attention #d74654 on dark 3.24:1). A status is said in words, in the
/// default colour, with emphasis (bold, or an attention container for a refusal); Tests/tools/check-accessibility.mjs
/// checks every card on both themes.
/// </summary>
public enum TextColor { Default, Dark, Light, Accent }
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }
public enum HorizontalAlignment { Left, Center, Right }
public enum ImageSize { Auto, Stretch, Small, Medium, Large }
public enum TextBlockStyle { Default, Heading }

/// <summary>
/// A text. <see cref="Text"/> is plain text: it is written escaped (<see cref="PlainText.Escape"/>), so that whatever a
/// person typed shows as typed. The one markdown SmqBot writes is a bullet list, from <see cref="Bullets"/>.
/// </summary>
public sealed record TextBlock([property: JsonIgnore] string Text) : Element
{
    private bool _markdown;

    [JsonPropertyName("text")] public string Written => _markdown ? Text : PlainText.Escape(Text);

    /// <summary>A bulleted list of plain-text items (each escaped): the only markdown a card carries.</summary>
    public static TextBlock Bullets(IEnumerable<string> items) =>
        new(string.Join("\n", items.Select(i => "- " + PlainText.Escape(i.ReplaceLineEndings(" "))))) { _markdown = true };

    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public bool? Wrap { get; init; } = true;
    public int? MaxLines { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
    public TextBlockStyle? Style { get; init; }
}

public sealed record TextRun(string Text)
{
    [JsonPropertyName("type")] public string Type => "TextRun";
    public TextWeight? Weight { get; init; }
    public bool? Italic { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
}

public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : Element;

public sealed record Container(IReadOnlyList<Element> Items) : Element
{
    public ContainerStyle? Style { get; init; }
    public bool? Bleed { get; init; }
}

public sealed record Column(IReadOnlyList<Element> Items)
{
    [JsonPropertyName("type")] public string Type => "Column";
    /// <summary>"auto", "stretch", a weight ("2") or pixels ("50px").</summary>
    public string? Width { get; init; }
    public ContainerStyle? Style { get; init; }
    public Spacing? Spacing { get; init; }
}

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : Element;

/// <summary>A fact: Teams reads markdown in both parts, so both are written escaped, as plain text.</summary>
public sealed record Fact([property: JsonIgnore] string Title, [property: JsonIgnore] string Value)
{
    [JsonPropertyName("title")] public string WrittenTitle => PlainText.Escape(Title);
    [JsonPropertyName("value")] public string WrittenValue => PlainText.Escape(Value);
}

public sealed record FactSet(IReadOnlyList<Fact> Facts) : Element;

public sealed record Image(string Url) : Element
{
    public string? AltText { get; init; }
    public ImageSize? Size { get; init; }
}

public sealed record TableColumnDefinition(int Width);

public sealed record TableCell(IReadOnlyList<Element> Items)
{
    [JsonPropertyName("type")] public string Type => "TableCell";
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    [JsonPropertyName("type")] public string Type => "TableRow";
}

public sealed record Table(IReadOnlyList<TableColumnDefinition> Columns, IReadOnlyList<TableRow> Rows) : Element
{
    public bool? FirstRowAsHeader { get; init; } = true;
    public bool? ShowGridLines { get; init; }
}

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : Element;

/// <summary>Inputs: <see cref="Element.Id"/> names the field in the data the card sends back.</summary>
public abstract record Input : Element
{
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

public sealed record TextInput : Input
{
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Regex { get; init; }
}

public sealed record NumberInput : Input
{
    public double? Value { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string? Placeholder { get; init; }
}

public sealed record DateInput : Input
{
    /// <summary>yyyy-MM-dd, as are Min and Max.</summary>
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}

public sealed record TimeInput : Input
{
    /// <summary>HH:mm, as are Min and Max.</summary>
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}

public sealed record ToggleInput(string Title) : Input
{
    /// <summary>Long titles wrap instead of running off a narrow card.</summary>
    public bool? Wrap { get; init; } = true;
    public string? Value { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }
}

public sealed record Choice(string Title, string Value);

public enum ChoiceInputStyle { Compact, Expanded, Filtered }

public sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : Input
{
    /// <summary>Long choice titles wrap (expanded choices) instead of running off a narrow card.</summary>
    public bool? Wrap { get; init; } = true;
    public string? Value { get; init; }
    public bool? IsMultiSelect { get; init; }
    public ChoiceInputStyle? Style { get; init; }
    public string? Placeholder { get; init; }
}
