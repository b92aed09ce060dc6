namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>
/// The operating system's Bluetooth LE stack, as small as the core needs it: is it usable, scan,
/// connect. Everything else (matching, endpoint mapping, retries, availability reporting, device
/// bookkeeping) is the core's. Platform faults come back as <see cref="BleAvailability"/> from
/// <see cref="ProbeAsync"/> or as <see cref="BleException"/> from operations, never as other exceptions.
/// </summary>
internal interface IBleAdapter : IAsyncDisposable
{
    /// <summary>Short name of the OS stack, for logs (<c>BlueZ</c>, <c>WinRT</c>).</summary>
    string Name { get; }

    /// <summary>Something in the OS stack changed (service started or stopped, radio added, removed, switched): probe again.</summary>
    event Action? Changed;

    /// <summary>An advertisement seen while scanning (devices already known to the OS included).</summary>
    event Action<BleAdvertisement>? AdvertisementReceived;

    /// <summary>Reaches the OS stack if not yet reached, and says whether it can scan and connect now.</summary>
    Task<BleAvailability> ProbeAsync(CancellationToken cancellationToken);

    /// <summary>Starts scanning for LE devices; <paramref name="services"/> narrows the scan when not empty.</summary>
    Task StartScanAsync(IReadOnlyList<Guid> services, CancellationToken cancellationToken);

    /// <summary>Stops scanning. Harmless when not scanning.</summary>
    Task StopScanAsync(CancellationToken cancellationToken);

    /// <summary>Connects to a device seen before and discovers its GATT characteristics.</summary>
    Task<IBleConnection> ConnectAsync(string address, CancellationToken cancellationToken);
}
