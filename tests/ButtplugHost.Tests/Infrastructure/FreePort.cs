using System.Net;
using System.Net.Sockets;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>A loopback port that was free a moment ago (for servers that take a fixed port number).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
