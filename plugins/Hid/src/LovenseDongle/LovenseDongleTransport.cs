using System.Collections.Concurrent;
using ButtplugHost.Plugins.Hid.Os;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Hid.LovenseDongle;

/// <summary>
/// The Lovense USB dongle in HID mode (vendor 0x1915, product 0x520a). From start it watches for the
/// dongle being plugged in (every <see cref="LovenseDongleOptions.WatchIntervalMs"/>), opens it and runs a
/// <see cref="DongleSession"/>. Each toy the dongle connects is reported as a Bluetooth LE device named
/// <c>LVS-DongleDevice</c> with the toy's id as address — the reference's way of handing it to the Lovense
/// protocol, which then drives it as any Lovense toy (<see cref="DongleToyHardware"/>). Unplugging the
/// dongle disconnects its toy; plugging it back resumes without a restart.
/// </summary>
public sealed class LovenseDongleTransport : ITransport, IDongleEvents
{
    /// <summary>The dongle's USB vendor id.</summary>
    public const ushort VendorId = 0x1915;

    /// <summary>The dongle's USB product id in HID mode.</summary>
    public const ushort ProductId = 0x520a;

    /// <summary>The name a toy behind the dongle is reported with (matched by the Lovense protocol's <c>LVS-*</c>).</summary>
    public const string ToyName = "LVS-DongleDevice";

    private readonly IHidBus _bus;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly LovenseDongleOptions _options = new();
    private readonly string? _configurationError;
    private readonly ConcurrentDictionary<string, DongleToyHardware> _toys = new();
    private readonly object _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private ITransportHost? _host;
    private Task _watch = Task.CompletedTask;
    private DongleLink? _link;
    private DongleSession? _session;
    private string? _refusedPath;
    private bool _scanWanted;
    private bool _unavailable;

    /// <summary>Creates the transport for this system's HID layer, configured from the <c>LovenseDongleHid</c> section.</summary>
    public LovenseDongleTransport(PluginContext context) : this(context, HidBuses.ForThisSystem()) { }

    internal LovenseDongleTransport(PluginContext context, IHidBus bus)
    {
        _bus = bus;
        _time = context.Time;
        _logger = context.LoggerFactory.CreateLogger("ButtplugHost.Plugins.Hid.LovenseDongle");
        try
        {
            context.Configuration.GetSection(LovenseDongleOptions.Section).Bind(_options);
        }
        catch (InvalidOperationException e)
        {
            _configurationError = e.Message;
        }
    }

    /// <inheritdoc/>
    public string Name => "lovense-dongle-hid";

    /// <summary>Whether a dongle is open now.</summary>
    internal bool HasDongle { get { lock (_gate) return _session is not null; } }

    /// <inheritdoc/>
    public Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        _host = host;
        string? reason = _configurationError is not null ? $"invalid {LovenseDongleOptions.Section} configuration: {_configurationError}"
            : !_options.Enabled ? $"disabled in configuration ({LovenseDongleOptions.Section}:Enabled is false)"
            : !_bus.IsSupported(out var unsupported) ? unsupported
            : null;
        if (reason is not null)
        {
            _unavailable = true;
            host.ReportUnavailable(reason);
            return Task.CompletedTask;
        }
        _watch = Task.Run(() => WatchAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartScanningAsync(CancellationToken cancellationToken)
    {
        DongleSession? session;
        lock (_gate)
        {
            if (_unavailable)
                session = null;
            else
            {
                _scanWanted = true;
                session = _session;
            }
        }
        if (_unavailable)
            _host?.ScanningFinished();
        else if (session is not null)
            session.StartScanning();
        else
            _logger.LogInformation("Lovense dongle: not plugged in; its toys will be searched for once it is");
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopScanningAsync(CancellationToken cancellationToken)
    {
        DongleSession? session;
        lock (_gate)
        {
            _scanWanted = false;
            session = _session;
        }
        if (session is not null)
            session.StopScanning();
        else
            _host?.ScanningFinished();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken) =>
        _toys.TryGetValue(identity.Address, out var toy) && !toy.IsClosed
            ? Task.FromResult<IHardware>(toy)
            : Task.FromException<IHardware>(new HardwareException($"Lovense toy {identity.Address} is no longer connected to the dongle."));

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _watch;
        await CloseDongleAsync();
    }

    void IDongleEvents.ToyConnected(string id)
    {
        var identity = new DeviceIdentity { Transport = Name, Bus = BusKind.BluetoothLE, Address = id, Name = ToyName };
        DongleToyHardware? toy = null;
        toy = new DongleToyHardware(identity,
            command => CurrentSession()?.SendToyCommand(id, command),
            () =>
            {
                _toys.TryRemove(new KeyValuePair<string, DongleToyHardware>(id, toy!));
                CurrentSession()?.ToyReleased(id);
            });
        _toys[id] = toy;
        _host?.DeviceFound(identity);
    }

    void IDongleEvents.ToyData(string id, string data)
    {
        if (_toys.TryGetValue(id, out var toy))
            toy.Receive(data);
    }

    void IDongleEvents.ToyDisconnected(string id)
    {
        if (_toys.TryRemove(id, out var toy))
            toy.Gone();
    }

    void IDongleEvents.ScanningFinished() => _host?.ScanningFinished();

    private DongleSession? CurrentSession()
    {
        lock (_gate)
            return _session ?? throw new InvalidOperationException("The Lovense dongle is not plugged in.");
    }

    private async Task WatchAsync(CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (!HasDongle)
                    TryOpenDongle();
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(_options.WatchIntervalMs, 50)), _time, stop);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Lovense dongle watch failed");
        }
    }

    private void TryOpenDongle()
    {
        var node = _bus.Enumerate().FirstOrDefault(d => d.VendorId == VendorId && d.ProductId == ProductId);
        if (node is null)
        {
            _refusedPath = null;
            return;
        }
        IHidDevice device;
        try
        {
            device = _bus.Open(node);
        }
        catch (HidOpenException e)
        {
            if (_refusedPath != node.Path)
            {
                _refusedPath = node.Path;
                if (e.AccessDenied)
                    _logger.LogWarning("Lovense dongle is plugged in at {Path} but cannot be opened (permission denied). To allow it, {Advice}.", node.Path, _bus.AccessAdvice(node));
                else
                    _logger.LogWarning("Lovense dongle at {Path} cannot be opened: {Error}", node.Path, e.Message);
            }
            return;
        }
        _refusedPath = null;
        _logger.LogInformation("Lovense dongle found at {Path}", node.Path);
        lock (_gate)
        {
            DongleLink? link = null;
            link = new DongleLink(device, line => _session?.OnLine(line), () => _ = Task.Run(() => CloseDongleAsync(link)), _logger);
            _link = link;
            _session = new DongleSession(link.Send, this, _time, TimeSpan.FromMilliseconds(_options.StatusWaitMs), _scanWanted, _logger);
            link.Start();
        }
    }

    // Closes the open dongle; with `only`, just when that link is still the open one (a lost link).
    private async Task CloseDongleAsync(DongleLink? only = null)
    {
        DongleLink? link;
        DongleSession? session;
        lock (_gate)
        {
            if (only is not null && _link != only)
                return;
            link = _link;
            session = _session;
            _link = null;
            _session = null;
        }
        session?.Lost();
        if (link is not null)
            await link.DisposeAsync();
        bool scanning;
        lock (_gate)
            scanning = _scanWanted;
        if (session is not null && scanning)
            _logger.LogInformation("Lovense dongle unplugged during a scan; the search resumes when it is plugged in again");
    }
}
