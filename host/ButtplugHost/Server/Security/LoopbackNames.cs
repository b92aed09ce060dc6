using System.Net;

namespace ButtplugHost.Server.Security;

/// <summary>Which host names and addresses mean "this machine only".</summary>
internal static class LoopbackNames
{
    /// <summary>True for <c>localhost</c>, <c>*.localhost</c> (RFC 6761), 127.0.0.0/8 and ::1.</summary>
    public static bool IsLoopbackHost(string host)
    {
        host = host.Trim().TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    /// <summary>True when a listen address only accepts connections from this machine.</summary>
    public static bool IsLoopbackListenAddress(string address) =>
        IPAddress.TryParse(address, out var ip) ? IPAddress.IsLoopback(ip) : address.Equals("localhost", StringComparison.OrdinalIgnoreCase);
}
