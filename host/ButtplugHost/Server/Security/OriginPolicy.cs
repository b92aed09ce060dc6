namespace ButtplugHost.Server.Security;

/// <summary>
/// Which web pages may open the client WebSocket. A browser always sends <c>Origin</c>; native
/// clients send none. Allowed: no Origin, a page served from loopback, or an origin on the allowlist
/// (<c>*</c> allows any, as the reference server does). Everything else is a foreign web page that
/// must not drive the user's devices.
/// </summary>
internal sealed class OriginPolicy
{
    private readonly HashSet<string> _allowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _any;

    public OriginPolicy(IEnumerable<string> allowed)
    {
        foreach (var entry in allowed.Select(a => a.Trim()).Where(a => a.Length > 0))
        {
            if (entry == "*")
                _any = true;
            else
                _allowed.Add(Normalize(entry));
        }
    }

    /// <summary>True when a request with this Origin header (null: none) may connect.</summary>
    public bool IsAllowed(string? origin)
    {
        if (string.IsNullOrEmpty(origin) || _any)
            return true;
        if (IsLoopbackPage(origin))
            return true;
        return _allowed.Contains(Normalize(origin));
    }

    // Scheme, host and port, lowercase, no trailing slash: how browsers serialise an origin.
    private static string Normalize(string origin)
    {
        if (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
        return origin.TrimEnd('/').ToLowerInvariant();
    }

    private static bool IsLoopbackPage(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && LoopbackNames.IsLoopbackHost(uri.Host);
}
