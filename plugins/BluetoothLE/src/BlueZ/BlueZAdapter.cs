using System.Collections.Concurrent;
using ButtplugHost.Plugins.BluetoothLE.Core;
using Microsoft.Extensions.Logging;
using Tmds.DBus.Protocol;

namespace ButtplugHost.Plugins.BluetoothLE.BlueZ;

/// <summary>
/// Linux: BlueZ over the system D-Bus (Tmds.DBus.Protocol). Keeps BlueZ's object tree current from its
/// signals, announces BlueZ starting and stopping, adapters coming and going or switching (so the core
/// probes again), and routes device and characteristic changes to the connections.
/// </summary>
internal sealed class BlueZAdapter(BluetoothLEOptions options, ILogger logger) : IBleAdapter
{
    private static readonly string[] AdvertisementProperties = ["Name", "Alias", "RSSI", "ManufacturerData", "UUIDs", "ServiceData"];

    private readonly BlueZObjects _objects = new();
    private readonly ConcurrentDictionary<string, BlueZConnection> _connections = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly List<IDisposable> _matches = [];
    private DBusConnection? _bus;
    private volatile bool _loaded;
    private int _generation; // bumped whenever BlueZ's owner changes: a tree read before that is stale
    private string? _scanAdapter;
    private bool _disposed;

    public string Name => "BlueZ";

    public event Action? Changed;

    public event Action<BleAdvertisement>? AdvertisementReceived;

    private string BusAddress => !string.IsNullOrWhiteSpace(options.BusAddress) ? options.BusAddress
        : DBusAddress.System ?? "unix:path=/var/run/dbus/system_bus_socket";

    public async Task<BleAvailability> ProbeAsync(CancellationToken cancellationToken)
    {
        var bus = Volatile.Read(ref _bus);
        if (bus is null)
        {
            try
            {
                bus = await ConnectBusAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return BleAvailability.Unavailable(
                    $"cannot reach the D-Bus system bus at '{BusAddress}' ({e.Message}): is D-Bus running? (sudo systemctl start dbus)");
            }
        }
        if (!_loaded)
        {
            var generation = Volatile.Read(ref _generation);
            try
            {
                if (!await BlueZCalls.NameHasOwnerAsync(bus, BlueZNames.Service, cancellationToken))
                {
                    return BleAvailability.Unavailable(
                        "BlueZ is not running (no org.bluez on the system bus): install the 'bluez' package and start bluetooth.service (sudo systemctl start bluetooth)");
                }
                var objects = await BlueZCalls.GetManagedObjectsAsync(bus, cancellationToken);
                lock (_gate)
                {
                    if (generation != _generation)
                        return BleAvailability.Unavailable("BlueZ restarted while being read; checking again");
                    _objects.Load(objects);
                    _loaded = true;
                }
            }
            catch (BleException e) when (e.Message.Contains("AccessDenied", StringComparison.Ordinal))
            {
                return BleAvailability.Unavailable(
                    $"BlueZ refused access ({e.Message}): run the server as a member of the 'bluetooth' group (sudo usermod -aG bluetooth USER)");
            }
            catch (BleException e)
            {
                return BleAvailability.Unavailable($"cannot talk to BlueZ: {e.Message}");
            }
        }
        var adapters = _objects.WithInterface(BlueZNames.Adapter);
        if (FindAdapter() is not { } adapter)
        {
            return BleAvailability.Unavailable(string.IsNullOrWhiteSpace(options.Adapter)
                ? "no Bluetooth adapter found: plug one in, and check it is not blocked ('rfkill list'; 'rfkill unblock bluetooth')"
                : $"Bluetooth adapter '{options.Adapter}' not found (BlueZ has: {(adapters.Count == 0 ? "none" : string.Join(", ", adapters.Select(a => Describe(a.Path, a.Properties))))}); " +
                  $"fix {BluetoothLEOptions.Section}:Adapter");
        }
        if (!adapter.Properties.Bool("Powered"))
            return BleAvailability.Unavailable($"Bluetooth adapter {Describe(adapter.Path, adapter.Properties)} is powered off: turn it on ('bluetoothctl power on')");
        return BleAvailability.Available($"BlueZ adapter {Describe(adapter.Path, adapter.Properties)}");
    }

    public async Task StartScanAsync(IReadOnlyList<Guid> services, CancellationToken cancellationToken)
    {
        var bus = Volatile.Read(ref _bus) ?? throw new BleException("BlueZ is not reachable");
        var adapter = FindAdapter() ?? throw new BleException("no Bluetooth adapter");
        var filter = new Dictionary<string, VariantValue> { ["Transport"] = VariantValue.String("le") };
        if (services.Count > 0)
            filter["UUIDs"] = VariantValue.Array(services.Select(g => g.ToString("D")).ToArray());
        try
        {
            await BlueZCalls.CallAsync(bus, adapter.Path, BlueZNames.Adapter, "SetDiscoveryFilter", cancellationToken, "a{sv}",
                (ref MessageWriter w) => w.WriteDictionary(filter));
        }
        catch (BleException e)
        {
            logger.LogWarning("Bluetooth LE: BlueZ refused the discovery filter ({Error}); scanning unfiltered", e.Message);
        }
        try
        {
            await BlueZCalls.CallAsync(bus, adapter.Path, BlueZNames.Adapter, "StartDiscovery", cancellationToken);
        }
        catch (BleException e) when (e.Message.StartsWith("org.bluez.Error.InProgress", StringComparison.Ordinal))
        {
            // Someone else is discovering on this adapter already: the devices are reported all the same.
        }
        _scanAdapter = adapter.Path;
        // BlueZ keeps devices seen before; report them as well, the host drops duplicates.
        foreach (var (path, properties) in _objects.WithInterface(BlueZNames.Device))
            ReportIfScanning(path, properties);
    }

    public async Task StopScanAsync(CancellationToken cancellationToken)
    {
        var adapter = Interlocked.Exchange(ref _scanAdapter, null);
        if (adapter is not null && Volatile.Read(ref _bus) is { } bus)
            await BlueZCalls.CallAsync(bus, adapter, BlueZNames.Adapter, "StopDiscovery", cancellationToken);
    }

    public async Task<IBleConnection> ConnectAsync(string address, CancellationToken cancellationToken)
    {
        var bus = Volatile.Read(ref _bus) ?? throw new BleException("BlueZ is not reachable");
        var device = _objects.WithInterface(BlueZNames.Device)
            .FirstOrDefault(d => string.Equals(d.Properties.String("Address"), address, StringComparison.OrdinalIgnoreCase));
        if (device.Path is null)
            throw new BleException($"BlueZ does not know the device {address} (any more)");
        var connection = new BlueZConnection(bus, device.Path, c => _connections.TryRemove(new(c.DevicePath, c)));
        if (!_connections.TryAdd(device.Path, connection))
            throw new BleException($"{address} is already connected or connecting");
        try
        {
            if (_objects.Properties(device.Path, BlueZNames.Device) is not { } state || !state.Bool("Connected"))
                await BlueZCalls.CallAsync(bus, device.Path, BlueZNames.Device, "Connect", cancellationToken);
            if (_objects.Properties(device.Path, BlueZNames.Device)?.Bool("ServicesResolved") == true)
                connection.MarkResolved();
            await connection.ServicesResolved.WaitAsync(cancellationToken);
            connection.LoadCharacteristics(await BlueZCalls.GetManagedObjectsAsync(bus, cancellationToken));
            return connection;
        }
        catch
        {
            try
            {
                await connection.DisconnectAsync();
            }
            catch (BleException e)
            {
                logger.LogDebug("Bluetooth LE: disconnect after a failed connection: {Error}", e.Message);
            }
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        DBusConnection? bus;
        lock (_gate)
        {
            _disposed = true;
            bus = _bus;
            _bus = null;
        }
        DropBus(bus);
        return ValueTask.CompletedTask;
    }

    private async Task<DBusConnection> ConnectBusAsync()
    {
        var bus = new DBusConnection(BusAddress);
        var matches = new List<IDisposable>();
        try
        {
            await bus.ConnectAsync();
            // Subscribe before reading the tree, so no change falls between the two.
            matches.Add(await Match(bus, new MatchRule { Type = MessageType.Signal, Interface = BlueZNames.ObjectManager }));
            matches.Add(await Match(bus, new MatchRule { Type = MessageType.Signal, Interface = BlueZNames.Properties, Member = "PropertiesChanged", PathNamespace = "/org/bluez" }));
            matches.Add(await Match(bus, new MatchRule { Type = MessageType.Signal, Interface = BlueZNames.Bus, Member = "NameOwnerChanged", Arg0 = BlueZNames.Service }));
        }
        catch
        {
            bus.Dispose();
            throw;
        }
        lock (_gate)
        {
            if (_disposed)
            {
                bus.Dispose();
                throw new ObjectDisposedException(nameof(BlueZAdapter));
            }
            _matches.AddRange(matches);
            _bus = bus;
        }
        _ = WatchDisconnectAsync(bus);
        return bus;
    }

    private ValueTask<IDisposable> Match(DBusConnection bus, MatchRule rule) =>
        bus.AddMatchAsync(rule, BlueZSignal.Read, (Notification<BlueZSignal?> n) => OnSignal(n), emitOnCapturedContext: false, ObserverFlags.None, null);

    private async Task WatchDisconnectAsync(DBusConnection bus)
    {
        var reason = await bus.DisconnectedAsync();
        lock (_gate)
        {
            if (_bus != bus)
                return; // disposed on purpose
            _bus = null;
        }
        logger.LogWarning("Bluetooth LE: lost the D-Bus connection ({Reason})", reason?.Message ?? "closed");
        DropBus(bus);
        Changed?.Invoke();
    }

    private void DropBus(DBusConnection? bus)
    {
        List<IDisposable> matches;
        lock (_gate)
        {
            matches = [.. _matches];
            _matches.Clear();
        }
        foreach (var match in matches)
            match.Dispose();
        bus?.Dispose();
        _loaded = false;
        _scanAdapter = null;
        _objects.Clear();
        LoseAll(_ => true, "the D-Bus connection to BlueZ was lost");
    }

    // Runs on the connection's reader, one message at a time, in bus order.
    private void OnSignal(Notification<BlueZSignal?> notification)
    {
        if (notification.Type != NotificationType.Value || notification.Value is not { } signal)
            return;
        try
        {
            Handle(signal);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Bluetooth LE: error while handling a BlueZ signal");
        }
    }

    private void Handle(BlueZSignal signal)
    {
        switch (signal)
        {
            case NameOwnerChanged owner when owner.Name == BlueZNames.Service:
                lock (_gate)
                {
                    _generation++;
                    _loaded = false;
                    _objects.Clear();
                }
                if (owner.NewOwner.Length == 0)
                {
                    _scanAdapter = null;
                    LoseAll(_ => true, "BlueZ stopped");
                }
                Changed?.Invoke();
                break;
            case InterfacesAdded added when added.Path.StartsWith("/org/bluez", StringComparison.Ordinal):
                _objects.Apply(added);
                if (added.Interfaces.TryGetValue(BlueZNames.Device, out var device))
                    ReportIfScanning(added.Path, device);
                if (added.Interfaces.ContainsKey(BlueZNames.Adapter))
                    Changed?.Invoke();
                break;
            case InterfacesRemoved removed when removed.Path.StartsWith("/org/bluez", StringComparison.Ordinal):
                _objects.Apply(removed);
                if (removed.Interfaces.Contains(BlueZNames.Device) && _connections.TryGetValue(removed.Path, out var gone))
                    gone.End("BlueZ removed the device");
                if (removed.Interfaces.Contains(BlueZNames.Adapter))
                    AdapterLost(removed.Path, "was removed");
                break;
            case PropertiesChanged changed:
                _objects.Apply(changed);
                OnPropertiesChanged(changed);
                break;
        }
    }

    private void OnPropertiesChanged(PropertiesChanged changed)
    {
        switch (changed.Interface)
        {
            case BlueZNames.Device:
                if (_connections.TryGetValue(changed.Path, out var connection))
                    connection.OnDeviceChanged(changed.Changed);
                if (changed.Changed.Keys.Any(AdvertisementProperties.Contains) && _objects.Properties(changed.Path, BlueZNames.Device) is { } device)
                    ReportIfScanning(changed.Path, device);
                break;
            case BlueZNames.GattCharacteristic when changed.Changed.Bytes("Value") is { } value:
                foreach (var candidate in _connections.Values)
                {
                    if (changed.Path.StartsWith(candidate.DevicePath + "/", StringComparison.Ordinal))
                        candidate.OnValue(changed.Path, value);
                }
                break;
            case BlueZNames.Adapter when changed.Changed.ContainsKey("Powered"):
                if (!changed.Changed.Bool("Powered"))
                    AdapterLost(changed.Path, "was powered off");
                else
                    Changed?.Invoke();
                break;
        }
    }

    private void AdapterLost(string adapter, string how)
    {
        if (_scanAdapter == adapter)
            _scanAdapter = null;
        LoseAll(c => c.DevicePath.StartsWith(adapter + "/", StringComparison.Ordinal), $"adapter {adapter} {how}");
        Changed?.Invoke();
    }

    private void LoseAll(Func<BlueZConnection, bool> which, string reason)
    {
        foreach (var connection in _connections.Values.Where(which))
            connection.End(reason);
    }

    private void ReportIfScanning(string path, IReadOnlyDictionary<string, VariantValue> device)
    {
        var adapter = _scanAdapter;
        if (adapter is null || device.Path("Adapter") != adapter || device.String("Address") is not { } address)
            return;
        AdvertisementReceived?.Invoke(new BleAdvertisement(
            address,
            // Name is what the device advertised; Alias falls back to a made-up "AA-BB-…" that matches nothing.
            device.String("Name") ?? "",
            device.Int16("RSSI"),
            device.Uuids("UUIDs"),
            device.ManufacturerData()));
    }

    private (string Path, IReadOnlyDictionary<string, VariantValue> Properties)? FindAdapter()
    {
        var adapters = _objects.WithInterface(BlueZNames.Adapter);
        if (string.IsNullOrWhiteSpace(options.Adapter))
            return adapters.Count > 0 ? adapters[0] : null;
        var wanted = options.Adapter.Trim();
        var match = adapters.FirstOrDefault(a => a.Path.EndsWith("/" + wanted, StringComparison.Ordinal)
            || string.Equals(a.Properties.String("Address"), wanted, StringComparison.OrdinalIgnoreCase));
        return match.Path is null ? null : match;
    }

    private static string Describe(string path, IReadOnlyDictionary<string, VariantValue> properties) =>
        $"{path[(path.LastIndexOf('/') + 1)..]} ({properties.String("Address") ?? "no address"})";
}
