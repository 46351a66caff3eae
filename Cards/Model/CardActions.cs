using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmqBot.Cards.Model;

/// <summary>
/// A card action, declared once as a record in its feature's <c>Cards/X</c> folder: its verb, and the data its button
/// carries as the record's properties (for example <c>record LockMonth(string Expert, string Accompaniment, YearMonth Month)</c>).
/// Cards make buttons from an instance (<see cref="Actions.Execute{T}(string, T, string?)"/>); the router binds the data
/// a card sent back into the record before the handler runs (<see cref="CardActionData.Bind{T}"/>), so that no key is
/// written or read by string between a card and its handler.
/// </summary>
public interface ICardAction<TSelf> where TSelf : class, ICardAction<TSelf>
{
    static abstract string Verb { get; }
}

/// <summary>A free text a person may have typed in a card action's data (not an id): at most <see cref="Max"/> characters.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FreeTextAttribute(int max) : Attribute
{
    public int Max { get; } = max;
}

/// <summary>A month as cards carry it (<c>2026-11</c>).</summary>
public readonly record struct YearMonth(int Year, int Month)
{
    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);
    public DateOnly First => new(Year, Month, 1);
    public override string ToString() => $"{Year:D4}-{Month:D2}";

    public static YearMonth? Parse(string? text) =>
        text is { Length: 7 } && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Of(d) : null;
}

/// <summary>
/// The wire format of card action data: each property of the record under its camelCase name, as a string (what
/// Teams sends back for every input, and what cards already posted in Teams carry), whole numbers as JSON numbers,
/// absent when null. Binding is the
/// reverse, and refuses what does not fit: an id that is not one of ours (<see cref="Data.Ids.IsValid"/>), a date or a
/// number that does not parse, a free text past its length, a required value missing.
/// </summary>
public static class CardActionData
{
    private sealed record Slot(string Key, ParameterInfo Parameter, Type Type, bool Optional, int? MaxText);

    private static readonly Dictionary<Type, (ConstructorInfo Constructor, Slot[] Slots)> Shapes = [];

    private static (ConstructorInfo Constructor, Slot[] Slots) Shape(Type type)
    {
        lock (Shapes)
        {
            if (Shapes.TryGetValue(type, out var shape)) return shape;
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var nullability = new NullabilityInfoContext();
            var slots = constructor.GetParameters().Select(p =>
            {
                var underlying = Nullable.GetUnderlyingType(p.ParameterType);
                var optional = underlying is not null || nullability.Create(p).WriteState == NullabilityState.Nullable;
                return new Slot(JsonNamingPolicy.CamelCase.ConvertName(p.Name!), p, underlying ?? p.ParameterType, optional, p.GetCustomAttribute<FreeTextAttribute>()?.Max);
            }).ToArray();
            return Shapes[type] = (constructor, slots);
        }
    }

    /// <summary>The action's data, as its button carries it.</summary>
    public static JsonObject ToJson<T>(T action) where T : class, ICardAction<T>
    {
        var (_, slots) = Shape(typeof(T));
        var json = new JsonObject();
        foreach (var slot in slots)
        {
            var value = typeof(T).GetProperty(slot.Parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!.GetValue(action);
            if (value is not null) json[slot.Key] = value is int number ? JsonValue.Create(number) : Format(value);
        }
        return json;
    }

    private static string Format(object value) => value switch
    {
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        int n => n.ToString(CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        _ => value.ToString()!,
    };

    /// <summary>The action the data describes; null when any value is missing, malformed or not ours.</summary>
    public static T? Bind<T>(JsonObject? data) where T : class, ICardAction<T>
    {
        var (constructor, slots) = Shape(typeof(T));
        var values = new object?[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            var node = data?[slot.Key];
            // Whole numbers travel as JSON numbers (as a check-in's round always has); any other value of another JSON
            // kind than the string cards send is forged: refused, not taken as absent.
            if (node is not null && slot.Type == typeof(int) && node.GetValueKind() == JsonValueKind.Number)
            {
                if (!node.AsValue().TryGetValue<int>(out var number)) return null;
                values[i] = number;
                continue;
            }
            if (node is not null && node.GetValueKind() != JsonValueKind.String) return null;
            var text = node?.GetValue<string>();
            // A free text left blank (an input nobody filled, a choice of none) is no value.
            if (slot.MaxText is not null && string.IsNullOrWhiteSpace(text)) text = null;
            if (text is null)
            {
                if (!slot.Optional) return null;
                continue;
            }
            if (Parse(slot, text) is not { } parsed) return null;
            values[i] = parsed;
        }
        return (T)constructor.Invoke(values);
    }

    private static object? Parse(Slot slot, string text) => slot.Type switch
    {
        var t when t == typeof(string) => slot.MaxText is { } max
            ? text.Trim() is { Length: > 0 } trimmed && trimmed.Length <= max ? trimmed : null
            : Data.Ids.IsValid(text) ? text : null,
        var t when t == typeof(DateOnly) => Forms.DateField.Parse(text),
        var t when t == typeof(YearMonth) => YearMonth.Parse(text),
        var t when t == typeof(bool) => text switch { "true" => true, "false" => false, _ => null },
        var t when t == typeof(int) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null,
        { IsEnum: true } t => Enum.TryParse(t, text, ignoreCase: false, out var e) && Enum.IsDefined(t, e!) && !int.TryParse(text, out _) ? e : null,
        // A value of the domain that reads itself back from its text (HoursFor: "accompaniment:a-12"), and writes it with ToString.
        var t when t.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]) is { } parse && (parse.ReturnType == t || Nullable.GetUnderlyingType(parse.ReturnType) == t) =>
            parse.Invoke(null, [text]),
        _ => throw new NotSupportedException($"A card action cannot carry a {slot.Type.Name} ({slot.Key})."),
    };
}
