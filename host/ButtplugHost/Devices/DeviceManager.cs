using System.Collections.Concurrent;
using System.Diagnostics;
using ButtplugHost.Devices.Ownership;
using ButtplugHost.Devices.Reconnect;
using ButtplugHost.Devices.UserConfig;
using ButtplugHost.Plugins;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Devices;

/// <summary>
/// Finds, connects and tracks devices across every transport; the single owner of connected devices.
/// Starts with the host (indexing and loading plugins and starting their transports, in the background) and, when the host stops,
/// stops every device before letting go of it.
/// </summary>
internal sealed class DeviceManager : IHostedService
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan TransportStartTimeout = TimeSpan.FromSeconds(10);
    // A scan waits this long at most for the buses loading at start: a plugin's Configure that hangs must not hold scans forever.
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(30);

    private readonly PluginCatalog _catalog;
    private readonly UserDeviceConfig _userConfig;
    private readonly DeviceConfigFile _deviceConfig;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly uint _defaultGapMs;
    private readonly OwnershipPolicy _defaultOwnership;
    private readonly TimeSpan _mergeWindow;
    private readonly object _gate = new();
    // Held from a change of the device registry until its DeviceAdded/DeviceRemoved handlers have run, so
    // listeners see the changes in the order they happened: a device that drops out and is back at once
    // must reach a client as removed, then added (a v4 DeviceList is a snapshot taken while sending).
    private readonly object _announcing = new();
    private readonly SortedDictionary<uint, ConnectedDevice> _devices = [];
    private readonly HashSet<string> _connecting = [];
    private readonly ConcurrentDictionary<ITransport, TransportHost> _transports = new();
    private readonly HashSet<ITransport> _scanning = [];
    private readonly CancellationTokenSource _stopping = new();
    private List<ITransport>? _startupTransports = [];
    // While the transports that wait for the first scan load: theirs, started together once all are loaded.
    private List<ITransport>? _scanTransports;
    private Task _busesStarted = Task.CompletedTask;
    private Task? _scanBuses;
    private readonly IHostApplicationLifetime? _lifetime;
    private bool _scanActive;
    private readonly DeviceReconnector _reconnect;
    private readonly ScanDuration _scanDuration;

    /// <param name="lifetime">
    /// The host's lifetime, when there is one: the background startup load then begins once every hosted
    /// service (the client endpoint among them) has started, so it does not take CPU from the endpoint's own start.
    /// </param>
    public DeviceManager(PluginCatalog catalog, UserDeviceConfig userConfig, DeviceConfigFile deviceConfig, IConfiguration configuration, ILoggerFactory loggerFactory, TimeProvider time,
        IHostApplicationLifetime? lifetime = null)
    {
        _lifetime = lifetime;
        _catalog = catalog;
        _userConfig = userConfig;
        _deviceConfig = deviceConfig;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<DeviceManager>();
        _time = time;
        _defaultGapMs = configuration.GetValue<uint?>("Server:DefaultMessageGapMs") ?? 100;
        _mergeWindow = MergeWindow.Read(configuration, out var problem);
        if (problem is not null)
            _logger.LogWarning("{Problem}", problem);
        var problems = new List<string>();
        _reconnect = new DeviceReconnector(ReconnectOptions.Read(configuration, problems), time, _loggerFactory.CreateLogger("ButtplugHost.Devices.Reconnect"), OnDeviceFound);
        _scanDuration = new ScanDuration(ScanDuration.Read(configuration, out problem), time);
        if (problem is not null)
            problems.Add(problem);
        foreach (var each in problems)
            _logger.LogWarning("{Problem}", each);
        _catalog.PluginAdded += OnPluginAdded;
        if (configuration["Server:OutputOwnership"] is { Length: > 0 } ownership && !OwnershipPolicies.TryParse(ownership, out _defaultOwnership))
            _logger.LogWarning("Server:OutputOwnership \"{Value}\" is neither last-writer-wins nor first-holds; using last-writer-wins", ownership);
        Owners = new OutputOwners(d => d.Ownership ?? _defaultOwnership);
        _catalog.PluginRemoving += OnPluginRemoving;
    }

    /// <summary>A device was connected and identified.</summary>
    public event Action<ConnectedDevice>? DeviceAdded;

    /// <summary>A device went away: raised once it is out of the registry, before it is disposed.</summary>
    public event Action<ConnectedDevice>? DeviceRemoved;

    /// <summary>Every transport has finished scanning.</summary>
    public event Action? ScanningFinished;

    /// <summary>A subscribed input produced a reading.</summary>
    public event Action<ConnectedDevice, InputReading>? InputReading;

    /// <summary>The client connection signals here when it has handled every frame it received (ends merge windows early).</summary>
    public BurstSignal Bursts { get; } = new();

    public IReadOnlyList<ConnectedDevice> Devices { get { lock (_gate) return [.. _devices.Values]; } }

    /// <summary>Which client drives which output (several clients: <c>--max-clients</c>).</summary>
    public OutputOwners Owners { get; }

    public ConnectedDevice? Find(uint index)
    {
        lock (_gate)
            return _devices.GetValueOrDefault(index);
    }

    /// <summary>
    /// Returns at once: the client endpoint starts (and serves clients) while, in the background, every
    /// plugin folder is indexed from its data (no code loads) and then the plugins that load at start (the
    /// transports) load and start (<see cref="BusesStarted"/>).
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _busesStarted = Task.Run(async () =>
        {
            if (_lifetime is { } lifetime)
            {
                await WhenCancelledAsync(lifetime.ApplicationStarted, lifetime.ApplicationStopping, _stopping.Token);
                if (!lifetime.ApplicationStarted.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested || _stopping.IsCancellationRequested)
                    return; // the host did not start, or is stopping already: nothing to load
            }
            await LoadAtStartAsync();
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    // Completes when any of the tokens is cancelled (the lifetime's events "fire" by cancelling theirs).
    private static async Task WhenCancelledAsync(params CancellationToken[] tokens)
    {
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registrations = tokens.Select(t => t.Register(() => fired.TrySetResult())).ToList();
        try
        {
            await fired.Task;
        }
        finally
        {
            foreach (var registration in registrations)
                await registration.DisposeAsync();
        }
    }

    /// <summary>
    /// Completes once the plugins that load at start are loaded and each of their transports has started
    /// (or failed, or timed out: each start is bounded). Until then a scan waits, and /healthz says "starting".
    /// </summary>
    public Task BusesStarted => _busesStarted;

    /// <summary>
    /// What a scan waits for: <see cref="BusesStarted"/> (at most <see cref="StartupWait"/>; then it goes on with
    /// the buses up by then, and logs which are not), then, the first time, the transport plugins that load at
    /// the first scan (<see cref="PluginCatalog.WaitingForScan"/>), loaded and started.
    /// </summary>
    public async Task WaitForBusesAsync()
    {
        await WaitForStartupAsync();
        await LoadScanBusesAsync();
    }

    private async Task WaitForStartupAsync()
    {
        if (_busesStarted.IsCompleted)
            return;
        _logger.LogDebug("Waiting for the buses to start");
        try
        {
            await _busesStarted.WaitAsync(StartupWait, _stopping.Token);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("The buses are still starting after {Seconds} s; going on with those that are up", StartupWait.TotalSeconds);
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Once per host: the first scan loads the buses that waited for it; later scans find it done.
    private Task LoadScanBusesAsync()
    {
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
                return Task.CompletedTask;
            return _scanBuses ??= Task.Run(LoadForScanAsync, CancellationToken.None);
        }
    }

    private async Task LoadForScanAsync()
    {
        var clock = Stopwatch.StartNew();
        List<ITransport> transports;
        try
        {
            lock (_gate)
                _scanTransports = [];
            var loading = _catalog.WaitingForScan;
            _catalog.LoadForScan();
            lock (_gate)
            {
                transports = _scanTransports ?? [];
                _scanTransports = null;
            }
            if (loading.Count == 0)
                return;
            await Task.WhenAll(transports.Select(t => StartTransportsAsync([t]))); // each start is bounded and catches its faults
            _logger.LogInformation("Loaded {Count} plugin(s) for the first scan ({Plugins}) and started their buses in {Ms:0} ms",
                loading.Count, string.Join(", ", loading.Select(d => d.Id)), clock.Elapsed.TotalMilliseconds);
            OnBusStateChanged();
        }
        catch (Exception e)
        {
            // Plugin faults are caught where they happen; this is the host's own bug, and must not stop scans.
            _logger.LogError(e, "Loading the plugins for the first scan failed");
        }
    }

    private async Task LoadAtStartAsync()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var (pending, _) = _catalog.IndexAll();
            _logger.LogDebug("Plugin folders indexed in {Ms:0} ms; {Count} to load", clock.Elapsed.TotalMilliseconds, pending.Count);
            _catalog.LoadAtStart(pending);
        }
        catch (Exception e)
        {
            // Plugin faults are caught where they happen; this is the host's own bug, and must not stop scans.
            _logger.LogError(e, "Loading the plugins at start failed");
        }
        List<ITransport> transports;
        lock (_gate)
        {
            transports = _startupTransports ?? [];
            _startupTransports = null; // later plugins (hot drop-in) start on their own
        }
        await Task.WhenAll(transports.Select(t => StartTransportsAsync([t]))); // each start is bounded and catches its faults
        var plugins = _catalog.Plugins;
        var declared = _catalog.Declared;
        var disabled = _catalog.Disabled;
        var waiting = _catalog.WaitingForScan;
        _logger.LogInformation("{Count} plugins installed: {Loaded} loaded{Plugins}, {Declared} loaded when a device needs them{Waiting}{Disabled}; buses started in {Ms:0} ms",
            plugins.Count + declared.Count + disabled.Count + waiting.Count, plugins.Count,
            plugins.Count == 0 ? "" : $" ({string.Join(", ", plugins.Select(p => p.Id).Order(StringComparer.Ordinal))})", declared.Count,
            waiting.Count == 0 ? "" : $", {waiting.Count} at the first scan ({string.Join(", ", waiting.Select(d => d.Id).Order(StringComparer.Ordinal))})",
            disabled.Count == 0 ? "" : $", {disabled.Count} disabled in configuration ({string.Join(", ", disabled.Order(StringComparer.Ordinal))})",
            clock.Elapsed.TotalMilliseconds);
        ReportUnservedProtocols();
    }

    // The transports of the plugins loaded at start begin only once all of those are loaded: a device a
    // bus reports at once (a simulated device, one already plugged in) must find every protocol loaded at
    // start, not only those loaded before its bus. A plugin added later starts its transports at once.
    private void OnPluginAdded(LoadedPlugin plugin)
    {
        lock (_gate)
        {
            if ((_startupTransports ?? _scanTransports) is { } waiting)
            {
                waiting.AddRange(plugin.Transports);
                return;
            }
        }
        _ = StartTransportsAsync(plugin.Transports);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Transports still starting are stopped with the others below.
            await _busesStarted.WaitAsync(StopTimeout, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            _logger.LogWarning("Stopping while the buses are still starting");
        }
        Task? scanBuses;
        lock (_gate)
        {
            scanBuses = _scanBuses;
            _scanBuses ??= Task.CompletedTask; // no scan loads buses from now on
        }
        if (scanBuses is not null)
        {
            try
            {
                await scanBuses.WaitAsync(StopTimeout, cancellationToken);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                _logger.LogWarning("Stopping while the buses of the first scan are still starting");
            }
        }
        await StopAllAsync();
        await _stopping.CancelAsync();
        _reconnect.Dispose();
        _scanDuration.Dispose();
        foreach (var device in Devices)
            await DisconnectAsync(device);
        foreach (var transport in _transports.Keys)
        {
            try
            {
                await transport.StopAsync(cancellationToken).WaitAsync(StopTimeout, cancellationToken);
            }
            catch (Exception e)
            {
                _logger.LogWarning("Transport {Transport} failed to stop: {Error}", transport.Name, e.Message);
            }
        }
    }

    /// <summary>Every specifier of every loaded protocol, with the device config file's and the user's additions.</summary>
    public IReadOnlyList<CommunicationSpecifier> AllSpecifiers() =>
        [.. _catalog.Protocols.SelectMany(p => Definition(p).Communication)];

    /// <summary>A protocol's definition extended by the user device config (first) and the device config file.</summary>
    private ProtocolDefinition Definition(IProtocol protocol) =>
        ModelResolution.Effective(protocol.Definition, _userConfig.Overlay(protocol.Name), _deviceConfig.For(protocol.Name));

    private void ReportUnservedProtocols()
    {
        var served = _catalog.Protocols.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (source, names) in new[] { (_deviceConfig.FilePath, _deviceConfig.ProtocolNames), (_userConfig.FilePath, _userConfig.ProtocolNames) })
        {
            var unserved = names.Where(n => !served.Contains(n)).Order(StringComparer.Ordinal).ToList();
            if (unserved.Count > 0)
                _logger.LogWarning("{File}: no installed plugin serves {Count} of its protocols, ignored: {Protocols}", source, unserved.Count, string.Join(", ", unserved));
        }
    }

    /// <summary>
    /// Null when at least one transport can scan; otherwise what the client is told: every transport
    /// and why it cannot scan right now (an empty scan must not pass for "no toys nearby").
    /// </summary>
    public string? WhyNoTransportCanScan()
    {
        var transports = _transports.ToList();
        if (transports.Any(t => t.Value.IsAvailable))
            return null;
        return transports.Count == 0
            ? "No bus can scan: no transport plugin is loaded."
            : $"No bus can scan: {string.Join("; ", transports.Select(t => $"{t.Key.Name}: {t.Value.UnavailableReason}"))}.";
    }

    /// <summary>Raised when a bus became available or unavailable.</summary>
    public event Action? BusesChanged;

    internal void OnBusStateChanged() => BusesChanged?.Invoke();

    /// <summary>The transport plugins (their ids) not loaded yet because they load at the first scan.</summary>
    public IReadOnlyList<PluginData> BusesNotLoaded => _catalog.WaitingForScan;

    /// <summary>Every transport's state now: available, or why not.</summary>
    public IReadOnlyList<(string Name, string? UnavailableReason)> Buses =>
        [.. _transports.Select(t => (t.Key.Name, t.Value.UnavailableReason)).OrderBy(b => b.Name, StringComparer.Ordinal)];

    /// <summary>
    /// Disconnects <paramref name="device"/> and connects it again at once, so changed user settings
    /// (name, limits) take effect: clients see it removed and added, at rest.
    /// </summary>
    public async Task ReconnectAsync(ConnectedDevice device)
    {
        var transport = _transports.Keys.FirstOrDefault(t => t.Name == device.Identity.Transport);
        await StopDeviceAsync(device);
        await DisconnectAsync(device);
        if (transport is not null)
            OnDeviceFound(transport, device.Identity);
    }

    /// <summary>Stops and disconnects <paramref name="device"/> (it was denied in the user device config).</summary>
    public async Task DropAsync(ConnectedDevice device)
    {
        await StopDeviceAsync(device);
        await DisconnectAsync(device);
    }

    public async Task StartScanningAsync()
    {
        await WaitForBusesAsync();
        List<ITransport> started;
        lock (_gate)
        {
            started = _transports.Where(t => t.Value.IsAvailable && _scanning.Add(t.Key)).Select(t => t.Key).ToList();
            _scanActive = true;
        }
        // Name each bus left out, with its reason as of now, so the log explains a scan that finds nothing.
        foreach (var (transport, host) in _transports)
        {
            if (host.UnavailableReason is { } reason)
                _logger.LogWarning("Scanning without {Transport}: {Reason}", transport.Name, reason);
        }
        if (started.Count == 0)
            CheckScanFinished();
        else
            _scanDuration.Started(EndScanAsync);
        foreach (var transport in started)
            await StartScanningAsync(transport);
    }

    private async Task EndScanAsync()
    {
        _logger.LogInformation("Scan duration of {Seconds} s reached: stopping the scan", _scanDuration.Duration.TotalSeconds);
        await StopScanningAsync();
    }

    /// <summary>A transport that was unavailable works again: it joins a scan in progress.</summary>
    internal void OnTransportAvailable(ITransport transport)
    {
        lock (_gate)
        {
            if (!_scanActive || !_scanning.Add(transport))
                return;
        }
        _ = StartScanningAsync(transport);
    }

    private async Task StartScanningAsync(ITransport transport)
    {
        try
        {
            await transport.StartScanningAsync(_stopping.Token).WaitAsync(StopTimeout);
        }
        catch (Exception e)
        {
            _logger.LogError("Transport {Transport} failed to start scanning: {Error}", transport.Name, e.Message);
            OnScanningFinished(transport);
        }
    }

    public async Task StopScanningAsync()
    {
        _scanDuration.Ended();
        List<ITransport> scanning;
        lock (_gate)
            scanning = [.. _scanning];
        foreach (var transport in scanning)
        {
            try
            {
                await transport.StopScanningAsync(_stopping.Token).WaitAsync(StopTimeout);
            }
            catch (Exception e)
            {
                _logger.LogError("Transport {Transport} failed to stop scanning: {Error}", transport.Name, e.Message);
                OnScanningFinished(transport);
            }
        }
    }

    /// <summary>Stops every device's outputs and input subscriptions; waits (bounded) until written.</summary>
    public async Task StopAllAsync()
    {
        var devices = Devices;
        await Task.WhenAll(devices.Select(StopDeviceAsync));
    }

    public async Task StopDeviceAsync(ConnectedDevice device)
    {
        Owners.Release(device);
        try
        {
            await device.StopAsync().WaitAsync(StopTimeout);
        }
        catch (Exception e)
        {
            _logger.LogError("{Device} ({Address}) did not stop: {Error}", device.Info.Name, device.Identity.Address, e.Message);
        }
    }

    internal void OnScanningFinished(ITransport transport)
    {
        lock (_gate)
        {
            if (!_scanning.Remove(transport))
                return;
        }
        CheckScanFinished();
    }

    private void CheckScanFinished()
    {
        lock (_gate)
        {
            if (!_scanActive || _scanning.Count > 0)
                return;
            _scanActive = false;
        }
        _scanDuration.Ended();
        ScanningFinished?.Invoke();
    }

    internal void OnDeviceFound(ITransport transport, DeviceIdentity identity)
    {
        var key = transport.Name + "\n" + identity.Address;
        bool scanning;
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested || _connecting.Contains(key) || _devices.Values.Any(d => d.Identity.Transport == identity.Transport && d.Identity.Address == identity.Address))
                return;
            scanning = _scanActive;
        }
        // A device that dropped out comes back by itself only when allowed, and not before its back-off.
        if (!_reconnect.Admit(transport, identity, scanning))
            return;
        lock (_gate)
        {
            if (!_connecting.Add(key))
                return;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                await ConnectAsync(transport, identity);
            }
            finally
            {
                lock (_gate)
                    _connecting.Remove(key);
            }
        });
    }

    private async Task ConnectAsync(ITransport transport, DeviceIdentity identity)
    {
        if (!_userConfig.IsAllowed(identity.Address, out var refusal))
        {
            _logger.LogInformation("{Name} ({Address}) not connected: {Reason}", identity.Name, identity.Address, refusal);
            return;
        }
        var candidates = DeviceMatcher.Candidates(identity,
            _catalog.Protocols.Select(p => (p, Definition(p).Communication.AsEnumerable())));
        if (candidates.Count == 0)
        {
            _logger.LogDebug("No protocol for {Name} ({Address}) on {Transport}", identity.Name, identity.Address, transport.Name);
            return;
        }
        var match = candidates[0];
        if (candidates.Count > 1)
            _logger.LogInformation("{Name} ({Address}) is claimed by {Protocols}; using {Winner} ({Reason})",
                identity.Name, identity.Address, string.Join(", ", candidates.Select(c => c.Protocol.Name)), match.Protocol.Name, match.Reason);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(ConnectTimeout);
        if (!await EnsureCodeAsync(match.Protocol, identity, timeout.Token))
            return;
        IHardware? hardware = null;
        try
        {
            hardware = await transport.ConnectAsync(identity, match.Specifier, timeout.Token).WaitAsync(timeout.Token);
            // From now on: the bus losing the device is a drop-out, also before it is registered.
            var loss = new HardwareLoss();
            hardware.Disconnected += (_, _) =>
            {
                if (loss.Lost() is { } registered)
                    _ = RemoveAsync(registered, droppedOut: true);
            };
            var protocol = match.Protocol;
            var identifier = await protocol.IdentifyAsync(hardware, timeout.Token).WaitAsync(timeout.Token);
            // Models resolve against the definition the plugin's code registered, which may carry more
            // than its devices.json entry (Hismith adds the hismith-mini models); matching used the data.
            var configuration = Definition(protocol is DeclaredProtocol { Implementation: { } code } ? code : protocol).Resolve(identifier);
            var logger = _loggerFactory.CreateLogger($"ButtplugHost.Device.{protocol.Name}");
            var handler = protocol.CreateHandler(new ProtocolDevice(hardware, configuration, logger));
            await handler.InitializeAsync(timeout.Token).WaitAsync(timeout.Token);
            var settings = _userConfig.Claim(new UserDeviceKey(protocol.Name, identifier, identity.Address), configuration.Features, IndexInUse);
            var index = settings.Index;
            var info = new DeviceInfo(index, configuration.Name, settings.DisplayName, settings.MessageGapMs ?? configuration.MessageGapMs ?? _defaultGapMs,
                settings.Customization.Features.Where(f => f.Output is { Count: > 0 } || f.Input is { Count: > 0 }).ToList(),
                [.. hardware.Endpoints], settings.Customization.Map);
            var pluginId = _catalog.PluginIdOf(protocol);
            var userKey = new UserDeviceKey(protocol.Name, identifier, identity.Address);
            var device = new ConnectedDevice(info, identity, protocol.Name, pluginId, hardware, handler, logger, _time, _mergeWindow, Bursts)
            {
                UserKey = userKey,
                Ownership = OwnershipOf(userKey),
            };
            device.InputReading += (_, reading) => InputReading?.Invoke(device, reading);
            // A write failed: the bus lost the device, a drop-out like the link going down.
            device.Faulted += (_, _) => _ = DisconnectAsync(device, droppedOut: true);
            lock (_announcing)
            {
                lock (_gate)
                    _devices[index] = device;
                _reconnect.Connected(transport, device, settings.Reconnect ?? _reconnect.Options.Enabled);
                _logger.LogInformation("Device {Index}: {Name} ({Protocol}, {Identifier}) at {Address} on {Transport}",
                    index, info.Name, protocol.Name, identifier ?? "default", identity.Address, transport.Name);
                DeviceAdded?.Invoke(device);
            }
            if (loss.Registered(device))
                _ = RemoveAsync(device, droppedOut: true);
        }
        catch (Exception e)
        {
            _logger.LogError("Could not connect {Name} ({Address}) as {Protocol}: {Error}", identity.Name, identity.Address, match.Protocol.Name, e.Message);
            if (!_stopping.IsCancellationRequested)
                _reconnect.Failed(transport, identity);
            if (hardware is not null)
            {
                try { await hardware.DisconnectAsync().WaitAsync(StopTimeout); }
                catch (Exception inner) { _logger.LogDebug("Disconnect after failed connect: {Error}", inner.Message); }
            }
        }
    }

    /// <summary>
    /// Loads the plugin of a protocol known from its data, before the device is connected. A plugin that
    /// cannot be loaded fails only this device: it stays unconnected (as with the reference, the client
    /// is sent nothing for it) and the log says why.
    /// </summary>
    private async Task<bool> EnsureCodeAsync(IProtocol protocol, DeviceIdentity identity, CancellationToken cancellationToken)
    {
        if (protocol is not DeclaredProtocol declared)
            return true;
        try
        {
            await _catalog.EnsureLoadedAsync(declared, cancellationToken);
            return true;
        }
        catch (PluginLoadException e)
        {
            _logger.LogError("Could not connect {Name} ({Address}) as {Protocol}: plugin {Plugin} did not load: {Error}",
                identity.Name, identity.Address, protocol.Name, declared.Plugin.Id, e.Message);
        }
        catch (OperationCanceledException)
        {
            _logger.LogDebug("{Name} ({Address}): stopped while plugin {Plugin} was loading", identity.Name, identity.Address, declared.Plugin.Id);
        }
        return false;
    }

    // The device's own output_ownership in the user device config, if it has a valid one.
    private OwnershipPolicy? OwnershipOf(UserDeviceKey key)
    {
        if (_userConfig.Read(key, s => s.UserConfig.OutputOwnership) is not { } text)
            return null;
        if (OwnershipPolicies.TryParse(text, out var policy))
            return policy;
        _logger.LogWarning("User device config entry of {Address}: output_ownership \"{Value}\" is neither last-writer-wins nor first-holds; using the default", key.Address, text);
        return null;
    }

    /// <summary>Adds a device that has no transport of its own (a device group); false when its index is taken.</summary>
    internal bool AddVirtual(ConnectedDevice device)
    {
        lock (_announcing)
        {
            lock (_gate)
            {
                if (_devices.ContainsKey(device.Info.Index))
                {
                    _logger.LogError("{Name} cannot be device {Index}: a connected device has that index", device.Info.Name, device.Info.Index);
                    return false;
                }
                _devices[device.Info.Index] = device;
            }
            _logger.LogInformation("Device {Index}: {Name} (device group)", device.Info.Index, device.Info.Name);
            DeviceAdded?.Invoke(device);
        }
        return true;
    }

    /// <summary>Stops and removes a device added by <see cref="AddVirtual"/>.</summary>
    internal async Task RemoveVirtualAsync(ConnectedDevice device)
    {
        await StopDeviceAsync(device);
        await RemoveAsync(device);
    }

    private bool IndexInUse(uint index)
    {
        lock (_gate)
            return _devices.ContainsKey(index);
    }

    private async Task DisconnectAsync(ConnectedDevice device, bool droppedOut = false)
    {
        // The handler goes first: its timers (a keep-alive) must not write to a device being closed.
        await RemoveAsync(device, droppedOut);
        try
        {
            await device.Hardware.DisconnectAsync().WaitAsync(StopTimeout);
        }
        catch (Exception e)
        {
            _logger.LogWarning("{Device}: disconnect failed: {Error}", device.Info.Name, e.Message);
        }
    }

    private async Task RemoveAsync(ConnectedDevice device, bool droppedOut = false)
    {
        lock (_announcing)
        {
            lock (_gate)
            {
                if (!_devices.TryGetValue(device.Info.Index, out var current) || current != device)
                    return;
                _devices.Remove(device.Info.Index);
            }
            _logger.LogInformation("Device {Index}: {Name} removed", device.Info.Index, device.Info.Name);
            Owners.Release(device);
            // Before anything awaits: a bus that reports the device again at once must find it remembered.
            if (droppedOut && !_stopping.IsCancellationRequested && _transports.Keys.FirstOrDefault(t => t.Name == device.Identity.Transport) is { } transport)
                _reconnect.Dropped(transport, device);
            DeviceRemoved?.Invoke(device);
        }
        await device.DisposeAsync();
    }

    private async Task StartTransportsAsync(IEnumerable<ITransport> transports)
    {
        foreach (var transport in transports)
        {
            var host = new TransportHost(transport, this, _loggerFactory.CreateLogger($"ButtplugHost.Transport.{transport.Name}"));
            if (!_transports.TryAdd(transport, host))
                continue;
            try
            {
                await transport.StartAsync(host, _stopping.Token).WaitAsync(TransportStartTimeout);
                // An unavailable bus has already said why (TransportHost.ReportUnavailable).
                if (host.IsAvailable)
                    _logger.LogInformation("Bus {Transport}: available", transport.Name);
            }
            catch (Exception e)
            {
                host.ReportUnavailable($"failed to start: {e.Message}");
            }
        }
    }

    private void OnPluginRemoving(LoadedPlugin plugin)
    {
        var transports = plugin.Transports.ToHashSet();
        var affected = Devices.Where(d => d.PluginId == plugin.Id || transports.Any(t => t.Name == d.Identity.Transport)).ToList();
        Task.WhenAll(affected.Select(async d =>
        {
            await StopDeviceAsync(d);
            await DisconnectAsync(d);
        })).Wait(StopTimeout * 2);
        foreach (var transport in transports)
        {
            _transports.TryRemove(transport, out _);
            OnScanningFinished(transport);
            try { transport.StopAsync(CancellationToken.None).Wait(StopTimeout); }
            catch (Exception e) { _logger.LogWarning("Transport {Transport} failed to stop: {Error}", transport.Name, e.Message); }
        }
    }
}
