using System.Net;
using System.Net.Sockets;

namespace SmqBot.Tests.Support;

public static class Ports
{
    /// <summary>A loopback port free right now, for a server that must be told its port (node tools, Kestrel).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
