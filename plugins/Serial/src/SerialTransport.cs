using System.Collections.Concurrent;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Serial;

/// <summary>
/// Serial ports. A scan reports every port path (name = address = the path) and lists them again
/// every <see cref="SerialOptions.RescanIntervalMs"/> until stopped, so a re-plugged adapter is found
/// again. Ports are only listed, never opened, until the host connects one: it does so when a
/// protocol's <c>serial</c> specifier names the port (the user assigns ports to protocols), and the
/// port is opened with that specifier's settings. A port whose device went away is looked for every
/// <see cref="SerialOptions.WatchIntervalMs"/> while the host watches for it, and reported when it is back.
/// </summary>
public sealed class SerialTransport : ITransport, IWatchingTransport
{
    private readonly ILogger _logger;
    private readonly SerialOptions _options = new();
    private readonly string? _configurationError;
    private readonly SerialPortLister _lister;
    private readonly ConcurrentDictionary<string, SerialHardware> _open = new();
    private readonly object _gate = new();
    private CancellationTokenSource? _scan;
    private Task _scanLoop = Task.CompletedTask;
    private ITransportHost? _host;
    private readonly CancellationTokenSource _stopping = new();
    private readonly PresenceWatch _watch;

    /// <summary>Creates the transport from the <c>Serial</c> configuration section.</summary>
    public SerialTransport(PluginContext context) : this(context, SerialPortLister.ByIdDirectory) { }

    internal SerialTransport(PluginContext context, string byIdDirectory, Func<IEnumerable<string>>? portNames = null)
    {
        _logger = context.LoggerFactory.CreateLogger("ButtplugHost.Plugins.Serial");
        try
        {
            context.Configuration.GetSection(SerialOptions.Section).Bind(_options);
        }
        catch (InvalidOperationException e)
        {
            _configurationError = e.Message;
        }
        _lister = new SerialPortLister(_options.Ports, byIdDirectory, portNames);
        _watch = new PresenceWatch(() => _lister.List(), port => _open.ContainsKey(port), TimeSpan.FromMilliseconds(_options.WatchIntervalMs), _logger);
    }

    /// <inheritdoc/>
    public string Name => "serial";

    /// <inheritdoc/>
    public Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        _host = host;
        if (_configurationError is not null)
            host.ReportUnavailable($"invalid {SerialOptions.Section} configuration: {_configurationError}");
        else if (!_options.Enabled)
            host.ReportUnavailable($"disabled in configuration ({SerialOptions.Section}:Enabled is false)");
        else
            _logger.LogInformation("Serial transport: {Count} configured port(s) besides enumerated ones", _options.Ports.Count);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartScanningAsync(CancellationToken cancellationToken)
    {
        var host = _host ?? throw new InvalidOperationException("Not started.");
        if (_configurationError is not null || !_options.Enabled)
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
        var serial = specifier.Serial
            ?? throw new HardwareException($"Serial port {identity.Address} can only be connected with a serial specifier.");
        var settings = SerialSettings.From(serial);
        if (_open.TryGetValue(identity.Address, out var existing) && !existing.IsClosed)
            throw new HardwareException($"Serial port {identity.Address} is already connected.");
        var hardware = await SerialHardware.OpenAsync(identity, settings, _logger, cancellationToken);
        _open[identity.Address] = hardware;
        hardware.Disconnected += (_, _) => _open.TryRemove(new KeyValuePair<string, SerialHardware>(identity.Address, hardware));
        _logger.LogInformation("Opened serial port {Port} ({Settings})", identity.Address, settings);
        return hardware;
    }

    /// <inheritdoc/>
    public void Watch(DeviceIdentity identity)
    {
        if (_host is { } host)
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
        // Snapshot: a disconnect removes the port from _open. Stopping waits until every handle is
        // really released (bounded by the caller's token), so a restarted server can open the port again.
        var open = _open.Values.ToArray();
        foreach (var hardware in open)
            await hardware.DisconnectAsync();
        await Task.WhenAll(open.Select(h => h.Released)).WaitAsync(cancellationToken);
    }

    private async Task ScanLoopAsync(ITransportHost host, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var port in _lister.List())
                {
                    // A port we hold open is known to the host already.
                    if (!_open.ContainsKey(port))
                        host.DeviceFound(new DeviceIdentity { Transport = Name, Bus = BusKind.Serial, Address = port, Name = port });
                }
                await Task.Delay(Math.Max(_options.RescanIntervalMs, 100), stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Scan stopped.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Serial port scan failed");
        }
    }
}
