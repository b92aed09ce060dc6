namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>The base address of one Lovense Connect app's local HTTP API, e.g. <c>http://192.168.1.20:34567</c>.</summary>
internal static class AppAddress
{
    /// <summary>Parses a configured or discovered address into its canonical form (no trailing slash).</summary>
    public static bool TryParse(string text, out string address)
    {
        address = "";
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return false;
        address = uri.GetLeftPart(UriPartial.Authority);
        return true;
    }

    /// <summary>
    /// The app's address from a discovery entry: the app names itself <c>192-168-1-20.lovense.club</c>,
    /// a DNS name that resolves to 192.168.1.20; the reference uses the address it spells directly,
    /// because that name does not always resolve. Null when the name does not spell an IPv4 address.
    /// </summary>
    public static string? FromDomain(string domain, int httpPort)
    {
        var first = domain.Split('.')[0].Replace('-', '.');
        if (!System.Net.IPAddress.TryParse(first, out var ip) || ip.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork || first.Count(c => c == '.') != 3)
            return null;
        if (httpPort is <= 0 or > 65535)
            return null;
        return $"http://{ip}:{httpPort}";
    }
}
