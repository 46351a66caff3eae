using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmqBot.Cards.Common;
using SmqBot.Cards.Model;

namespace SmqBot.Cards.Forms;

// Every form of the bot is a record (in its feature's folder) whose fields are declared once, typed: the card builder
// takes each input's id, label and limits from the field, and the form's Bind turns the data the card sent back into
// the record or into messages next to the fields. A refused form is built again from the same FormState, so that
// what the person typed stays where they typed it.

/// <summary>A form as the person left it: the values the card sent (user input, unchecked) and messages by field id.</summary>
public sealed record FormState
{
    public static FormState Empty { get; } = new();

    public JsonObject Values { get; init; } = [];
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>A value as the card would show it again: strings as typed, numbers and booleans as JSON writes them.</summary>
    public string? Raw(string id) => Values[id] is JsonValue value ? value.GetValueKind() switch
    {
        JsonValueKind.String => (string?)value,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        _ => null,
    } : null;

    public string? Error(string id) => Errors.GetValueOrDefault(id);

    /// <summary>The same form with <paramref name="field"/> holding <paramref name="value"/> (a copy: states are not changed).</summary>
    public FormState With(FormField field, string value)
    {
        var values = Values.DeepClone().AsObject();
        values[field.Id] = value;
        return this with { Values = values };
    }

    public FormState WithError(FormField field, string message) =>
        this with { Errors = new Dictionary<string, string>(Errors) { [field.Id] = message } };

    /// <summary>Initial values, for a new form (defaults) or an edit (the object as it is); null leaves a field empty.</summary>
    public static FormState Of(params (FormField Field, string? Value)[] values)
    {
        var json = new JsonObject();
        foreach (var (field, value) in values)
            if (value is not null) json[field.Id] = value;
        return new FormState { Values = json };
    }
}

/// <summary>A field of a form: the id of its input in the card and in the data sent back, and its label.</summary>
public abstract record FormField(string Id, Func<Texts, string> Label)
{
    /// <summary>The input followed, when the form was refused because of this field, by the message in red under it.</summary>
    public IEnumerable<Element> Show(Input input, FormState state)
    {
        if (state.Error(Id) is not { } error)
        {
            yield return input;
            yield break;
        }
        yield return input with { ErrorMessage = error };
        yield return new TextBlock(error) { Weight = TextWeight.Bolder, Size = TextSize.Small, Spacing = Spacing.None };
    }

    protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The value sent, trimmed; null when blank, and then refused with <paramref name="missing"/> when required.</summary>
    protected string? Given(FormBinder form, bool required, string? missing = null)
    {
        var text = Blank(form.Text(this));
        if (text is null && required) form.Refuse(this, missing ?? form.Texts.Common.Required(Label(form.Texts)));
        return text;
    }
}

public sealed record TextField(string Id, Func<Texts, string> Label, int MaxLength, bool Required = false, bool Multiline = false) : FormField(Id, Label)
{
    public IEnumerable<Element> Input(FormState state, Texts texts, Func<Texts, string>? placeholder = null) =>
        Show(new TextInput
        {
            Id = Id, Label = Label(texts), Value = state.Raw(Id), MaxLength = MaxLength, IsMultiline = Multiline ? true : null,
            Placeholder = placeholder?.Invoke(texts), IsRequired = Required ? true : null, ErrorMessage = Required ? texts.Common.Required(Label(texts)) : null,
        }, state);

    /// <summary>Trimmed; null when blank (an error when required) or too long (an error).</summary>
    public string? Read(FormBinder form)
    {
        if (Given(form, Required) is not { } value) return null;
        if (value.Length <= MaxLength) return value;
        form.Refuse(this, form.Texts.Common.TooLong(Label(form.Texts), MaxLength));
        return null;
    }
}

/// <summary>A date as Input.Date sends it (yyyy-MM-dd).</summary>
public sealed record DateField(string Id, Func<Texts, string> Label, bool Required = true) : FormField(Id, Label)
{
    public IEnumerable<Element> Input(FormState state, Texts texts, DateOnly? min = null, DateOnly? max = null) =>
        Show(new DateInput
        {
            Id = Id, Label = Label(texts), Value = state.Raw(Id), Min = min?.ToString("yyyy-MM-dd"), Max = max?.ToString("yyyy-MM-dd"),
            IsRequired = Required ? true : null, ErrorMessage = Required ? texts.Common.Required(Label(texts)) : null,
        }, state);

    public DateOnly? Read(FormBinder form)
    {
        if (Given(form, Required) is not { } text) return null;
        if (Parse(text) is { } date) return date;
        form.Refuse(this, form.Texts.Forms.NotADate(Label(form.Texts)));
        return null;
    }

    /// <summary>yyyy-MM-dd, as Input.Date sends it; null when absent or malformed.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A time of day as Input.Time sends it (HH:mm).</summary>
public sealed record TimeField(string Id, Func<Texts, string> Label, bool Required = true) : FormField(Id, Label)
{
    public IEnumerable<Element> Input(FormState state, Texts texts) =>
        Show(new TimeInput { Id = Id, Label = Label(texts), Value = state.Raw(Id), IsRequired = Required ? true : null, ErrorMessage = Required ? texts.Common.Required(Label(texts)) : null }, state);

    public TimeOnly? Read(FormBinder form)
    {
        if (Given(form, Required) is not { } text) return null;
        if (Parse(text) is { } time) return time;
        form.Refuse(this, form.Texts.Forms.NotATime(Label(form.Texts)));
        return null;
    }

    /// <summary>HH:mm, as Input.Time sends it; null when absent or malformed.</summary>
    public static TimeOnly? Parse(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>
/// A number. Teams sends Input.Number as a string (a decimal comma in French is accepted); other clients as a JSON number.
/// <paramref name="Step"/> &gt; 0 asks for multiples of it (quarter hours). <paramref name="Refusal"/>, when given, is what a
/// refused value reads (for a rule the range does not say); else "a number from Min to Max".
/// </summary>
public sealed record NumberField(string Id, Func<Texts, string> Label, double Min, double Max, bool Required = true, double Step = 0,
    Func<Texts, string, string>? Refusal = null) : FormField(Id, Label)
{
    public IEnumerable<Element> Input(FormState state, Texts texts) =>
        Show(new NumberInput
        {
            Id = Id, Label = Label(texts), Value = Parse(state.Values[Id]), Min = Min, Max = Max,
            IsRequired = Required ? true : null, ErrorMessage = Required ? texts.Common.Required(Label(texts)) : null,
        }, state);

    public double? Read(FormBinder form)
    {
        var node = form.Node(this);
        if (node is null || (node.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace((string?)node)))
        {
            if (Required) form.Refuse(this, form.Texts.Common.Required(Label(form.Texts)));
            return null;
        }
        if (Parse(node) is { } value && value >= Min && value <= Max && (Step <= 0 || Math.Abs(value / Step - Math.Round(value / Step)) < 1e-9)) return value;
        form.Refuse(this, Refusal is not null ? Refusal(form.Texts, Label(form.Texts)) : form.Texts.Forms.NotInRange(Label(form.Texts), Min.ToString("0.##", form.Texts.Culture), Max.ToString("0.##", form.Texts.Culture)));
        return null;
    }

    /// <summary>A number as a card sends it (a JSON number, or a string with a decimal point or comma); null when it is none.</summary>
    public static double? Parse(JsonNode? node)
    {
        var parsed = node?.GetValueKind() switch
        {
            JsonValueKind.Number => node.AsValue().TryGetValue(out double n) ? n : (double?)null,
            JsonValueKind.String => double.TryParse(((string)node!).Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
            _ => null,
        };
        return parsed is { } v && double.IsFinite(v) ? v : null;
    }

    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>
/// One value among those the card offered (the binder is told which). <paramref name="Refusal"/>, when given, is what a
/// missing or unoffered value reads (the rule in the reader's words: "Indiquez votre confiance, de 1 à 5.").
/// </summary>
public sealed record ChoiceField(string Id, Func<Texts, string> Label, bool Required = true, Func<Texts, string>? Refusal = null) : FormField(Id, Label)
{
    public IEnumerable<Element> Input(FormState state, Texts texts, IReadOnlyList<Choice> choices, ChoiceInputStyle style = ChoiceInputStyle.Compact) =>
        Show(new ChoiceSetInput(choices)
        {
            Id = Id, Label = Label(texts), Value = state.Raw(Id), Style = style,
            IsRequired = Required ? true : null, ErrorMessage = Required ? Refusal?.Invoke(texts) ?? texts.Common.Required(Label(texts)) : null,
        }, state);

    public string? Read(FormBinder form, IEnumerable<string> offered)
    {
        if (Given(form, Required, Refusal?.Invoke(form.Texts)) is not { } value) return null;
        if (offered.Contains(value, StringComparer.Ordinal)) return value;
        form.Refuse(this, Refusal?.Invoke(form.Texts) ?? form.Texts.Forms.NotAChoice(Label(form.Texts)));
        return null;
    }

    /// <summary>
    /// The id of one of our own objects (a cohort, say: letters, digits, '-' and '_', at most 64), when the choices come
    /// from the store: the handler then checks it is one the caller may choose.
    /// </summary>
    public string? ReadId(FormBinder form)
    {
        if (Given(form, Required) is not { } value) return null;
        if (Data.Ids.IsValid(value)) return value;
        form.Refuse(this, form.Texts.Forms.NotAChoice(Label(form.Texts)));
        return null;
    }

    /// <summary>An enum value among <paramref name="offered"/>, sent by its name.</summary>
    public T? Read<T>(FormBinder form, IReadOnlyList<T> offered) where T : struct, Enum =>
        Read(form, offered.Select(o => o.ToString())) is { } name ? Enum.Parse<T>(name) : null;
}

/// <summary>
/// People picked from a list (a team's roster): a multi-select that filters as one types, sending the chosen ids
/// separated by commas. The handler checks each id is one it offered.
/// </summary>
public sealed record PeoplePickField(string Id, Func<Texts, string> Label, int MaxCount, Func<Texts, int, string> TooMany) : FormField(Id, Label)
{
    public IEnumerable<Element> Input(FormState state, Texts texts, IReadOnlyList<Choice> people) =>
        Show(new ChoiceSetInput(people) { Id = Id, Label = Label(texts), Value = state.Raw(Id), IsMultiSelect = true, Style = ChoiceInputStyle.Compact, Wrap = true }, state);

    public IReadOnlyList<string> Read(FormBinder form)
    {
        if (form.Text(this) is not { Length: > 0 } text) return [];
        var ids = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (ids.Any(id => !Data.Ids.IsValid(id))) form.Refuse(this, form.Texts.Forms.NotAChoice(Label(form.Texts)));
        else if (ids.Count > MaxCount) form.Refuse(this, TooMany(form.Texts, MaxCount));
        return ids;
    }
}

/// <summary>One of Québec's 17 administrative regions (<see cref="Data.Regions"/>), chosen from a list people can filter by typing.</summary>
public sealed record RegionField(string Id, Func<Texts, string> Label, bool Required = true) : FormField(Id, Label)
{
    private ChoiceField Choice => new(Id, Label, Required);

    public IEnumerable<Element> Input(FormState state, Texts texts) =>
        Choice.Input(state, texts, [.. Data.Regions.Quebec.Select(r => new Model.Choice(r, r))], ChoiceInputStyle.Filtered);

    public string? Read(FormBinder form) => Choice.Read(form, Data.Regions.Quebec);
}

/// <summary>A yes/no toggle, sent as "true" or "false".</summary>
public sealed record ToggleField(string Id, Func<Texts, string> Label) : FormField(Id, Label)
{
    public IEnumerable<Element> Input(FormState state, Texts texts) =>
        Show(new ToggleInput(Label(texts)) { Id = Id, Value = state.Raw(Id) == "true" ? "true" : "false", ValueOn = "true", ValueOff = "false" }, state);

    public bool Read(FormBinder form) => form.Text(this) == "true";

    public static string Format(bool value) => value ? "true" : "false";
}

/// <summary>
/// E-mail addresses (commas, semicolons, spaces or lines), lower-cased, each once. A malformed one is refused by name, so
/// that the message says which to correct; more than <paramref name="MaxCount"/> are refused with <paramref name="TooMany"/>.
/// </summary>
public sealed partial record EmailsField(string Id, Func<Texts, string> Label, int MaxCount, Func<Texts, int, string> TooMany, bool Required = true)
    : FormField(Id, Label)
{
    private TextField Text => new(Id, Label, MaxCount == 1 ? 254 : 4000, Required, Multiline: MaxCount > 1);

    public IEnumerable<Element> Input(FormState state, Texts texts, Func<Texts, string>? placeholder = null) => Text.Input(state, texts, placeholder);

    public IReadOnlyList<string> Read(FormBinder form)
    {
        if (Text.Read(form) is not { } text) return [];
        var addresses = text.Split([',', ';', '\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.ToLowerInvariant()).Distinct().ToList();
        var malformed = addresses.Where(a => !EmailPattern().IsMatch(a)).ToList();
        if (malformed.Count > 0) form.Refuse(this, form.Texts.Forms.NotEmails(string.Join(", ", malformed.Take(10).Select(a => a.Length > 60 ? a[..60] + "…" : a))));
        else if (addresses.Count > MaxCount) form.Refuse(this, TooMany(form.Texts, MaxCount));
        return addresses;
    }

    /// <summary>The one address of a single-address field (null when refused or blank).</summary>
    public string? ReadOne(FormBinder form) => Read(form) is [var one] && !form.Refused(this) ? one : null;

    /// <summary>Whether the text is one well-formed address (what the field accepts).</summary>
    public static bool IsAddress(string text) => text.Length <= 254 && EmailPattern().IsMatch(text.ToLowerInvariant());

    [GeneratedRegex(@"^[^@\s<>()\[\],;:""]{1,64}@[^@\s<>()\[\],;:""]+\.[^@\s<>()\[\],;:""]{2,}$")]
    private static partial Regex EmailPattern();
}

/// <summary>Binds a card's data to a form: each read records the field's message when its value is refused.</summary>
public sealed class FormBinder(JsonObject? data, Texts texts)
{
    private readonly JsonObject _data = data ?? [];
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public Texts Texts => texts;

    public JsonNode? Node(FormField field) => _data[field.Id];

    /// <summary>The field's value when the card sent a string; anything else (a number, an object, null) reads as absent.</summary>
    public string? Text(FormField field) => _data[field.Id] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? (string?)v : null;

    /// <summary>The ids of the values sent whose id starts with <paramref name="prefix"/> (a field per target, say).</summary>
    public IEnumerable<string> Keys(string prefix) => [.. _data.Select(p => p.Key).Where(k => k.StartsWith(prefix, StringComparison.Ordinal))];

    /// <summary>Refuses a field (the first message for a field wins).</summary>
    public void Refuse(FormField field, string message) => _errors.TryAdd(field.Id, message);

    public bool Refused(FormField field) => _errors.ContainsKey(field.Id);

    public FormState State => new() { Values = _data.DeepClone().AsObject(), Errors = new Dictionary<string, string>(_errors) };

    /// <summary>The form, when no field was refused; <paramref name="make"/> runs only then.</summary>
    public Bound<T> Result<T>(Func<T> make) where T : class => new(_errors.Count == 0 ? make() : null, State);
}

/// <summary>A bound form: <see cref="Value"/> when every field holds, and the state to show the form again in any case.</summary>
public sealed record Bound<T>(T? Value, FormState State) where T : class;
