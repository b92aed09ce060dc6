using ButtplugHost.Sdk.Hardware;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>
/// Writes a fresh frame (acknowledged) whenever nothing was sent for an interval. The toy runs each
/// command for 6 s only, and every frame needs a new counter, so the frame is built at each repeat —
/// which is why this is not the SDK's <c>KeepAlive</c>, which repeats one fixed packet.
/// </summary>
internal sealed class QuietRepeater : IAsyncDisposable
{
    private readonly IHardware _hardware;
    private readonly string _endpoint;
    private readonly TimeSpan _interval;
    private readonly Func<byte[]> _nextFrame;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private Task _sending = Task.CompletedTask;
    private bool _disposed;

    public QuietRepeater(IHardware hardware, string endpoint, TimeSpan interval, Func<byte[]> nextFrame, TimeProvider time, ILogger logger)
    {
        _hardware = hardware;
        _endpoint = endpoint;
        _interval = interval;
        _nextFrame = nextFrame;
        _logger = logger;
        _timer = time.CreateTimer(_ => OnQuiet(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Starts counting quiet time.</summary>
    public void Start() => Touch();

    /// <summary>Something is being sent: the quiet time starts again from now.</summary>
    public void Touch()
    {
        lock (_gate)
        {
            if (!_disposed)
                _timer.Change(_interval, _interval);
        }
    }

    private void OnQuiet()
    {
        lock (_gate)
        {
            // One repeat at a time: a slow write must not pile up behind itself.
            if (_disposed || !_sending.IsCompleted)
                return;
            _sending = SendAsync(_nextFrame());
        }
    }

    private async Task SendAsync(byte[] frame)
    {
        try
        {
            await _hardware.WriteAsync(_endpoint, frame, withResponse: true, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (HardwareException e)
        {
            _logger.LogWarning("Keep-alive to {Device} failed, no more will be sent: {Error}", _hardware.Identity.Name, e.Message);
            lock (_gate)
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task sending;
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            sending = _sending;
        }
        await _timer.DisposeAsync();
        await _stopping.CancelAsync();
        await sending;
        _stopping.Dispose();
    }
}
