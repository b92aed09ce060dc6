namespace ButtplugHost.Plugins.Serial;

/// <summary>The configuration section <c>Serial</c>.</summary>
public sealed class SerialOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Serial";

    /// <summary>Whether to look for serial ports at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Port paths to report besides the enumerated ones, e.g. pseudo-terminals (<c>/dev/pts/3</c>) or
    /// links made by udev rules, which port enumeration does not list.
    /// </summary>
    public List<string> Ports { get; set; } = [];

    /// <summary>While a scan runs, how often the ports are listed again (the reference: every 5 s).</summary>
    public int RescanIntervalMs { get; set; } = 5000;

    /// <summary>
    /// How often the ports of devices that went away are looked for, without a scan, so the host can
    /// reconnect them (only while some are missing).
    /// </summary>
    public int WatchIntervalMs { get; set; } = 1000;
}
