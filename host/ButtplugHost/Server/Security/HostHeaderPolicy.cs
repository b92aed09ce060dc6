using System.Net;

namespace ButtplugHost.Server.Security;

/// <summary>
/// DNS-rebinding protection: a page at <c>evil.example</c> can make its name resolve to 127.0.0.1,
/// but its requests still carry <c>Host: evil.example</c>. Accepted: loopback names and addresses,
/// configured names (<c>*</c>: any), and, when the server listens beyond loopback, bare IP addresses
/// (a rebinding attack always presents a name).
/// </summary>
internal sealed class HostHeaderPolicy
{
    private readonly HashSet<string> _allowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _any;
    private readonly bool _ipLiterals;

    public HostHeaderPolicy(IEnumerable<string> allowed, bool listensBeyondLoopback)
    {
        foreach (var entry in allowed.Select(a => a.Trim().TrimEnd('.')).Where(a => a.Length > 0))
        {
            if (entry == "*")
                _any = true;
            else
                _allowed.Add(entry);
        }
        _ipLiterals = listensBeyondLoopback;
    }

    /// <summary>True when a request with this Host header value (<c>name[:port]</c>) may connect.</summary>
    public bool IsAllowed(string? hostHeader)
    {
        if (_any)
            return true;
        if (string.IsNullOrWhiteSpace(hostHeader))
            return false;
        var host = HostName(hostHeader);
        if (LoopbackNames.IsLoopbackHost(host) || _allowed.Contains(host))
            return true;
        return _ipLiterals && IPAddress.TryParse(host.Trim('[', ']'), out _);
    }

    private static string HostName(string hostHeader)
    {
        var value = hostHeader.Trim();
        if (value.StartsWith('['))
        {
            var end = value.IndexOf(']', StringComparison.Ordinal);
            return end > 0 ? value[..(end + 1)] : value;
        }
        var colon = value.LastIndexOf(':');
        return (colon >= 0 ? value[..colon] : value).TrimEnd('.');
    }
}
