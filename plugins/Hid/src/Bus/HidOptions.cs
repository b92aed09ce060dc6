namespace ButtplugHost.Plugins.Hid.Bus;

/// <summary>The configuration section <c>Hid</c> (set by <c>--use-hid</c>).</summary>
public sealed class HidOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Hid";

    /// <summary>Whether to look for HID devices at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>While a scan runs, how often the HID nodes are listed again (plugged devices are found then).</summary>
    public int RescanIntervalMs { get; set; } = 1000;

    /// <summary>How often the nodes of devices that went away are looked for, without a scan, so the host can reconnect them.</summary>
    public int WatchIntervalMs { get; set; } = 1000;
}
