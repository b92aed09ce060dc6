namespace ButtplugHost.Plugins.TheHandy;

/// <summary>Settings of the plugin, from the <c>TheHandy</c> configuration section.</summary>
public sealed class TheHandyOptions
{
    /// <summary>
    /// Seconds without a command after which a keep-alive packet is written; 0 (the default) sends
    /// none. Only platforms whose Bluetooth stack drops idle devices need it.
    /// </summary>
    public double KeepAliveSeconds { get; set; }

    /// <summary>How long the firmware-4 start-up waits for each answer before going on, in milliseconds.</summary>
    public int ResponseTimeoutMs { get; set; } = 2000;
}
