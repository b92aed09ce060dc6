using System.Collections.Concurrent;
using ButtplugHost.Plugins.Hid.Os;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Hid.Bus;

/// <summary>
/// The HID bus. While a scan runs, the OS's HID nodes are listed every
/// <see cref="HidOptions.RescanIntervalMs"/>; a node whose vendor/product id some protocol declares is
/// reported (no other node is ever opened), so a device plugged in during a scan is found without a
/// restart, and an unplugged one disconnects (its reader fails). A node that exists but cannot be opened
/// is logged once, with the udev rule that fixes it, until it is unplugged. A device the host watches
/// for (it went away) is looked for every <see cref="HidOptions.WatchIntervalMs"/>, also without a scan,
/// and reported when its node is back.
/// </summary>
public sealed class HidTransport : ITransport, IWatchingTransport
{
    private readonly IHidBus _bus;
    private readonly ILogger _logger;
    private readonly HidOptions _options = new();
    private readonly string? _configurationError;
    private readonly ConcurrentDictionary<string, HidDeviceInfo> _seen = new();
    private readonly ConcurrentDictionary<string, HidHardware> _open = new();
    private readonly HashSet<string> _refused = [];
    private readonly object _gate = new();
    private CancellationTokenSource? _scan;
    private Task _scanLoop = Task.CompletedTask;
    private ITransportHost? _host;
    private string? _unsupported;
    private readonly CancellationTokenSource _stopping = new();
    private readonly PresenceWatch _watch;

    /// <summary>Creates the transport for this system's HID layer, configured from the <c>Hid</c> section.</summary>
    public HidTransport(PluginContext context) : this(context, HidBuses.ForThisSystem()) { }

    internal HidTransport(PluginContext context, IHidBus bus)
    {
        _bus = bus;
        _logger = context.LoggerFactory.CreateLogger("ButtplugHost.Plugins.Hid");
        try
        {
            context.Configuration.GetSection(HidOptions.Section).Bind(_options);
        }
        catch (InvalidOperationException e)
        {
            _configurationError = e.Message;
        }
        _watch = new PresenceWatch(() => Refresh().Select(HidAddress.Of), address => _open.ContainsKey(address), TimeSpan.FromMilliseconds(_options.WatchIntervalMs), _logger);
    }

    /// <inheritdoc/>
    public string Name => "hid";

    /// <inheritdoc/>
    public Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        _host = host;
        if (_configurationError is not null)
            _unsupported = $"invalid {HidOptions.Section} configuration: {_configurationError}";
        else if (!_options.Enabled)
            _unsupported = $"disabled in configuration ({HidOptions.Section}:Enabled is false)";
        else if (!_bus.IsSupported(out var reason))
            _unsupported = reason;
        if (_unsupported is not null)
            host.ReportUnavailable(_unsupported);
        else
            _logger.LogDebug("HID transport on {Bus}: {Count} vendor/product pair(s) known", _bus.Name, WantedIds.From(host.Specifiers).Count);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartScanningAsync(CancellationToken cancellationToken)
    {
        var host = _host ?? throw new InvalidOperationException("Not started.");
        if (_unsupported is not null)
        {
            host.ScanningFinished();
            return Task.CompletedTask;
        }
        lock (_gate)
        {
            if (_scan is not null)
                return Task.CompletedTask;
            _scan = new CancellationTokenSource();
            _scanLoop = Task.Run(() => ScanLoopAsync(host, _scan.Token), CancellationToken.None);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task StopScanningAsync(CancellationToken cancellationToken)
    {
        CancellationTokenSource? scan;
        Task loop;
        lock (_gate)
        {
            scan = _scan;
            loop = _scanLoop;
            _scan = null;
        }
        if (scan is null)
            return;
        await scan.CancelAsync();
        await loop;
        scan.Dispose();
        _host?.ScanningFinished();
    }

    /// <inheritdoc/>
    public async Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken)
    {
        if (!_seen.TryGetValue(identity.Address, out var node))
        {
            Refresh();
            if (!_seen.TryGetValue(identity.Address, out node))
                throw new HardwareException($"HID device {identity.Name} ({identity.Address}) is no longer plugged in.");
        }
        if (_open.TryGetValue(identity.Address, out var existing) && !existing.IsClosed)
            throw new HardwareException($"HID device {identity.Name} ({identity.Address}) is already connected.");
        IHidDevice device;
        try
        {
            device = await Task.Run(() => _bus.Open(node), cancellationToken);
        }
        catch (HidOpenException e)
        {
            if (e.AccessDenied)
                LogRefused(node);
            throw new HardwareException($"HID device {node.Name} ({node.VendorId:x4}:{node.ProductId:x4}): {e.Message}" +
                (e.AccessDenied ? $"; to allow it, {_bus.AccessAdvice(node)}" : ""), e);
        }
        var hardware = new HidHardware(identity, device, _logger);
        _open[identity.Address] = hardware;
        hardware.Disconnected += (_, _) => _open.TryRemove(new KeyValuePair<string, HidHardware>(identity.Address, hardware));
        _logger.LogInformation("Opened HID device {Name} ({Vendor:x4}:{Product:x4}) at {Path}", node.Name, node.VendorId, node.ProductId, node.Path);
        return hardware;
    }

    /// <inheritdoc/>
    public void Watch(DeviceIdentity identity)
    {
        if (_unsupported is null && _host is { } host)
            _watch.Watch(host, identity);
    }

    /// <inheritdoc/>
    public void Unwatch(string address) => _watch.Unwatch(address);

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _watch.StopAsync();
        await StopScanningAsync(cancellationToken);
        foreach (var hardware in _open.Values.ToArray())
            await hardware.DisconnectAsync();
    }

    private async Task ScanLoopAsync(ITransportHost host, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var node in Refresh())
                {
                    var address = HidAddress.Of(node);
                    if (_open.ContainsKey(address))
                        continue;
                    if (!_bus.CanOpen(node))
                    {
                        LogRefused(node);
                        continue;
                    }
                    host.DeviceFound(new DeviceIdentity
                    {
                        Transport = Name,
                        Bus = BusKind.Hid,
                        Address = address,
                        Name = node.Name,
                        VendorId = node.VendorId,
                        ProductId = node.ProductId,
                    });
                }
                await Task.Delay(Math.Max(_options.RescanIntervalMs, 50), stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Scan stopped.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "HID scan failed");
        }
    }

    // Lists the nodes some protocol wants, one per address (a device with several HID interfaces has
    // several nodes: the first wins), and forgets refusals of nodes that are gone.
    private List<HidDeviceInfo> Refresh()
    {
        var wanted = WantedIds.From(_host?.Specifiers ?? []);
        var nodes = _bus.Enumerate();
        var result = new List<HidDeviceInfo>();
        var addresses = new HashSet<string>();
        foreach (var node in nodes)
        {
            if (!wanted.Contains((node.VendorId, node.ProductId)))
                continue;
            var address = HidAddress.Of(node);
            if (!addresses.Add(address))
                continue;
            _seen[address] = node;
            result.Add(node);
        }
        foreach (var gone in _seen.Keys.Where(a => !addresses.Contains(a)).ToList())
            _seen.TryRemove(gone, out _);
        lock (_refused)
            _refused.IntersectWith(nodes.Select(n => n.Path));
        return result;
    }

    private void LogRefused(HidDeviceInfo node)
    {
        lock (_refused)
        {
            if (!_refused.Add(node.Path))
                return;
        }
        _logger.LogWarning("HID device {Name} ({Vendor:x4}:{Product:x4}) is plugged in at {Path} but cannot be opened (permission denied). To allow it, {Advice}.",
            node.Name, node.VendorId, node.ProductId, node.Path, _bus.AccessAdvice(node));
    }
}
