namespace ButtplugHost.Plugins.Lelo;

/// <summary>Settings of the Lelo plugin, from the <c>Lelo</c> configuration section.</summary>
public sealed class LeloOptions
{
    /// <summary>
    /// How long to wait, in seconds, for the user to press the power button while a V2/Harmony device
    /// pairs. 0 waits until the connection attempt is cancelled.
    /// </summary>
    public double PairingTimeoutSeconds { get; set; } = 60;

    /// <summary>The timeout as a <see cref="TimeSpan"/>; <see cref="Timeout.InfiniteTimeSpan"/> for 0 or less.</summary>
    public TimeSpan PairingTimeout =>
        PairingTimeoutSeconds > 0 ? TimeSpan.FromSeconds(PairingTimeoutSeconds) : Timeout.InfiniteTimeSpan;
}
