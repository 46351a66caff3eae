using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace SmqBot.Benchmarks;

/// <summary>
/// What an anonymous caller costs the public endpoint. SmqBot runs as in production (an app id, so tokens are required),
/// and anonymous POSTs of 1, 10 and 28 MB are sent to /api/messages, each with a Content-Length and again chunked, the
/// client writing the whole body as fast as the connection takes it while it waits for the answer. Prints the slowest
/// answer (<c>edge.max_answer_ms</c>: from the first byte sent to the status line received) and how much the process's
/// peak working set grew over all of it (<c>edge.peak_growth_mb</c>; the client shares the process and reuses one 64 KB
/// buffer, so the growth is the server's).
/// </summary>
public static class EdgeBenchmark
{
    public static async Task<int> RunAsync(Options options)
    {
        var repeats = options.Int("repeats", 3);
        var dataDir = Directory.CreateTempSubdirectory("smqbot-edge-").FullName;
        await using var app = SmqBotHost.Build(dataDir, new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "5d2d4a1e-0c1b-4d4e-9f7a-00000000ed6e",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = "tenant",
        }, environment: "Production");
        await app.StartAsync();
        var address = new Uri(app.Address());

        // Warm up: the endpoint, Kestrel and the JIT, with small anonymous requests.
        for (var i = 0; i < 20; i++) await PostAsync(address, 4 * 1024, chunked: i % 2 == 0);
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;

        var slowest = 0.0;
        foreach (var megabytes in new[] { 1, 10, 28 })
            foreach (var chunked in new[] { false, true })
            {
                var times = new List<double>();
                for (var i = 0; i < repeats; i++)
                {
                    var (status, ms) = await PostAsync(address, megabytes * 1024L * 1024, chunked);
                    if (status is not (401 or 413)) throw new InvalidOperationException($"{megabytes} MB ({(chunked ? "chunked" : "with length")}) answered {status}");
                    times.Add(ms);
                }
                Measure.Print($"edge.{megabytes}mb.{(chunked ? "chunked" : "length")}.max_ms", times.Max());
                slowest = Math.Max(slowest, times.Max());
            }

        process.Refresh();
        Measure.Print("edge.max_answer_ms", slowest);
        Measure.Print("edge.peak_growth_mb", (process.PeakWorkingSet64 - peakBefore) / 1024.0 / 1024.0);
        Measure.Print("edge.peak_mb", process.PeakWorkingSet64 / 1024.0 / 1024.0);
        await app.StopAsync();
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
        return 0;
    }

    /// <summary>One anonymous POST of <paramref name="length"/> bytes: the body is written while the answer is awaited.</summary>
    private static async Task<(int Status, double Ms)> PostAsync(Uri server, long length, bool chunked)
    {
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var started = Stopwatch.GetTimestamp();
        var head = $"POST /api/messages HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\n"
            + (chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {length}\r\n") + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var stop = new CancellationTokenSource();
        var writing = WriteBodyAsync(stream, length, chunked, stop.Token);
        var status = await ReadStatusAsync(stream);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        stop.Cancel();
        try { await writing; } catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException) { }
        return (status, elapsed);
    }

    private static async Task WriteBodyAsync(NetworkStream stream, long length, bool chunked, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        Array.Fill(buffer, (byte)' ');
        "{\"type\":\"message\",\"serviceUrl\":\"https://smba.trafficmanager.net/\",\"text\":\""u8.CopyTo(buffer);
        for (long sent = 0; sent < length && !ct.IsCancellationRequested;)
        {
            var n = (int)Math.Min(buffer.Length, length - sent);
            if (chunked) await stream.WriteAsync(Encoding.ASCII.GetBytes($"{n:X}\r\n"), ct);
            await stream.WriteAsync(buffer.AsMemory(0, n), ct);
            if (chunked) await stream.WriteAsync("\r\n"u8.ToArray(), ct);
            sent += n;
        }
        if (chunked) await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), ct);
    }

    private static async Task<int> ReadStatusAsync(NetworkStream stream)
    {
        var buffer = new byte[12];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read));
            if (n == 0) return 0;
            read += n;
        }
        return int.Parse(Encoding.ASCII.GetString(buffer, 9, 3), System.Globalization.CultureInfo.InvariantCulture);
    }
}
