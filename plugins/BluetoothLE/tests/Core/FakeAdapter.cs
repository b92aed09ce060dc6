using System.Collections.Concurrent;
using ButtplugHost.Plugins.BluetoothLE.Core;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Core;

/// <summary>An OS stack under the test's control: its availability, what it advertises, its devices.</summary>
internal sealed class FakeAdapter : IBleAdapter
{
    private int _probes;
    private int _connectsInFlight;
    private int _maxConnectsInFlight;

    public string Name => "Fake";

    /// <summary>What the next probes return.</summary>
    public BleAvailability State { get; set; } = BleAvailability.Available("fake adapter hci0");

    public int Probes => Volatile.Read(ref _probes);

    public bool Scanning { get; private set; }

    public ConcurrentQueue<IReadOnlyList<Guid>> Scans { get; } = new();

    public ConcurrentDictionary<string, FakeDevice> Devices { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<FakeConnection> Connections { get; } = new();

    /// <summary>Runs inside ConnectAsync before the connection is made (to hold connections open at once).</summary>
    public Func<string, CancellationToken, Task>? BeforeConnect { get; set; }

    /// <summary>The most connection attempts that were in progress at the same time.</summary>
    public int MaxConnectsInFlight => Volatile.Read(ref _maxConnectsInFlight);

    public event Action? Changed;

    public event Action<BleAdvertisement>? AdvertisementReceived;

    /// <summary>The stack changes state and says so (as BlueZ's signals or WinRT's radio events do).</summary>
    public void Change(BleAvailability state)
    {
        State = state;
        if (!state.IsAvailable)
        {
            Scanning = false;
            foreach (var connection in Connections)
                connection.Lose($"fake stack: {state.Description}");
        }
        Changed?.Invoke();
    }

    public void Advertise(BleAdvertisement advertisement) => AdvertisementReceived?.Invoke(advertisement);

    public Task<BleAvailability> ProbeAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _probes);
        return Task.FromResult(State);
    }

    public Task StartScanAsync(IReadOnlyList<Guid> services, CancellationToken cancellationToken)
    {
        if (!State.IsAvailable)
            throw new BleException("fake: cannot scan");
        Scans.Enqueue(services);
        Scanning = true;
        return Task.CompletedTask;
    }

    public Task StopScanAsync(CancellationToken cancellationToken)
    {
        Scanning = false;
        return Task.CompletedTask;
    }

    public async Task<IBleConnection> ConnectAsync(string address, CancellationToken cancellationToken)
    {
        var inFlight = Interlocked.Increment(ref _connectsInFlight);
        InterlockedMax(ref _maxConnectsInFlight, inFlight);
        try
        {
            if (BeforeConnect is { } before)
                await before(address, cancellationToken);
            if (!Devices.TryGetValue(address, out var device))
                throw new BleException($"fake: no device {address}");
            if (device.ConnectError is { } error)
                throw new BleException(error);
            var connection = new FakeConnection(device);
            Connections.Enqueue(connection);
            return connection;
        }
        finally
        {
            Interlocked.Decrement(ref _connectsInFlight);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
