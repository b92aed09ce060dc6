using System.Collections.Concurrent;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Simulated;

/// <summary>
/// A transport whose devices exist only in configuration. A scan reports every declared device and
/// finishes at once; connecting hands out a <see cref="MemoryHardware"/> that answers from the
/// device's script and traces every operation. Devices can appear and vanish while the server runs,
/// through the watched devices file or <see cref="AddDevice"/>/<see cref="RemoveDeviceAsync"/>.
/// </summary>
public sealed class SimulatedTransport : ITransport
{
    private readonly ILogger _logger;
    private readonly SimulatedOptions _options = new();
    private readonly TraceWriter? _trace;
    private readonly ConcurrentDictionary<string, SimulatedDeviceOptions> _configured = new();
    private readonly ConcurrentDictionary<string, SimulatedDeviceOptions> _fromFile = new();
    private readonly ConcurrentDictionary<string, MemoryHardware> _connected = new();
    private readonly CancellationTokenSource _stopping = new();
    private ITransportHost? _host;
    private Task? _watcher;
    private int _unavailable;

    /// <summary>Creates the transport from the <c>Simulated</c> configuration section.</summary>
    public SimulatedTransport(PluginContext context)
    {
        _logger = context.LoggerFactory.CreateLogger("ButtplugHost.Plugins.Simulated");
        context.Configuration.GetSection("Simulated").Bind(_options);
        foreach (var device in _options.Devices)
            _configured[AddressOf(device)] = device;
        if (!string.IsNullOrEmpty(_options.TraceFile))
            _trace = new TraceWriter(_options.TraceFile);
    }

    /// <inheritdoc/>
    public string Name => "simulated";

    /// <summary>Devices currently connected, by address: their recorded operations, for in-process tests.</summary>
    public IReadOnlyDictionary<string, MemoryHardware> Connected => _connected;

    /// <inheritdoc/>
    public Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        _host = host;
        if (!string.IsNullOrEmpty(_options.DevicesFile))
        {
            var watcher = new DevicesFileWatcher(_options.DevicesFile, _logger, OnDevicesFileChanged);
            watcher.Check();
            _watcher = Task.Run(() => watcher.RunAsync(_stopping.Token), CancellationToken.None);
        }
        _logger.LogInformation("Simulated transport: {Count} device(s) declared", AllDevices().Count);
        // Nothing declared and no devices file: a scan here can find nothing, so say so instead of passing for a bus.
        if (_watcher is null && AllDevices().Count == 0 && Interlocked.Exchange(ref _unavailable, 1) == 0)
            host.ReportUnavailable("no simulated devices declared (declare some with --config FILE, see docs/configuration.md)");
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartScanningAsync(CancellationToken cancellationToken)
    {
        var host = _host ?? throw new InvalidOperationException("Not started.");
        foreach (var device in AllDevices())
            host.DeviceFound(IdentityOf(device));
        host.ScanningFinished();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopScanningAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Adds a device at run time; it is reported at once, as a device switched on nearby would be.</summary>
    public void AddDevice(SimulatedDeviceOptions device)
    {
        _configured[AddressOf(device)] = device;
        if (Interlocked.Exchange(ref _unavailable, 0) == 1)
            _host?.ReportAvailable();
        _host?.DeviceFound(IdentityOf(device));
    }

    /// <summary>Makes a device vanish: it is forgotten and, if connected, disconnected.</summary>
    public async Task RemoveDeviceAsync(string address)
    {
        _configured.TryRemove(address, out _);
        _fromFile.TryRemove(address, out _);
        if (_connected.TryGetValue(address, out var hardware))
        {
            _logger.LogInformation("Simulated device {Address} vanished", address);
            await hardware.DisconnectAsync();
        }
    }

    /// <inheritdoc/>
    public Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken)
    {
        var options = AllDevices().FirstOrDefault(d => AddressOf(d) == identity.Address)
            ?? throw new HardwareException($"No simulated device at {identity.Address}.");
        var endpoints = options.Endpoints
            ?? specifier.Btle?.Services.Values.SelectMany(m => m.Keys).Distinct().ToList()
            ?? [Endpoints.Tx, Endpoints.Rx];
        var hardware = new MemoryHardware(identity, endpoints);
        foreach (var reply in options.Replies)
            hardware.AddReply(new ScriptedReply(reply.Endpoint, ByteText.Parse(reply.When), reply.ReplyEndpoint, ByteText.Parse(reply.Reply)));
        foreach (var (endpoint, value) in options.Reads)
            hardware.SetReadValue(endpoint, ByteText.Parse(value));
        if (_trace is { } trace)
            hardware.OperationRecorded += (_, op) => trace.Write(identity.Address, identity.Name, op);
        // After the trace, so a subscription is traced before what it provokes.
        SubscribeNotifier.Attach(hardware, options.SubscribeNotifications);
        hardware.Disconnected += (_, _) => _connected.TryRemove(identity.Address, out _);
        hardware.RecordConnect();
        _connected[identity.Address] = hardware;
        if (options.FlapAfterMs is > 0 and var ms)
        {
            Flapping.Start(hardware, TimeSpan.FromMilliseconds(ms), () => AllDevices().Any(d => AddressOf(d) == identity.Address),
                () => _connected.ContainsKey(identity.Address), () => _host?.DeviceFound(IdentityOf(options)), _stopping.Token);
        }
        return Task.FromResult<IHardware>(hardware);
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_watcher is not null)
        {
            try { await _watcher; } catch (OperationCanceledException) { }
        }
        foreach (var hardware in _connected.Values)
            await hardware.DisconnectAsync();
    }

    private void OnDevicesFileChanged(IReadOnlyList<SimulatedDeviceOptions> devices)
    {
        var now = devices.ToDictionary(AddressOf);
        foreach (var gone in _fromFile.Keys.Where(a => !now.ContainsKey(a)).ToList())
            _ = RemoveDeviceAsync(gone);
        foreach (var (address, device) in now)
        {
            if (_fromFile.TryAdd(address, device))
            {
                _logger.LogInformation("Simulated device {Name} ({Address}) appeared", device.Name, address);
                _host?.DeviceFound(IdentityOf(device));
            }
        }
    }

    private List<SimulatedDeviceOptions> AllDevices() => [.. _configured.Values, .. _fromFile.Values];

    private static string AddressOf(SimulatedDeviceOptions d) => d.Address ?? $"SIM:{d.Name}";

    private static DeviceIdentity IdentityOf(SimulatedDeviceOptions d) => new()
    {
        Transport = "simulated",
        Bus = d.Bus,
        Address = AddressOf(d),
        Name = d.Name,
        AdvertisedServices = d.AdvertisedServices,
        ManufacturerData = d.ManufacturerData.ToDictionary(kv => kv.Key, kv => Convert.FromHexString(kv.Value)),
        VendorId = d.VendorId,
        ProductId = d.ProductId,
    };
}
