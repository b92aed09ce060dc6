using ButtplugHost.Plugins.Hid.Os;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Hid.Bus;

/// <summary>
/// An open HID node as <see cref="IHardware"/> (endpoints: <see cref="HidEndpoints"/>). A reader thread
/// drains input reports from the moment it is open (so the OS buffer never fills with stale reports) and
/// raises them while <c>rx</c> is subscribed. A failed read or write (unplugged) is a disconnect.
/// </summary>
internal sealed class HidHardware : IHardware
{
    private const int ReadTimeoutMs = 100;
    private const int MaxReportLength = 4096;

    private readonly IHidDevice _device;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly object _gate = new();
    private readonly Task _reader;
    private volatile bool _subscribed;
    private bool _closed;
    private bool _disposed;

    public HidHardware(DeviceIdentity identity, IHidDevice device, ILogger logger)
    {
        Identity = identity;
        _device = device;
        _logger = logger;
        _reader = Task.Factory.StartNew(ReadLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public DeviceIdentity Identity { get; }

    public IReadOnlyCollection<string> Endpoints => HidEndpoints.All;

    public event EventHandler<HardwareNotification>? Notification;

    public event EventHandler? Disconnected;

    public bool IsClosed { get { lock (_gate) return _closed; } }

    public async Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
    {
        var feature = endpoint switch
        {
            HidEndpoints.OutputReport => false,
            HidEndpoints.FeatureReport => true,
            _ => throw new HardwareException($"HID device {Identity.Name} ({Identity.Address}) has no endpoint '{endpoint}' to write: output reports go to '{HidEndpoints.OutputReport}', feature reports to '{HidEndpoints.FeatureReport}'."),
        };
        if (data.Length == 0)
            throw new HardwareException($"HID device {Identity.Name}: a report needs at least its report id byte.");
        ThrowIfClosed();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ThrowIfClosed();
            await Task.Run(() =>
            {
                if (feature)
                    _device.SendFeatureReport(data.Span);
                else
                    _device.WriteOutputReport(data.Span);
            }, CancellationToken.None);
        }
        catch (IOException e)
        {
            _logger.LogWarning("HID device {Name} ({Address}): write failed ({Error}); treating it as gone", Identity.Name, Identity.Address, e.Message);
            Close();
            throw new HardwareException($"HID device {Identity.Name}: write failed: {e.Message}", e);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken) =>
        Task.FromException<byte[]>(new HardwareException($"HID device {Identity.Name} cannot be read on demand: input reports arrive as '{HidEndpoints.InputReport}' notifications."));

    public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken) => SetSubscribed(endpoint, true);

    public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) => SetSubscribed(endpoint, false);

    public async Task DisconnectAsync()
    {
        Close();
        await _reader;
        await _writeGate.WaitAsync();
        try
        {
            lock (_gate)
            {
                if (_disposed)
                    return;
                _disposed = true;
            }
            _device.Dispose();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private void ReadLoop()
    {
        var buffer = new byte[MaxReportLength];
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                var count = _device.ReadInputReport(buffer, ReadTimeoutMs);
                if (count > 0 && _subscribed)
                    Notification?.Invoke(this, new HardwareNotification(HidEndpoints.InputReport, buffer[..count]));
            }
        }
        catch (IOException e)
        {
            if (!IsClosed)
                _logger.LogWarning("HID device {Name} ({Address}) is gone: {Error}", Identity.Name, Identity.Address, e.Message);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "HID device {Name} ({Address}): reading failed", Identity.Name, Identity.Address);
        }
        Close();
        // Release the node whoever closed it (idempotent); it waits for this loop to have returned.
        _ = Task.Run(DisconnectAsync);
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
        Disconnected?.Invoke(this, EventArgs.Empty);
    }

    private void ThrowIfClosed()
    {
        if (IsClosed)
            throw new HardwareException($"HID device {Identity.Name} ({Identity.Address}) is disconnected.");
    }

    private Task SetSubscribed(string endpoint, bool on)
    {
        ThrowIfClosed();
        if (endpoint != HidEndpoints.InputReport)
            return Task.FromException(new HardwareException($"HID device {Identity.Name} has no endpoint '{endpoint}' to subscribe to: input reports arrive on '{HidEndpoints.InputReport}'."));
        _subscribed = on;
        return Task.CompletedTask;
    }
}
