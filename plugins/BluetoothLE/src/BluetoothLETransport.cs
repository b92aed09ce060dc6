using System.Collections.Concurrent;
using ButtplugHost.DBus;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>
/// Bluetooth LE on Linux through BlueZ over the system D-Bus. Discovery reports every device the
/// adapter sees (the host does the matching); connecting maps the matched specifier's GATT services
/// to endpoints. Faults of the platform (no bus, no BlueZ, no adapter, adapter off) are logged and
/// reported, never thrown at the host.
/// </summary>
public sealed class BluetoothLETransport : ITransport
{
    /// <summary>The transport's name.</summary>
    public const string TransportName = "btle";

    private static readonly string[] AdvertisementProperties = ["Name", "Alias", "RSSI", "ManufacturerData", "UUIDs", "ServiceData"];

    private readonly ILogger _logger;
    private readonly BluetoothLEOptions _options = new();
    private readonly BlueZObjectCache _cache = new();
    private readonly ConcurrentDictionary<ObjectPath, BluetoothLEHardware> _devices = new();
    private readonly List<IAsyncDisposable> _subscriptions = [];
    private readonly object _gate = new();
    private ITransportHost? _host;
    private DBusConnection? _bus;
    private ObjectPath? _scanAdapter;
    private bool _stopping;

    /// <summary>Creates the transport from the <c>BluetoothLE</c> configuration section.</summary>
    public BluetoothLETransport(PluginContext context)
    {
        _logger = context.LoggerFactory.CreateLogger("ButtplugHost.Plugins.BluetoothLE");
        context.Configuration.GetSection(BluetoothLEOptions.Section).Bind(_options);
    }

    /// <inheritdoc/>
    public string Name => TransportName;

    /// <summary>True once connected to BlueZ and until the bus connection is lost or the transport stopped.</summary>
    public bool IsAvailable => _bus is { IsConnected: true };

    private string BusAddress => string.IsNullOrWhiteSpace(_options.BusAddress) ? DBusAddress.System : _options.BusAddress;

    /// <inheritdoc/>
    public async Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        _host = host;
        if (!_options.Enabled)
        {
            Unavailable($"disabled in configuration ({BluetoothLEOptions.Section}:Enabled = false)");
            return;
        }
        DBusConnection bus;
        try
        {
            bus = await DBusConnection.ConnectAsync(BusAddress, cancellationToken);
        }
        catch (Exception e) when (e is DBusConnectionException or FormatException or DBusErrorException)
        {
            Unavailable($"cannot use the D-Bus system bus at '{BusAddress}': {e.Message}");
            return;
        }
        try
        {
            // Subscribe before reading the tree, so no change falls between the two.
            _subscriptions.Add(await bus.SubscribeAsync(InterfacesAdded.Rule(BlueZ.Service), OnSignal, cancellationToken));
            _subscriptions.Add(await bus.SubscribeAsync(InterfacesRemoved.Rule(BlueZ.Service), OnSignal, cancellationToken));
            _subscriptions.Add(await bus.SubscribeAsync(PropertiesChanged.Rule(BlueZ.Service, new ObjectPath("/org/bluez")), OnSignal, cancellationToken));
            if (!await bus.NameHasOwnerAsync(BlueZ.Service, cancellationToken))
            {
                await bus.DisposeAsync();
                Unavailable($"BlueZ (bluetoothd, {BlueZ.Service}) is not running on the system bus at '{BusAddress}'");
                return;
            }
            _cache.Load(await bus.GetManagedObjectsAsync(BlueZ.Service, ObjectPath.Root, cancellationToken));
        }
        catch (Exception e) when (e is DBusErrorException or DBusConnectionException or InvalidDataException)
        {
            await bus.DisposeAsync();
            Unavailable($"cannot talk to BlueZ: {e.Message}");
            return;
        }
        bus.Closed += OnBusClosed;
        bus.HandlerFailed += (_, e) => _logger.LogError(e, "Bluetooth LE: error while handling a BlueZ signal");
        _bus = bus;
        var adapters = _cache.WithInterface(BlueZ.Adapter);
        _logger.LogInformation("Bluetooth LE: BlueZ found; adapters: {Adapters}",
            adapters.Count == 0 ? "none" : string.Join(", ", adapters.Select(a => $"{a.Path} ({a.Properties.String("Address")}, {(a.Properties.Bool("Powered") ? "on" : "off")})")));
    }

    /// <inheritdoc/>
    public async Task StartScanningAsync(CancellationToken cancellationToken)
    {
        var host = _host ?? throw new InvalidOperationException("The transport has not been started.");
        if (_bus is not { IsConnected: true } bus)
        {
            _logger.LogWarning("Bluetooth LE: cannot scan, BlueZ is not available");
            host.ScanningFinished();
            return;
        }
        var adapter = FindAdapter();
        if (adapter is null)
        {
            _logger.LogWarning("Bluetooth LE: cannot scan, {What}", string.IsNullOrWhiteSpace(_options.Adapter)
                ? "no Bluetooth adapter found"
                : $"Bluetooth adapter '{_options.Adapter}' not found");
            host.ScanningFinished();
            return;
        }
        if (!adapter.Properties.Bool("Powered"))
        {
            _logger.LogWarning("Bluetooth LE: cannot scan, adapter {Adapter} is powered off (turn it on, e.g. 'bluetoothctl power on')", adapter.Path);
            host.ScanningFinished();
            return;
        }
        lock (_gate)
        {
            if (_scanAdapter is not null)
                return;
        }
        try
        {
            var filter = DiscoveryFilter.For(host.Specifiers);
            await bus.CallMethodAsync(BlueZ.Service, adapter.Path, BlueZ.Adapter, "SetDiscoveryFilter", "a{sv}", [filter], cancellationToken);
        }
        catch (DBusErrorException e)
        {
            _logger.LogWarning("Bluetooth LE: discovery filter refused ({Error}); scanning unfiltered", e.Message);
        }
        try
        {
            await bus.CallMethodAsync(BlueZ.Service, adapter.Path, BlueZ.Adapter, "StartDiscovery", cancellationToken);
        }
        catch (DBusErrorException e) when (e.ErrorName != "org.bluez.Error.InProgress")
        {
            _logger.LogWarning("Bluetooth LE: StartDiscovery on {Adapter} failed: {Error}", adapter.Path, e.Message);
            host.ScanningFinished();
            return;
        }
        catch (DBusConnectionException e)
        {
            _logger.LogWarning("Bluetooth LE: StartDiscovery failed: {Error}", e.Message);
            host.ScanningFinished();
            return;
        }
        lock (_gate)
            _scanAdapter = adapter.Path;
        _logger.LogInformation("Bluetooth LE: scanning on {Adapter}", adapter.Path);
        // BlueZ keeps devices seen before; report them as well, the host drops duplicates.
        foreach (var device in _cache.WithInterface(BlueZ.Device))
            ReportIfScanning(device.Path, device.Properties);
    }

    /// <inheritdoc/>
    public async Task StopScanningAsync(CancellationToken cancellationToken)
    {
        ObjectPath adapter;
        lock (_gate)
        {
            if (_scanAdapter is not { } scanning)
                return;
            adapter = scanning;
            _scanAdapter = null;
        }
        if (_bus is { IsConnected: true } bus)
        {
            try
            {
                await bus.CallMethodAsync(BlueZ.Service, adapter, BlueZ.Adapter, "StopDiscovery", cancellationToken);
            }
            catch (Exception e) when (e is DBusErrorException or DBusConnectionException)
            {
                _logger.LogDebug("Bluetooth LE: StopDiscovery: {Error}", e.Message);
            }
        }
        _logger.LogInformation("Bluetooth LE: scanning stopped");
        _host?.ScanningFinished();
    }

    /// <inheritdoc/>
    public async Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken)
    {
        if (_bus is not { IsConnected: true } bus)
            throw new HardwareException("Bluetooth LE is not available (BlueZ is not reachable).");
        if (specifier.Btle is not { } btle)
            throw new HardwareException($"The specifier for {identity.Address} is not a Bluetooth LE one.");
        var device = _cache.WithInterface(BlueZ.Device).FirstOrDefault(d =>
            string.Equals(d.Properties.String("Address"), identity.Address, StringComparison.OrdinalIgnoreCase))
            ?? throw new HardwareException($"BlueZ does not know the device {identity.Address} (any more).");

        var hardware = new BluetoothLEHardware(bus, identity, device.Path, _logger, h => _devices.TryRemove(new(h.DevicePath, h)));
        if (!_devices.TryAdd(device.Path, hardware))
            throw new HardwareException($"{identity.Address} is already connected or connecting.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, _options.ConnectTimeoutSeconds)));
        try
        {
            _logger.LogInformation("Bluetooth LE: connecting to {Name} ({Address})", identity.Name, identity.Address);
            var state = _cache.Properties(device.Path, BlueZ.Device);
            if (state is null || !state.Bool("Connected"))
                await bus.CallMethodAsync(BlueZ.Service, device.Path, BlueZ.Device, "Connect", timeout.Token);
            if (_cache.Properties(device.Path, BlueZ.Device)?.Bool("ServicesResolved") == true)
                hardware.MarkResolved();
            await hardware.ServicesResolved.WaitAsync(timeout.Token);

            var objects = await bus.GetManagedObjectsAsync(BlueZ.Service, ObjectPath.Root, timeout.Token);
            var (endpoints, found) = GattEndpointMap.Build(objects, device.Path, btle);
            if (endpoints.Count == 0)
            {
                throw new HardwareException($"{identity.Address} has none of the expected GATT services/characteristics " +
                    $"(expected services: {string.Join(", ", btle.Services.Keys)}; found: {(found.Count == 0 ? "none" : string.Join(", ", found))}).");
            }
            hardware.Ready(endpoints);
            _logger.LogInformation("Bluetooth LE: connected to {Name} ({Address}), endpoints {Endpoints}",
                identity.Name, identity.Address, string.Join(", ", endpoints.Keys));
            return hardware;
        }
        catch (Exception e)
        {
            await AbandonAsync(bus, hardware);
            throw e switch
            {
                HardwareException => e,
                DBusErrorException d => new HardwareException($"Connecting to {identity.Address} failed: {d.ErrorName}: {d.ErrorMessage}", d),
                DBusConnectionException c => new HardwareException($"Connecting to {identity.Address} failed: the D-Bus connection is lost.", c),
                OperationCanceledException when !cancellationToken.IsCancellationRequested =>
                    new HardwareException($"Connecting to {identity.Address} timed out after {_options.ConnectTimeoutSeconds} s.", e),
                _ => e,
            };
        }
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        await StopScanningAsync(cancellationToken);
        foreach (var hardware in _devices.Values)
            await hardware.DisconnectAsync();
        foreach (var subscription in _subscriptions)
            await subscription.DisposeAsync();
        _subscriptions.Clear();
        if (_bus is { } bus)
            await bus.DisposeAsync();
    }

    private async Task AbandonAsync(DBusConnection bus, BluetoothLEHardware hardware)
    {
        hardware.Gone("connection abandoned");
        try
        {
            await bus.CallMethodAsync(BlueZ.Service, hardware.DevicePath, BlueZ.Device, "Disconnect");
        }
        catch (Exception e) when (e is DBusErrorException or DBusConnectionException)
        {
            _logger.LogDebug("Bluetooth LE: disconnect after failed connection: {Error}", e.Message);
        }
    }

    private BlueZObject? FindAdapter()
    {
        var adapters = _cache.WithInterface(BlueZ.Adapter);
        if (string.IsNullOrWhiteSpace(_options.Adapter))
            return adapters.FirstOrDefault();
        var wanted = _options.Adapter.Trim();
        return adapters.FirstOrDefault(a =>
            a.Path.Value.EndsWith("/" + wanted, StringComparison.Ordinal)
            || string.Equals(a.Properties.String("Address"), wanted, StringComparison.OrdinalIgnoreCase));
    }

    // Runs on the connection's dispatch task, one signal at a time, in bus order.
    private void OnSignal(Message message)
    {
        if (PropertiesChanged.TryParse(message) is { } changed)
        {
            _cache.Apply(changed);
            OnPropertiesChanged(changed);
        }
        else if (InterfacesAdded.TryParse(message) is { } added)
        {
            _cache.Apply(added);
            if (added.Interfaces.TryGetValue(BlueZ.Device, out var device))
                ReportIfScanning(added.Object, device);
        }
        else if (InterfacesRemoved.TryParse(message) is { } removed)
        {
            _cache.Apply(removed);
            OnInterfacesRemoved(removed);
        }
    }

    private void OnPropertiesChanged(PropertiesChanged changed)
    {
        switch (changed.Interface)
        {
            case BlueZ.Device:
                if (_devices.TryGetValue(changed.Path, out var hardware))
                    hardware.OnDeviceChanged(changed.Changed);
                if (changed.Changed.Keys.Any(AdvertisementProperties.Contains) && _cache.Properties(changed.Path, BlueZ.Device) is { } device)
                    ReportIfScanning(changed.Path, device);
                break;
            case BlueZ.GattCharacteristic when changed.Changed.Bytes("Value") is { } value:
                foreach (var candidate in _devices.Values)
                {
                    if (candidate.DevicePath.IsAncestorOf(changed.Path))
                        candidate.OnCharacteristicValue(changed.Path, value);
                }
                break;
            case BlueZ.Adapter when changed.Changed.TryGetValue("Powered", out var powered) && powered.Value is false:
                AdapterLost(changed.Path, "powered off");
                break;
        }
    }

    private void OnInterfacesRemoved(InterfacesRemoved removed)
    {
        if (removed.Interfaces.Contains(BlueZ.Device) && _devices.TryGetValue(removed.Object, out var hardware))
            hardware.Gone("BlueZ removed the device");
        if (removed.Interfaces.Contains(BlueZ.Adapter))
            AdapterLost(removed.Object, "removed");
    }

    private void AdapterLost(ObjectPath adapter, string how)
    {
        foreach (var hardware in _devices.Values.Where(h => adapter.IsAncestorOf(h.DevicePath)))
            hardware.Gone($"adapter {adapter} {how}");
        bool wasScanning;
        lock (_gate)
        {
            wasScanning = _scanAdapter == adapter;
            if (wasScanning)
                _scanAdapter = null;
        }
        if (wasScanning)
        {
            _logger.LogWarning("Bluetooth LE: adapter {Adapter} {How}; scanning ended", adapter, how);
            _host?.ScanningFinished();
        }
    }

    private void ReportIfScanning(ObjectPath path, IReadOnlyDictionary<string, Variant> device)
    {
        ObjectPath? adapter;
        lock (_gate)
            adapter = _scanAdapter;
        if (adapter is null || device.Path("Adapter") is not { } owner || owner != adapter)
            return;
        if (DeviceIdentities.From(device) is { } identity)
            _host?.DeviceFound(identity);
    }

    private void OnBusClosed(object? sender, EventArgs e)
    {
        if (_stopping)
            return;
        var reason = (sender as DBusConnection)?.CloseReason?.Message ?? "closed";
        _logger.LogWarning("Bluetooth LE: lost the D-Bus connection ({Reason})", reason);
        foreach (var hardware in _devices.Values)
            hardware.Gone("the D-Bus connection was lost");
        bool wasScanning;
        lock (_gate)
        {
            wasScanning = _scanAdapter is not null;
            _scanAdapter = null;
        }
        if (wasScanning)
            _host?.ScanningFinished();
        _host?.ReportUnavailable($"lost the D-Bus connection to BlueZ: {reason}");
    }

    private void Unavailable(string reason)
    {
        _logger.LogWarning("Bluetooth LE unavailable: {Reason}", reason);
        _host?.ReportUnavailable(reason);
    }
}
