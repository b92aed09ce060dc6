using ButtplugHost.Plugins.BluetoothLE.Core;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>
/// Bluetooth LE on any system, over the OS adapter chosen for it (<see cref="BleAdapters"/>): reports
/// advertisements the loaded definitions claim, connects and maps GATT characteristics to endpoints,
/// and follows the OS stack coming and going — reported to the host as unavailable (once per reason,
/// with the fix) and available again, never thrown at it. While the host watches for devices that went
/// away, the adapter keeps discovering in the background (no client scan needed) and only the watched
/// addresses are reported.
/// </summary>
public sealed class BluetoothLETransport : ITransport, IWatchingTransport
{
    /// <summary>The transport's name.</summary>
    public const string TransportName = "btle";

    private readonly ILogger _logger;
    private readonly BluetoothLEOptions _options;
    private readonly IBleAdapter _adapter;
    private readonly AdapterWatch _watch;
    private readonly object _gate = new();
    private readonly Dictionary<string, BleHardware?> _devices = new(StringComparer.OrdinalIgnoreCase);
    private ITransportHost? _host;
    private string? _reportedUnavailable;
    private bool _scanning;
    // The adapter discovers for watched devices although no client scan runs.
    private bool _background;
    private readonly Dictionary<string, DeviceIdentity> _watched = new(StringComparer.OrdinalIgnoreCase);
    private bool _started;

    /// <summary>Creates the transport from the <c>BluetoothLE</c> configuration section, with this system's adapter.</summary>
    public BluetoothLETransport(PluginContext context)
        : this(Options(context), context.LoggerFactory.CreateLogger("ButtplugHost.Plugins.BluetoothLE"), adapter: null)
    {
    }

    internal BluetoothLETransport(BluetoothLEOptions options, ILogger logger, IBleAdapter? adapter)
    {
        _options = options;
        _logger = logger;
        _adapter = adapter ?? BleAdapters.For(options, logger);
        _watch = new AdapterWatch(_adapter, TimeSpan.FromSeconds(Math.Max(0.05, options.RetrySeconds)), OnAvailabilityChanged);
    }

    /// <inheritdoc/>
    public string Name => TransportName;

    /// <summary>True while the OS stack can scan and connect.</summary>
    public bool IsAvailable => _started && _watch.Current.IsAvailable;

    /// <summary>Why Bluetooth LE cannot be used right now (null while it can).</summary>
    public string? UnavailableReason => IsAvailable ? null : _options.Enabled ? _watch.Current.Description : DisabledReason;

    private static string DisabledReason => $"disabled in configuration ({BluetoothLEOptions.Section}:Enabled = false)";

    /// <inheritdoc/>
    public async Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        _host = host;
        if (!_options.Enabled)
        {
            host.ReportUnavailable(DisabledReason);
            return;
        }
        _adapter.AdvertisementReceived += OnAdvertisement;
        _started = true;
        await _watch.StartAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task StartScanningAsync(CancellationToken cancellationToken)
    {
        var host = _host ?? throw new InvalidOperationException("The transport has not been started.");
        if (!IsAvailable)
        {
            _logger.LogWarning("Bluetooth LE cannot scan: {Reason}", UnavailableReason);
            host.ScanningFinished();
            return;
        }
        lock (_gate)
        {
            if (_scanning)
                return;
            _scanning = true;
        }
        try
        {
            await _adapter.StartScanAsync(ScanFilter.ServicesFor(host.Specifiers), cancellationToken);
            _logger.LogInformation("Bluetooth LE: scanning ({Adapter})", _watch.Current.Description);
        }
        catch (Exception e) when (e is BleException or OperationCanceledException)
        {
            _logger.LogWarning("Bluetooth LE cannot scan: {Error}", e.Message);
            EndScan();
            _watch.Poke();
        }
    }

    /// <inheritdoc/>
    public async Task StopScanningAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_scanning)
                return;
            if (_watched.Count > 0)
            {
                // Devices are watched: the adapter goes on discovering for them.
                _background = true;
                _scanning = false;
            }
        }
        if (_background)
        {
            _logger.LogInformation("Bluetooth LE: scanning stopped; discovery goes on for {Count} device(s) that went away", WatchedCount());
            _host?.ScanningFinished();
            return;
        }
        try
        {
            await _adapter.StopScanAsync(cancellationToken);
        }
        catch (BleException e)
        {
            _logger.LogDebug("Bluetooth LE: stopping the scan: {Error}", e.Message);
        }
        _logger.LogInformation("Bluetooth LE: scanning stopped");
        EndScan();
    }

    /// <inheritdoc/>
    public void Watch(DeviceIdentity identity)
    {
        lock (_gate)
        {
            _watched[identity.Address] = identity;
            if (_scanning || _background || !IsAvailable)
                return;
            _background = true;
        }
        _ = StartBackgroundAsync();
    }

    /// <inheritdoc/>
    public void Unwatch(string address)
    {
        lock (_gate)
        {
            if (!_watched.Remove(address) || _watched.Count > 0 || !_background)
                return;
            _background = false;
            if (_scanning)
                return;
        }
        _ = StopBackgroundAsync();
    }

    /// <inheritdoc/>
    public async Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken)
    {
        if (specifier.Btle is not { } btle)
            throw new HardwareException($"The specifier for {identity.Address} is not a Bluetooth LE one.");
        if (!IsAvailable)
            throw new HardwareException($"Bluetooth LE is not available: {UnavailableReason}");
        lock (_gate)
        {
            if (!_devices.TryAdd(identity.Address, null))
                throw new HardwareException($"{identity.Address} is already connected or connecting.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, _options.ConnectTimeoutSeconds)));
        IBleConnection? connection = null;
        try
        {
            _logger.LogInformation("Bluetooth LE: connecting to {Name} ({Address})", identity.Name, identity.Address);
            connection = await _adapter.ConnectAsync(identity.Address, timeout.Token);
            var (endpoints, found) = GattEndpointMap.Build(connection.Characteristics, btle);
            if (endpoints.Count == 0)
            {
                throw new HardwareException($"{identity.Address} has none of the expected GATT services/characteristics " +
                    $"(expected services: {string.Join(", ", btle.Services.Keys)}; found: {(found.Count == 0 ? "none" : string.Join(", ", found))}).");
            }
            var hardware = new BleHardware(identity, connection, endpoints, _logger, Forget);
            lock (_gate)
                _devices[identity.Address] = hardware;
            hardware.Attach();
            _logger.LogInformation("Bluetooth LE: connected to {Name} ({Address}), endpoints {Endpoints}",
                identity.Name, identity.Address, string.Join(", ", endpoints.Keys.Order(StringComparer.Ordinal)));
            return hardware;
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                if (_devices.TryGetValue(identity.Address, out var entry) && entry is null)
                    _devices.Remove(identity.Address);
            }
            if (connection is not null)
            {
                try { await connection.DisconnectAsync(); }
                catch (BleException inner) { _logger.LogDebug("Bluetooth LE: disconnect after a failed connection: {Error}", inner.Message); }
            }
            throw e switch
            {
                HardwareException => e,
                OperationCanceledException when !cancellationToken.IsCancellationRequested =>
                    new HardwareException($"Connecting to {identity.Address} timed out after {_options.ConnectTimeoutSeconds} s.", e),
                OperationCanceledException => e,
                _ => new HardwareException($"Connecting to {identity.Address} failed: {e.Message}", e),
            };
        }
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_started)
            return;
        _started = false;
        await StopScanningAsync(cancellationToken);
        foreach (var hardware in Connected())
            await hardware.DisconnectAsync();
        await _watch.DisposeAsync();
        _adapter.AdvertisementReceived -= OnAdvertisement;
        await _adapter.DisposeAsync();
    }

    private async Task StartBackgroundAsync()
    {
        try
        {
            await _adapter.StartScanAsync(ScanFilter.ServicesFor(_host!.Specifiers), CancellationToken.None);
            _logger.LogInformation("Bluetooth LE: discovering in the background for {Count} device(s) that went away", WatchedCount());
        }
        catch (Exception e) when (e is BleException or OperationCanceledException)
        {
            lock (_gate)
                _background = false;
            _logger.LogWarning("Bluetooth LE cannot discover in the background: {Error}", e.Message);
            _watch.Poke();
        }
    }

    private async Task StopBackgroundAsync()
    {
        try
        {
            await _adapter.StopScanAsync(CancellationToken.None);
            _logger.LogInformation("Bluetooth LE: background discovery stopped (no device is missing)");
        }
        catch (BleException e)
        {
            _logger.LogDebug("Bluetooth LE: stopping background discovery: {Error}", e.Message);
        }
    }

    private int WatchedCount()
    {
        lock (_gate)
            return _watched.Count;
    }

    private static BluetoothLEOptions Options(PluginContext context)
    {
        var options = new BluetoothLEOptions();
        context.Configuration.GetSection(BluetoothLEOptions.Section).Bind(options);
        return options;
    }

    private void OnAvailabilityChanged(BleAvailability? previous, BleAvailability current)
    {
        var host = _host!;
        if (current.IsAvailable)
        {
            _logger.LogInformation("Bluetooth LE ({Stack}) is ready: {What}", _adapter.Name, current.Description);
            if (Interlocked.Exchange(ref _reportedUnavailable, null) is not null)
                host.ReportAvailable();
            bool resume;
            lock (_gate)
            {
                resume = _watched.Count > 0 && !_scanning && !_background;
                _background |= resume;
            }
            if (resume)
                _ = StartBackgroundAsync();
            return;
        }
        // The host logs each report; report a reason once, not on every retry.
        if (Interlocked.Exchange(ref _reportedUnavailable, current.Description) != current.Description)
            host.ReportUnavailable(current.Description);
        if (previous is { IsAvailable: true })
        {
            lock (_gate)
                _background = false;
            EndScan();
            foreach (var hardware in Connected())
                hardware.Gone($"Bluetooth LE became unavailable: {current.Description}");
        }
    }

    private void OnAdvertisement(BleAdvertisement advertisement)
    {
        var host = _host;
        lock (_gate)
        {
            if (host is null)
                return;
            // Outside a client scan only the devices the host watches for are reported.
            if (!_scanning && !(_background && _watched.ContainsKey(advertisement.Address)))
                return;
        }
        if (!AdvertisementMatcher.IsClaimed(advertisement, host.Specifiers))
            return;
        host.DeviceFound(new DeviceIdentity
        {
            Transport = TransportName,
            Bus = BusKind.BluetoothLE,
            Address = advertisement.Address,
            Name = advertisement.Name,
            Rssi = advertisement.Rssi,
            AdvertisedServices = advertisement.Services,
            ManufacturerData = advertisement.ManufacturerData,
        });
    }

    private void EndScan()
    {
        lock (_gate)
        {
            if (!_scanning)
                return;
            _scanning = false;
        }
        _host?.ScanningFinished();
    }

    private void Forget(BleHardware hardware)
    {
        lock (_gate)
        {
            if (_devices.TryGetValue(hardware.Identity.Address, out var current) && current == hardware)
                _devices.Remove(hardware.Identity.Address);
        }
    }

    private List<BleHardware> Connected()
    {
        lock (_gate)
            return _devices.Values.OfType<BleHardware>().ToList();
    }
}
