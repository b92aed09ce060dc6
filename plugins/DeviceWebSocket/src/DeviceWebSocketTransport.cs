using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.DeviceWebSocket;

/// <summary>
/// Listens for network devices (reference: the device WebSocket server, port 54817). A device opens a
/// WebSocket and sends one text message <c>{"identifier", "address", "version"}</c>; it is then reported
/// as found (name = identifier, address = address) whether or not a scan is running, and stays
/// available until its socket closes. A connection that sends anything else first, or nothing within
/// <see cref="DeviceWebSocketOptions.IdentifyTimeoutMs"/>, is dropped with a log line.
/// </summary>
public sealed class DeviceWebSocketTransport : ITransport
{
    private readonly ILogger _logger;
    private readonly DeviceWebSocketOptions _options = new();
    private readonly ConcurrentDictionary<string, WebSocketDevice> _devices = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private readonly List<Task> _connectionTasks = [];
    private TcpListener? _listener;
    private Task? _acceptLoop;
    private readonly string? _configurationError;
    private readonly List<string> _serverOrigins = [];
    private readonly List<string> _serverHosts = [];
    private ConnectionPolicy? _policy;
    private ITransportHost? _host;

    /// <summary>Creates the transport from the <c>DeviceWebSocket</c> configuration section.</summary>
    public DeviceWebSocketTransport(PluginContext context)
    {
        _logger = context.LoggerFactory.CreateLogger("ButtplugHost.Plugins.DeviceWebSocket");
        try
        {
            context.Configuration.GetSection(DeviceWebSocketOptions.Section).Bind(_options);
            // The server's --allow-origin / --allow-host apply here too.
            context.Configuration.GetSection("Server:AllowedOrigins").Bind(_serverOrigins);
            context.Configuration.GetSection("Server:AllowedHosts").Bind(_serverHosts);
        }
        catch (InvalidOperationException e)
        {
            _configurationError = e.Message;
        }
    }

    /// <inheritdoc/>
    public string Name => "websocket";

    /// <summary>Where the transport listens, once started (the real port when configured with 0).</summary>
    public IPEndPoint? LocalEndPoint => _listener?.LocalEndpoint as IPEndPoint;

    /// <inheritdoc/>
    public Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        _host = host;
        if (_configurationError is not null)
        {
            host.ReportUnavailable($"invalid {DeviceWebSocketOptions.Section} configuration: {_configurationError}");
            return Task.CompletedTask;
        }
        if (!_options.Enabled)
        {
            host.ReportUnavailable($"disabled in configuration (set {DeviceWebSocketOptions.Section}:Enabled to true to accept network devices)");
            return Task.CompletedTask;
        }
        if (!TryParseAddress(_options.Address, out var address))
        {
            host.ReportUnavailable($"{DeviceWebSocketOptions.Section}:Address '{_options.Address}' is not an IP address, 'localhost' or '*'");
            return Task.CompletedTask;
        }
        _policy = new ConnectionPolicy([.. _serverOrigins, .. _options.AllowedOrigins], [.. _serverHosts, .. _options.AllowedHosts], !IPAddress.IsLoopback(address));
        try
        {
            var listener = new TcpListener(address, _options.Port);
            listener.Start();
            _listener = listener;
        }
        catch (Exception e) when (e is SocketException or ArgumentOutOfRangeException)
        {
            host.ReportUnavailable($"cannot listen on {_options.Address}:{_options.Port}: {e.Message}");
            return Task.CompletedTask;
        }
        _logger.LogInformation("Device WebSocket server: network devices may connect to {EndPoint}", LocalEndPoint);
        _acceptLoop = Task.Run(() => AcceptLoopAsync(_listener, _stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Reports the devices already waiting; new ones are reported as they identify, scanning or not.</summary>
    public Task StartScanningAsync(CancellationToken cancellationToken)
    {
        var host = _host ?? throw new InvalidOperationException("Not started.");
        foreach (var device in _devices.Values)
        {
            if (!device.IsClosed)
                host.DeviceFound(device.Identity);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopScanningAsync(CancellationToken cancellationToken)
    {
        _host?.ScanningFinished();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken)
    {
        if (!_devices.TryGetValue(identity.Address, out var device) || device.IsClosed)
            throw new HardwareException($"Network device {identity.Name} ({identity.Address}) is no longer connected to the server.");
        if (!device.TryHandOut())
            throw new HardwareException($"Network device {identity.Name} ({identity.Address}) is already connected.");
        return Task.FromResult<IHardware>(device);
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        _listener?.Stop();
        foreach (var device in _devices.Values)
            device.Abort();
        Task[] pending;
        lock (_gate)
            pending = [.. _connectionTasks, .. _acceptLoop is null ? Array.Empty<Task>() : [_acceptLoop]];
        await Task.WhenAll(pending).WaitAsync(cancellationToken);
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (!stopping.IsCancellationRequested)
                    _logger.LogError("Network device listener failed: {Error}", e.Message);
                return;
            }
            var task = Task.Run(() => HandleConnectionAsync(client, stopping), CancellationToken.None);
            lock (_gate)
            {
                _connectionTasks.RemoveAll(t => t.IsCompleted);
                _connectionTasks.Add(task);
            }
        }
    }

    private async Task HandleConnectionAsync(TcpClient client, CancellationToken stopping)
    {
        using var _ = client;
        var remote = client.Client.RemoteEndPoint?.ToString() ?? "?";
        var stream = client.GetStream();
        WebSocket? socket = null;
        try
        {
            using var identifyTimeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            identifyTimeout.CancelAfter(_options.IdentifyTimeoutMs);
            DeviceInfoPacket info;
            try
            {
                await WebSocketUpgrade.AcceptAsync(stream, _policy, identifyTimeout.Token);
                socket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions
                {
                    IsServer = true,
                    KeepAliveInterval = _options.KeepAliveSeconds > 0 ? TimeSpan.FromSeconds(_options.KeepAliveSeconds) : Timeout.InfiniteTimeSpan,
                    KeepAliveTimeout = _options.KeepAliveSeconds > 0 ? TimeSpan.FromSeconds(_options.KeepAliveSeconds) : Timeout.InfiniteTimeSpan,
                });
                var first = await WebSocketMessages.ReceiveAsync(socket, _options.MaxMessageBytes, identifyTimeout.Token);
                var parsed = Identify(first, out var reason);
                if (parsed is null)
                {
                    _logger.LogWarning("Dropped network device connection from {Remote}: {Reason}", remote, reason);
                    await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, "expected a device info packet");
                    return;
                }
                info = parsed;
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                _logger.LogWarning("Dropped network device connection from {Remote}: no device info packet within {Timeout} ms", remote, _options.IdentifyTimeoutMs);
                return;
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or WebSocketException)
            {
                _logger.LogWarning("Dropped network device connection from {Remote}: {Error}", remote, e.Message);
                return;
            }

            var device = new WebSocketDevice(IdentityOf(info), socket, _logger);
            if (_devices.TryGetValue(info.Address, out var older))
            {
                _logger.LogInformation("Network device {Address} connected again; dropping its older connection", info.Address);
                older.Abort();
            }
            _devices[info.Address] = device;
            _logger.LogInformation("Network device {Identifier} ({Address}, info version {Version}) connected from {Remote}", info.Identifier, info.Address, info.Version, remote);
            _host?.DeviceFound(device.Identity);
            if (_options.UnclaimedTimeoutMs > 0)
                WatchUnclaimed(device, info, stopping);
            try
            {
                await device.RunAsync(_options.MaxMessageBytes, stopping);
            }
            finally
            {
                _devices.TryRemove(new KeyValuePair<string, WebSocketDevice>(info.Address, device));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Server shutdown.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Network device connection from {Remote} failed", remote);
        }
        finally
        {
            socket?.Abort();
        }
    }

    private void WatchUnclaimed(WebSocketDevice device, DeviceInfoPacket info, CancellationToken stopping) =>
        _ = CloseIfUnclaimedAsync(device, info, stopping);

    // A device no protocol wants (an unknown identifier) must not hold its socket forever.
    private async Task CloseIfUnclaimedAsync(WebSocketDevice device, DeviceInfoPacket info, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(_options.UnclaimedTimeoutMs, stopping);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (device.IsClosed || device.IsHandedOut)
            return;
        _logger.LogWarning("Closed network device {Identifier} ({Address}): no protocol claimed it within {Timeout} ms (unknown identifier?)",
            Printable(info.Identifier), Printable(info.Address), _options.UnclaimedTimeoutMs);
        await device.CloseAsync(WebSocketCloseStatus.PolicyViolation, "no protocol for this device identifier");
    }

    private static string Printable(string text) =>
        new string([.. text.Take(100).Select(c => char.IsControl(c) ? '?' : c)]) + (text.Length > 100 ? "…" : "");

    private static DeviceInfoPacket? Identify(WebSocketMessage? first, out string reason)
    {
        if (first is null)
        {
            reason = "it closed before sending a device info packet";
            return null;
        }
        if (first.Type != WebSocketMessageType.Text)
        {
            reason = $"its first message is {first.Type.ToString().ToLowerInvariant()} ({first.Data.Length} bytes), not a text device info packet";
            return null;
        }
        var text = Encoding.UTF8.GetString(first.Data);
        var info = DeviceInfoPacket.TryParse(text, out var error);
        reason = $"its first message is not a device info packet: {error}: '{(text.Length <= 100 ? text : text[..100] + "…")}'";
        return info;
    }

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string description)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await socket.CloseOutputAsync(status, description, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // Already gone; nothing to tell it.
        }
    }

    private DeviceIdentity IdentityOf(DeviceInfoPacket info) => new()
    {
        Transport = Name,
        Bus = BusKind.WebSocket,
        Address = info.Address,
        Name = info.Identifier,
    };

    private static bool TryParseAddress(string text, out IPAddress address)
    {
        switch (text.Trim())
        {
            case "*" or "+" or "0.0.0.0":
                address = IPAddress.Any;
                return true;
            case "localhost":
                address = IPAddress.Loopback;
                return true;
            default:
                return IPAddress.TryParse(text.Trim(), out address!);
        }
    }
}
