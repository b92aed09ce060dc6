using System.Net;

namespace ButtplugHost.Plugins.DeviceWebSocket;

/// <summary>
/// The client endpoint's rules, applied to the device port: a web page (it sends <c>Origin</c>) may
/// connect only from loopback or an allowed origin, and the <c>Host</c> header must be a loopback name,
/// an allowed name, or, when listening beyond loopback, a bare IP address (DNS-rebinding protection).
/// The lists are the server's (<c>Server:AllowedOrigins</c>, <c>Server:AllowedHosts</c>, set by
/// <c>--allow-origin</c> / <c>--allow-host</c>) plus this section's own; <c>*</c> allows any.
/// </summary>
internal sealed class ConnectionPolicy(IEnumerable<string> origins, IEnumerable<string> hosts, bool listensBeyondLoopback)
{
    private readonly HashSet<string> _origins = new(origins.Select(o => o.Trim()).Where(o => o.Length > 0).Select(NormalizeOrigin), StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _hosts = new(hosts.Select(h => h.Trim().TrimEnd('.')).Where(h => h.Length > 0), StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when the upgrade request may proceed; otherwise why not, naming the flag that allows it.</summary>
    public string? Refusal(IReadOnlyDictionary<string, string> headers)
    {
        if (headers.TryGetValue("Origin", out var origin) && origin.Length > 0
            && !_origins.Contains("*") && !IsLoopbackOrigin(origin) && !_origins.Contains(NormalizeOrigin(origin)))
            return $"web origin '{Printable(origin)}' is not allowed (start the server with --allow-origin {Printable(origin)} to allow it)";
        headers.TryGetValue("Host", out var host);
        if (!_hosts.Contains("*") && !IsAllowedHost(host))
            return $"Host '{Printable(host ?? "")}' is not a loopback name (DNS-rebinding protection; start the server with --allow-host NAME to allow a name)";
        return null;
    }

    private bool IsAllowedHost(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            return false;
        var value = header.Trim();
        var name = value.StartsWith('[') ? value[..(value.IndexOf(']', StringComparison.Ordinal) + 1)] : value.Split(':')[0];
        name = name.TrimEnd('.');
        if (IsLoopbackName(name) || _hosts.Contains(name))
            return true;
        return listensBeyondLoopback && IPAddress.TryParse(name.Trim('[', ']'), out _);
    }

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static bool IsLoopbackOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && IsLoopbackName(uri.Host);

    private static string NormalizeOrigin(string origin) =>
        origin == "*" ? "*"
        : Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : origin.TrimEnd('/').ToLowerInvariant();

    // Header values are the peer's: no control characters into the log, and not too long.
    private static string Printable(string text)
    {
        var clean = new string([.. text.Take(100).Select(c => char.IsControl(c) ? '?' : c)]);
        return text.Length > 100 ? clean + "…" : clean;
    }
}
