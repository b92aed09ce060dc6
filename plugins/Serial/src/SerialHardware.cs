using System.IO.Ports;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Serial;

/// <summary>
/// An open serial port as <see cref="IHardware"/>. Writes to <c>tx</c> go to the port; everything read
/// from it is raised on <c>rx</c> as it arrives, from the moment the port is open (a byte stream has
/// nothing to subscribe to: subscribing to rx is accepted and changes nothing). A port that fails or
/// vanishes (unplugged adapter, closed pseudo-terminal) is a disconnect.
/// </summary>
internal sealed class SerialHardware : IHardware
{
    private static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan DisposeWait = TimeSpan.FromSeconds(2);

    private readonly SerialPort _port;
    private readonly Stream _stream;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _closing = new();
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly object _gate = new();
    private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _readLoop = Task.CompletedTask;
    private bool _closed;

    private SerialHardware(DeviceIdentity identity, SerialPort port, ILogger logger)
    {
        Identity = identity;
        _port = port;
        _stream = port.BaseStream;
        _logger = logger;
    }

    /// <summary>Opens the port named by the identity's address.</summary>
    /// <exception cref="HardwareException">The port cannot be opened.</exception>
    public static async Task<SerialHardware> OpenAsync(DeviceIdentity identity, SerialSettings settings, ILogger logger, CancellationToken cancellationToken)
    {
        var port = new SerialPort(identity.Address, settings.BaudRate, settings.Parity, settings.DataBits, settings.StopBits)
        {
            Handshake = Handshake.None,
        };
        try
        {
            await Task.Run(port.Open, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or OperationCanceledException)
        {
            port.Dispose();
            throw new HardwareException($"Cannot open serial port {identity.Address} ({settings}): {e.Message}", e);
        }
        var hardware = new SerialHardware(identity, port, logger);
        hardware._readLoop = Task.Run(hardware.ReadLoopAsync, CancellationToken.None);
        return hardware;
    }

    public DeviceIdentity Identity { get; }

    public IReadOnlyCollection<string> Endpoints { get; } = [Sdk.Hardware.Endpoints.Tx, Sdk.Hardware.Endpoints.Rx];

    public event EventHandler<HardwareNotification>? Notification;

    public event EventHandler? Disconnected;

    public bool IsClosed { get { lock (_gate) return _closed; } }

    /// <summary>Completes when the OS handle of the port has been released (after a disconnect).</summary>
    public Task Released => _disposed.Task;

    public async Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
    {
        if (endpoint != Sdk.Hardware.Endpoints.Tx)
            throw new HardwareException($"Serial port {Identity.Address} can only be written on 'tx', not '{endpoint}'.");
        ThrowIfClosed();
        await _writeGate.WaitAsync(cancellationToken);
        // A write to a port that vanished never completes: bound it, and end it when the read loop sees the loss.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
        bounded.CancelAfter(WriteTimeout);
        try
        {
            await _stream.WriteAsync(data, bounded.Token);
            await _stream.FlushAsync(bounded.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException or UnauthorizedAccessException or TimeoutException or OperationCanceledException)
        {
            var reason = e is OperationCanceledException ? (IsClosed ? "the port is gone" : "timed out") : e.Message;
            _logger.LogWarning("Serial port {Port}: write failed ({Error}); treating the port as gone", Identity.Address, reason);
            Close();
            throw new HardwareException($"Serial port {Identity.Address}: write failed: {reason}.", e);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken) =>
        Task.FromException<byte[]>(new HardwareException($"Serial port {Identity.Address} cannot be read on demand: its data arrives as '{Sdk.Hardware.Endpoints.Rx}' notifications."));

    public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken) => CheckRx(endpoint);

    public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) => CheckRx(endpoint);

    /// <summary>
    /// Closes the port and raises <see cref="Disconnected"/>. Waits at most <see cref="DisposeWait"/> for
    /// the handle to be released: a port whose device vanished can block there; <see cref="Released"/> tells when it is.
    /// </summary>
    public async Task DisconnectAsync()
    {
        Close();
        await _readLoop;
        await Task.WhenAny(_disposed.Task, Task.Delay(DisposeWait));
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var count = await _stream.ReadAsync(buffer, _closing.Token);
                if (count == 0)
                    break;
                Notification?.Invoke(this, new HardwareNotification(Sdk.Hardware.Endpoints.Rx, buffer[..count]));
            }
            if (!IsClosed)
                _logger.LogWarning("Serial port {Port} reached its end; treating it as gone", Identity.Address);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException or UnauthorizedAccessException or OperationCanceledException)
        {
            if (!IsClosed)
                _logger.LogWarning("Serial port {Port} is gone: {Error}", Identity.Address, e.Message);
        }
        Close();
    }

    private void Close()
    {
        lock (_gate)
        {
            if (_closed)
                return;
            _closed = true;
        }
        _closing.Cancel();
        // Closing a port whose device vanished mid-write can block for a long time inside System.IO.Ports,
        // so the port is released on a thread of its own and the disconnect is reported at once.
        new Thread(DisposePort) { IsBackground = true, Name = $"close {Identity.Address}" }.Start();
        Disconnected?.Invoke(this, EventArgs.Empty);
    }

    private void DisposePort()
    {
        try
        {
            _port.Dispose();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            _logger.LogDebug("Closing serial port {Port}: {Error}", Identity.Address, e.Message);
        }
        _disposed.TrySetResult();
    }

    private void ThrowIfClosed()
    {
        if (IsClosed)
            throw new HardwareException($"Serial port {Identity.Address} is disconnected.");
    }

    private Task CheckRx(string endpoint)
    {
        ThrowIfClosed();
        return endpoint == Sdk.Hardware.Endpoints.Rx
            ? Task.CompletedTask
            : Task.FromException(new HardwareException($"Serial port {Identity.Address} has no endpoint '{endpoint}' to subscribe to."));
    }
}
