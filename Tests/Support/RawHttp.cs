using System.Net.Sockets;
using System.Text;

namespace SmqBot.Tests.Support;

/// <summary>
/// An HTTP/1.1 request written by hand on a socket: the headers, the first bytes of a body that announces more, and then
/// nothing. HttpClient holds the response back until it has sent the whole body; this reads the status line as soon as
/// the server answers, which is what shows that a server refused a request without reading its body.
/// </summary>
public static class RawHttp
{
    /// <returns>The status code of the answer, or 0 when none came within <paramref name="timeout"/>.</returns>
    public static async Task<int> PostAsync(Uri server, string path, long contentLength, int bytesSent, string? bearer = null, TimeSpan? timeout = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var head = new StringBuilder()
            .Append($"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\n")
            .Append(bearer is null ? "" : $"Authorization: Bearer {bearer}\r\n")
            .Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        var body = new byte[Math.Min(bytesSent, contentLength)];
        Array.Fill(body, (byte)' ');
        "{\"type\":\"message\",\"text\":\""u8.CopyTo(body);
        await stream.WriteAsync(body);
        await stream.FlushAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var buffer = new byte[64];
        var read = 0;
        try
        {
            while (read < 12)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), cancel.Token);
                if (n == 0) break;
                read += n;
            }
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
        // "HTTP/1.1 413 Payload Too Large"
        return read >= 12 && int.TryParse(Encoding.ASCII.GetString(buffer, 9, 3), out var status) ? status : 0;
    }
}
