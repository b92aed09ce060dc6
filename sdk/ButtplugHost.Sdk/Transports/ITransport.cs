using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Sdk.Transports;

/// <summary>
/// A bus (BLE, serial, HID, network, simulated) on which devices are found and connected.
/// The host calls <see cref="StartAsync"/> once, then scanning and connecting as clients ask,
/// then <see cref="StopAsync"/>. Implementations must be safe to call from several threads.
/// </summary>
public interface ITransport
{
    /// <summary>Short unique name, e.g. <c>simulated</c>, <c>serial</c>, <c>btle</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Starts the transport. A transport that cannot work here (no adapter, disabled in configuration)
    /// returns normally and reports itself through <see cref="ITransportHost.ReportUnavailable"/>.
    /// Devices may be reported from now on, also outside scanning (hot-plug, network devices).
    /// </summary>
    Task StartAsync(ITransportHost host, CancellationToken cancellationToken);

    /// <summary>Starts looking for devices. Found devices go to <see cref="ITransportHost.DeviceFound"/>.</summary>
    Task StartScanningAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stops looking for devices. The transport calls <see cref="ITransportHost.ScanningFinished"/> once
    /// its scan has ended, whether stopped here or ended by itself.
    /// </summary>
    Task StopScanningAsync(CancellationToken cancellationToken);

    /// <summary>Connects to a found device, using the specifier of the definition it matched.</summary>
    /// <param name="identity">The device, as reported to <see cref="ITransportHost.DeviceFound"/>.</param>
    /// <param name="specifier">The matched communication specifier (endpoint map, serial settings, …).</param>
    /// <param name="cancellationToken">Cancels the connection attempt.</param>
    Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken);

    /// <summary>Stops the transport and releases its resources. Connected hardware is disconnected.</summary>
    Task StopAsync(CancellationToken cancellationToken);
}
