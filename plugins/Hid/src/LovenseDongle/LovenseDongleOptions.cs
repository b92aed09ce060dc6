namespace ButtplugHost.Plugins.Hid.LovenseDongle;

/// <summary>The configuration section <c>LovenseDongleHid</c> (set by <c>--use-lovense-dongle-hid</c>).</summary>
public sealed class LovenseDongleOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "LovenseDongleHid";

    /// <summary>Whether to look for the dongle at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the HID nodes are listed to notice the dongle being plugged in.</summary>
    public int WatchIntervalMs { get; set; } = 1000;

    /// <summary>How long to wait for the dongle to name a toy already connected (the reference: 250 ms).</summary>
    public int StatusWaitMs { get; set; } = 250;
}
