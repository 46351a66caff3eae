namespace SmqBot.Benchmarks;

/// <summary>"--name value" pairs from the command line.</summary>
public sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
            values[args[i].TrimStart('-')] = args[i + 1];
        return new Options(values);
    }

    public double Double(string name, double fallback) => values.TryGetValue(name, out var v) ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public string String(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required.");

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
