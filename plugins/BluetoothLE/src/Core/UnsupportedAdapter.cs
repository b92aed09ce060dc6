namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>The adapter for a system without one (or a backend asked for on the wrong system): never available, says why.</summary>
internal sealed class UnsupportedAdapter(string name, string reason) : IBleAdapter
{
    public string Name => name;

    public event Action? Changed { add { } remove { } }

    public event Action<BleAdvertisement>? AdvertisementReceived { add { } remove { } }

    public Task<BleAvailability> ProbeAsync(CancellationToken cancellationToken) => Task.FromResult(BleAvailability.Never(reason));

    public Task StartScanAsync(IReadOnlyList<Guid> services, CancellationToken cancellationToken) => throw new BleException(reason);

    public Task StopScanAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IBleConnection> ConnectAsync(string address, CancellationToken cancellationToken) => throw new BleException(reason);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
