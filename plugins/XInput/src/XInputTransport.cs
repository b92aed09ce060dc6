using System.Collections.Concurrent;
using System.Globalization;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.XInput;

/// <summary>
/// XInput gamepads (reference: the XInput device communication manager). XInput has four controller
/// slots; one loop checks them every <see cref="XInputOptions.PollIntervalMs"/>: while scanning, a
/// controller in a slot is found as <c>XInputController1</c>…<c>XInputController4</c> (name and
/// address, as the reference names them); a connected controller that leaves its slot is disconnected.
/// Windows only: elsewhere the transport reports itself unavailable and says why.
/// </summary>
public sealed class XInputTransport : ITransport
{
    /// <summary>XInput serves at most four controllers.</summary>
    public const int Slots = 4;

    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly XInputOptions _options = new();
    private readonly string? _configurationError;
    private readonly IXInputApi _api;
    private readonly bool _isWindows;
    private readonly ConcurrentDictionary<int, XInputHardware> _hardware = new();
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _scanning;
    private Task? _loop;
    private ITransportHost? _host;

    /// <summary>Creates the transport from the <c>XInput</c> configuration section, on the real XInput.</summary>
    public XInputTransport(PluginContext context)
        : this(context, new Win32XInput(), OperatingSystem.IsWindows())
    {
    }

    /// <summary>Creates the transport on <paramref name="api"/>, as if on Windows or not (tests).</summary>
    internal XInputTransport(PluginContext context, IXInputApi api, bool isWindows)
    {
        _logger = context.LoggerFactory.CreateLogger("ButtplugHost.Plugins.XInput");
        _time = context.Time;
        _api = api;
        _isWindows = isWindows;
        try
        {
            context.Configuration.GetSection(XInputOptions.Section).Bind(_options);
            if (_options.PollIntervalMs <= 0)
                _configurationError = $"{XInputOptions.Section}:PollIntervalMs must be more than 0 (it is {_options.PollIntervalMs})";
        }
        catch (InvalidOperationException e)
        {
            _configurationError = e.Message;
        }
    }

    /// <inheritdoc/>
    public string Name => "xinput";

    /// <summary>The name and address of the controller in <paramref name="slot"/> (0–3), as the reference gives them.</summary>
    public static string ControllerName(int slot) => "XInputController" + (slot + 1).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        _host = host;
        if (!_isWindows)
        {
            host.ReportUnavailable($"XInput gamepads need Windows (xinput1_4.dll); this system is {SystemName()}");
            return Task.CompletedTask;
        }
        if (_configurationError is not null)
        {
            host.ReportUnavailable($"invalid {XInputOptions.Section} configuration: {_configurationError}");
            return Task.CompletedTask;
        }
        if (!_options.Enabled)
        {
            host.ReportUnavailable($"disabled in configuration (--use-xinput or {XInputOptions.Section}:Enabled=true turns it on)");
            return Task.CompletedTask;
        }
        try
        {
            _api.IsConnected(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            host.ReportUnavailable($"cannot load XInput (xinput1_4.dll, part of Windows 8 and later): {e.Message}");
            return Task.CompletedTask;
        }
        _loop = Task.Run(() => LoopAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartScanningAsync(CancellationToken cancellationToken)
    {
        _scanning = true;
        CheckSlots();
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
        var slot = Enumerable.Range(0, Slots).Where(s => ControllerName(s) == identity.Address).DefaultIfEmpty(-1).First();
        if (slot < 0)
            throw new HardwareException($"'{identity.Address}' is not an XInput controller slot.");
        if (!_api.IsConnected(slot))
            throw new HardwareException($"{identity.Name} is no longer plugged in.");
        var hardware = new XInputHardware(identity, slot, _api);
        if (_hardware.TryGetValue(slot, out var older) && !older.IsClosed)
            throw new HardwareException($"{identity.Name} is already connected.");
        _hardware[slot] = hardware;
        hardware.Disconnected += (_, _) => _hardware.TryRemove(new KeyValuePair<int, XInputHardware>(slot, hardware));
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
    }

    private async Task LoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                CheckSlots();
                await Task.Delay(TimeSpan.FromMilliseconds(_options.PollIntervalMs), _time, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "XInput polling failed; trying again");
                await Task.Delay(TimeSpan.FromMilliseconds(_options.PollIntervalMs), _time, CancellationToken.None);
            }
        }
    }

    // One pass over the slots: unplugged controllers are disconnected; while scanning, plugged ones are found.
    private void CheckSlots()
    {
        for (var slot = 0; slot < Slots; slot++)
        {
            var connected = _api.IsConnected(slot);
            if (_hardware.TryGetValue(slot, out var hardware))
            {
                if (!connected)
                {
                    _logger.LogInformation("{Controller} was unplugged", hardware.Identity.Name);
                    hardware.Close();
                }
                continue;
            }
            if (connected && _scanning)
                _host?.DeviceFound(new DeviceIdentity { Transport = Name, Bus = BusKind.XInput, Address = ControllerName(slot), Name = ControllerName(slot) });
        }
    }

    private static string SystemName() =>
        OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "macOS" : System.Runtime.InteropServices.RuntimeInformation.OSDescription;
}
