namespace ButtplugHost.Sdk.Transports;

/// <summary>
/// Optional for an <see cref="ITransport"/>: it can look for devices that went away without a client
/// scan (BLE background discovery for known addresses, a serial port or HID node reappearing), so the
/// host can reconnect them by themselves. Transports whose devices announce themselves (network
/// devices, hot-plug reports) need not implement it. Added in SDK 1.4.
/// </summary>
public interface IWatchingTransport
{
    /// <summary>
    /// Starts watching for a device that was connected and went away. When the transport sees it again
    /// it reports it with <see cref="ITransportHost.DeviceFound"/>, also while no scan runs; the host
    /// decides whether and when to connect (it applies its back-off). Watching an address again is harmless.
    /// </summary>
    /// <param name="identity">The device as it was reported before it went away.</param>
    void Watch(DeviceIdentity identity);

    /// <summary>Stops watching <paramref name="address"/> (it is connected again, or no longer wanted). Harmless when not watched.</summary>
    /// <param name="address">The <see cref="DeviceIdentity.Address"/> given to <see cref="Watch"/>.</param>
    void Unwatch(string address);
}
