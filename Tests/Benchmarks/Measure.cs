using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SmqBot.Benchmarks;

/// <summary>What every benchmark shares: timing one card action through HTTP, percentiles, and the key=value output.</summary>
public static class Measure
{
    /// <summary>
    /// Sends an Action.Execute (the adaptiveCard/action invoke Teams sends) from one person in their personal chat and
    /// returns its latency in milliseconds; throws unless the answer contains one of <paramref name="expected"/>.
    /// </summary>
    public static async Task<double> ExecuteAsync(HttpClient http, string url, string aadObjectId, int person, string verb, JsonObject data, params string[] expected)
    {
        var activity = new JsonObject
        {
            ["type"] = "invoke", ["name"] = "adaptiveCard/action", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:9/", ["locale"] = "fr-CA",
            ["from"] = new JsonObject { ["id"] = $"29:{person}", ["aadObjectId"] = aadObjectId },
            ["recipient"] = new JsonObject { ["id"] = "28:smqbot" },
            ["conversation"] = new JsonObject { ["id"] = $"a:{person}", ["conversationType"] = "personal", ["tenantId"] = "tenant" },
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } },
        };
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync(url, activity);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode || !expected.Any(e => body.Contains(e, StringComparison.Ordinal)))
            throw new InvalidOperationException($"{verb} {data["nonce"]} did not answer \"{string.Join("\" or \"", expected)}\": {(int)response.StatusCode} {body[..Math.Min(3000, body.Length)]}");
        return elapsed;
    }

    public static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public static void Print(string key, double value) => Console.WriteLine($"{key}={value.ToString("0.###", CultureInfo.InvariantCulture)}");
}
