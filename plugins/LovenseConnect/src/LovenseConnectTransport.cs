using System.Collections.Concurrent;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>
/// Toys paired with the Lovense Connect app, over the app's local HTTP API (reference: the Lovense
/// Connect service communication manager). Apps come from <c>LovenseConnect:Hosts</c> and, while
/// scanning with no app answering, from discovery. One loop asks every app <c>GET /GetToys</c> each
/// <see cref="LovenseConnectOptions.PollIntervalMs"/> while a scan runs or one of its toys is
/// connected: toys the app reports connected are found (while scanning), battery levels refreshed,
/// and a toy the app stops reporting connected — or every toy of an app that does not answer — is
/// disconnected. Idle (no scan, no toy) it sends nothing.
/// </summary>
public sealed class LovenseConnectTransport : ITransport
{
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly LovenseConnectOptions _options = new();
    private readonly string? _configurationError;
    private readonly ConcurrentDictionary<string, AppState> _apps = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string App, ConnectToy Toy)> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LovenseConnectHardware> _hardware = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _wakeGate = new();
    private CancellationTokenSource? _wake;
    private bool _wakePending;
    private volatile bool _scanning;
    private bool? _discoveryWorked;
    private DateTimeOffset _lastDiscovery = DateTimeOffset.MinValue;
    private ConnectApi? _api;
    private Task? _loop;
    private ITransportHost? _host;

    /// <summary>Creates the transport from the <c>LovenseConnect</c> configuration section.</summary>
    public LovenseConnectTransport(PluginContext context)
    {
        _logger = context.LoggerFactory.CreateLogger("ButtplugHost.Plugins.LovenseConnect");
        _time = context.Time;
        try
        {
            context.Configuration.GetSection(LovenseConnectOptions.Section).Bind(_options);
            _configurationError = _options.Problem();
        }
        catch (InvalidOperationException e)
        {
            _configurationError = e.Message;
        }
    }

    /// <inheritdoc/>
    public string Name => "lovense-connect";

    /// <inheritdoc/>
    public Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        _host = host;
        if (_configurationError is not null)
        {
            host.ReportUnavailable($"invalid {LovenseConnectOptions.Section} configuration: {_configurationError}");
            return Task.CompletedTask;
        }
        if (!_options.Enabled)
        {
            host.ReportUnavailable($"disabled in configuration (--use-lovense-connect or {LovenseConnectOptions.Section}:Enabled=true turns it on)");
            return Task.CompletedTask;
        }
        if (_options.Hosts.Count == 0 && _options.DiscoveryUrl.Length == 0)
        {
            host.ReportUnavailable($"no app to ask: {LovenseConnectOptions.Section}:Hosts is empty and discovery is off ({LovenseConnectOptions.Section}:DiscoveryUrl)");
            return Task.CompletedTask;
        }
        foreach (var configured in _options.Hosts)
        {
            // Checked by LovenseConnectOptions.Problem.
            if (AppAddress.TryParse(configured, out var address))
                _apps.TryAdd(address, new AppState(address, Configured: true));
        }
        _api = new ConnectApi(TimeSpan.FromMilliseconds(_options.RequestTimeoutMs));
        _logger.LogInformation("Lovense Connect: asking {Apps} every {Interval} ms while scanning or driving a toy",
            string.Join(", ", _options.Hosts.Append(_options.DiscoveryUrl.Length > 0 ? $"the apps {_options.DiscoveryUrl} names" : "").Where(s => s.Length > 0)), _options.PollIntervalMs);
        _loop = Task.Run(() => LoopAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartScanningAsync(CancellationToken cancellationToken)
    {
        _scanning = true;
        Wake();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopScanningAsync(CancellationToken cancellationToken)
    {
        _scanning = false;
        _host?.ScanningFinished();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken)
    {
        var api = _api ?? throw new HardwareException("The Lovense Connect transport is not running.");
        if (!_seen.TryGetValue(identity.Address, out var seen) || !seen.Toy.Connected)
            throw new HardwareException($"No Lovense Connect app reports {identity.Name} ({identity.Address}) connected.");
        var hardware = new LovenseConnectHardware(identity, seen.App, seen.Toy.Battery, api, _logger);
        if (_hardware.TryGetValue(identity.Address, out var older) && !older.IsClosed)
            throw new HardwareException($"Lovense Connect toy {identity.Name} ({identity.Address}) is already connected.");
        _hardware[identity.Address] = hardware;
        hardware.Disconnected += (_, _) => _hardware.TryRemove(new KeyValuePair<string, LovenseConnectHardware>(identity.Address, hardware));
        return Task.FromResult<IHardware>(hardware);
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
            await _loop.WaitAsync(cancellationToken);
        foreach (var hardware in _hardware.Values)
            hardware.Close();
        _api?.Dispose();
    }

    private async Task LoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var scanning = _scanning;
                if (scanning || !_hardware.IsEmpty)
                {
                    if (scanning)
                        await DiscoverIfNeededAsync(stopping);
                    foreach (var app in _apps.Values.ToList())
                        await PollAsync(app, scanning, stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Lovense Connect polling failed; trying again");
            }
            await SleepAsync(TimeSpan.FromMilliseconds(_options.PollIntervalMs), stopping);
        }
    }

    private async Task DiscoverIfNeededAsync(CancellationToken stopping)
    {
        if (_options.DiscoveryUrl.Length == 0 || _apps.Values.Any(a => a.Reachable == true))
            return;
        var now = _time.GetUtcNow();
        if (now - _lastDiscovery < TimeSpan.FromMilliseconds(_options.DiscoveryIntervalMs))
            return;
        _lastDiscovery = now;
        try
        {
            var found = await _api!.DiscoverAsync(_options.DiscoveryUrl, stopping);
            if (_discoveryWorked != true || found.Count > 0)
                _logger.LogInformation("Lovense Connect discovery ({Url}) names {Count} app(s){Apps}", _options.DiscoveryUrl, found.Count, found.Count > 0 ? ": " + string.Join(", ", found) : "");
            _discoveryWorked = true;
            foreach (var address in found)
                _apps.TryAdd(address, new AppState(address, Configured: false));
        }
        catch (AppUnreachableException e)
        {
            if (_discoveryWorked != false)
                _logger.LogWarning("Lovense Connect discovery ({Url}) failed: {Error}; trying again every {Interval} ms while scanning", _options.DiscoveryUrl, e.Message, _options.DiscoveryIntervalMs);
            _discoveryWorked = false;
        }
    }

    private async Task PollAsync(AppState app, bool scanning, CancellationToken stopping)
    {
        IReadOnlyList<ConnectToy> toys;
        try
        {
            toys = await _api!.GetToysAsync(app.Address, stopping);
        }
        catch (AppUnreachableException e)
        {
            var lost = _hardware.Values.Where(h => h.App == app.Address).ToList();
            if (app.Reachable != false)
                _logger.LogWarning("Lovense Connect app at {App} does not answer ({Error}){Lost}", app.Address, e.Message,
                    lost.Count > 0 ? $": disconnecting {string.Join(", ", lost.Select(h => h.Identity.Name))}" : "");
            app.Reachable = false;
            foreach (var (id, _) in _seen.Where(s => s.Value.App == app.Address).ToList())
                _seen.TryRemove(id, out _);
            foreach (var hardware in lost)
                hardware.Close();
            if (!app.Configured)
                _apps.TryRemove(new KeyValuePair<string, AppState>(app.Address, app));
            return;
        }
        if (app.Reachable != true)
            _logger.LogInformation("Lovense Connect app at {App} answers: {Toys}", app.Address,
                toys.Count == 0 ? "no toys" : string.Join(", ", toys.Select(t => $"{t.Name} {t.Id} ({(t.Connected ? "connected" : "not connected")}, battery {t.Battery} %)")));
        app.Reachable = true;

        foreach (var hardware in _hardware.Values.Where(h => h.App == app.Address).ToList())
        {
            var toy = toys.FirstOrDefault(t => t.Id == hardware.Identity.Address);
            if (toy is { Connected: true })
            {
                hardware.UpdateBattery(toy.Battery);
                continue;
            }
            _logger.LogInformation("Lovense Connect app at {App} {What} {Name} ({Id}): disconnected", app.Address,
                toy is null ? "no longer lists" : "reports not connected", hardware.Identity.Name, hardware.Identity.Address);
            hardware.Close();
        }
        foreach (var (id, _) in _seen.Where(s => s.Value.App == app.Address && !toys.Any(t => t.Id == s.Key)).ToList())
            _seen.TryRemove(id, out _);
        foreach (var toy in toys)
        {
            _seen[toy.Id] = (app.Address, toy);
            if (scanning && toy.Connected && !_hardware.ContainsKey(toy.Id))
                _host?.DeviceFound(IdentityOf(toy));
        }
    }

    private DeviceIdentity IdentityOf(ConnectToy toy) => new()
    {
        Transport = Name,
        Bus = BusKind.LovenseConnect,
        Address = toy.Id,
        Name = toy.Name,
    };

    // Sleeps one poll interval, or less when a scan starts (so its first poll is immediate).
    private async Task SleepAsync(TimeSpan delay, CancellationToken stopping)
    {
        CancellationTokenSource wake;
        lock (_wakeGate)
        {
            if (_wakePending)
            {
                _wakePending = false;
                return;
            }
            wake = _wake = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        }
        try
        {
            await Task.Delay(delay, _time, wake.Token);
        }
        catch (OperationCanceledException)
        {
            // Woken, or stopping (the loop checks).
        }
        finally
        {
            lock (_wakeGate)
                _wake = null;
            wake.Dispose();
        }
    }

    private void Wake()
    {
        lock (_wakeGate)
        {
            if (_wake is { } wake)
                wake.Cancel();
            else
                _wakePending = true;
        }
    }
}
