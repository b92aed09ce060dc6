namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>The configuration section <c>LovenseConnect</c>.</summary>
public sealed class LovenseConnectOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "LovenseConnect";

    /// <summary>
    /// Whether to look for the Lovense Connect app at all. Off by default, as in the reference: finding
    /// the app asks Lovense's server (<see cref="DiscoveryUrl"/>). <c>--use-lovense-connect</c> turns it on.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Base addresses of Lovense Connect apps known without discovery, e.g. <c>http://192.168.1.20:34567</c>
    /// (the app shows its address and HTTP port). They are asked for toys whether discovery finds them or not.
    /// </summary>
    public List<string> Hosts { get; set; } = [];

    /// <summary>
    /// Where the apps on this network are looked up while scanning and no app answers (the reference's
    /// <c>https://api.lovense.com/api/lan/getToys</c>); empty turns discovery off, leaving <see cref="Hosts"/>.
    /// </summary>
    public string DiscoveryUrl { get; set; } = "https://api.lovense.com/api/lan/getToys";

    /// <summary>
    /// How often each app is asked for its toys (<c>GetToys</c>) while scanning or while one of its toys
    /// is connected: new toys appear, battery levels are refreshed, and a toy the app no longer reports
    /// connected, or an app that does not answer, is a disconnect. The reference polls every second.
    /// </summary>
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>While scanning with no app answering, how often discovery is asked again (the reference: every 10 s).</summary>
    public int DiscoveryIntervalMs { get; set; } = 10_000;

    /// <summary>How long one request to an app (or to discovery) may take before it counts as failed.</summary>
    public int RequestTimeoutMs { get; set; } = 5000;

    /// <summary>The problem with these settings, or null when they can be used.</summary>
    internal string? Problem()
    {
        if (PollIntervalMs <= 0)
            return $"{Section}:PollIntervalMs must be more than 0 (it is {PollIntervalMs})";
        if (DiscoveryIntervalMs <= 0)
            return $"{Section}:DiscoveryIntervalMs must be more than 0 (it is {DiscoveryIntervalMs})";
        if (RequestTimeoutMs <= 0)
            return $"{Section}:RequestTimeoutMs must be more than 0 (it is {RequestTimeoutMs})";
        foreach (var host in Hosts)
        {
            if (!AppAddress.TryParse(host, out _))
                return $"{Section}:Hosts entry '{host}' is not an http:// or https:// address (e.g. http://192.168.1.20:34567)";
        }
        if (DiscoveryUrl.Length > 0 && !Uri.TryCreate(DiscoveryUrl, UriKind.Absolute, out _))
            return $"{Section}:DiscoveryUrl '{DiscoveryUrl}' is not an absolute address";
        return null;
    }
}
