using System.Net.WebSockets;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.DeviceWebSocket;

/// <summary>
/// One identified network device on its socket. It becomes the device's <see cref="IHardware"/> when
/// the host connects to it: writes to <c>tx</c> go out as binary messages, and every message the
/// device sends (binary, or text as its UTF-8 bytes) is raised on <c>rx</c>. A stream has nothing to
/// subscribe to, so rx data is always delivered once connected; subscribing to rx is accepted and
/// changes nothing. Messages that arrive before the host connects are dropped.
/// </summary>
internal sealed class WebSocketDevice : IHardware
{
    private static readonly TimeSpan CloseWait = TimeSpan.FromSeconds(1);

    private readonly WebSocket _socket;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private bool _handedOut;
    private bool _closed;

    public WebSocketDevice(DeviceIdentity identity, WebSocket socket, ILogger logger)
    {
        Identity = identity;
        _socket = socket;
        _logger = logger;
    }

    public DeviceIdentity Identity { get; }

    public IReadOnlyCollection<string> Endpoints { get; } = [Sdk.Hardware.Endpoints.Tx, Sdk.Hardware.Endpoints.Rx];

    public event EventHandler<HardwareNotification>? Notification;

    public event EventHandler? Disconnected;

    /// <summary>Marks the device as connected by the host; false when it is gone or already connected.</summary>
    public bool TryHandOut()
    {
        lock (_gate)
        {
            if (_closed || _handedOut)
                return false;
            _handedOut = true;
            return true;
        }
    }

    public bool IsClosed { get { lock (_gate) return _closed; } }

    /// <summary>True once the host connected it (a protocol claimed its identifier).</summary>
    public bool IsHandedOut { get { lock (_gate) return _handedOut; } }

    /// <summary>Closes the socket with a reason (e.g. no protocol wants it), then drops it.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string description)
    {
        await CloseQuietlyAsync(status, description);
        await Task.WhenAny(_finished.Task, Task.Delay(CloseWait));
        _socket.Abort();
        MarkClosed();
    }

    /// <summary>Receives the device's messages until the socket closes, then raises <see cref="Disconnected"/>.</summary>
    public async Task RunAsync(int maxMessageBytes, CancellationToken cancellationToken)
    {
        try
        {
            while (await WebSocketMessages.ReceiveAsync(_socket, maxMessageBytes, cancellationToken) is { } message)
                Deliver(message.Data);
            _logger.LogInformation("Network device {Name} ({Address}) closed its connection", Identity.Name, Identity.Address);
            await CloseQuietlyAsync(WebSocketCloseStatus.NormalClosure, "closed");
        }
        catch (InvalidDataException e)
        {
            _logger.LogWarning("Network device {Name} ({Address}) sent a {Reason}; closing", Identity.Name, Identity.Address, e.Message);
            await CloseQuietlyAsync(WebSocketCloseStatus.MessageTooBig, "message too big");
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            if (!IsClosed)
                _logger.LogInformation("Network device {Name} ({Address}) connection lost: {Error}", Identity.Name, Identity.Address, e.Message);
        }
        finally
        {
            _socket.Abort();
            MarkClosed();
            _finished.TrySetResult();
        }
    }

    public async Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
    {
        if (endpoint != Sdk.Hardware.Endpoints.Tx)
            throw new HardwareException($"{Identity.Name} ({Identity.Address}) can only be written on 'tx', not '{endpoint}'.");
        ThrowIfClosed();
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(data, WebSocketMessageType.Binary, endOfMessage: true, cancellationToken);
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            throw new HardwareException($"{Identity.Name} ({Identity.Address}): write failed, the connection is gone.", e);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken) =>
        Task.FromException<byte[]>(new HardwareException($"{Identity.Name} ({Identity.Address}) cannot be read: its data arrives as '{Sdk.Hardware.Endpoints.Rx}' notifications."));

    public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken) => CheckRx(endpoint);

    public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) => CheckRx(endpoint);

    /// <summary>Closes the socket (politely, then by force after a second) and raises <see cref="Disconnected"/>.</summary>
    public async Task DisconnectAsync()
    {
        if (IsClosed)
            return;
        await CloseQuietlyAsync(WebSocketCloseStatus.NormalClosure, "disconnected by the server");
        // The receive loop ends when the device answers the close; don't wait for a silent one.
        await Task.WhenAny(_finished.Task, Task.Delay(CloseWait));
        _socket.Abort();
        MarkClosed();
    }

    /// <summary>Drops the connection at once (server shutdown, replaced by a newer one).</summary>
    public void Abort()
    {
        _socket.Abort();
        MarkClosed();
    }

    private void Deliver(byte[] data)
    {
        lock (_gate)
        {
            if (_closed)
                return;
            if (!_handedOut)
            {
                _logger.LogDebug("Network device {Name} ({Address}) sent {Count} bytes before it was connected; dropped", Identity.Name, Identity.Address, data.Length);
                return;
            }
        }
        Notification?.Invoke(this, new HardwareNotification(Sdk.Hardware.Endpoints.Rx, data));
    }

    private void MarkClosed()
    {
        bool raise;
        lock (_gate)
        {
            if (_closed)
                return;
            _closed = true;
            raise = _handedOut;
        }
        if (raise)
            Disconnected?.Invoke(this, EventArgs.Empty);
    }

    private async Task CloseQuietlyAsync(WebSocketCloseStatus status, string description)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        try
        {
            using var timeout = new CancellationTokenSource(CloseWait);
            await _sendGate.WaitAsync(timeout.Token);
            try
            {
                await _socket.CloseOutputAsync(status, description, timeout.Token);
            }
            finally
            {
                _sendGate.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            _logger.LogDebug("Closing {Address}: {Error}", Identity.Address, e.Message);
        }
    }

    private void ThrowIfClosed()
    {
        if (IsClosed)
            throw new HardwareException($"{Identity.Name} ({Identity.Address}) is disconnected.");
    }

    private Task CheckRx(string endpoint)
    {
        ThrowIfClosed();
        return endpoint == Sdk.Hardware.Endpoints.Rx
            ? Task.CompletedTask
            : Task.FromException(new HardwareException($"{Identity.Name} ({Identity.Address}) has no endpoint '{endpoint}' to subscribe to."));
    }
}
