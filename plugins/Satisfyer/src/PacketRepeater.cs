using ButtplugHost.Sdk.Hardware;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Satisfyer;

/// <summary>
/// Re-sends the last packet to an endpoint whenever nothing new was sent for an interval: Satisfyer
/// toys stop (and may disconnect) when they hear nothing for a few seconds.
/// </summary>
internal sealed class PacketRepeater : IAsyncDisposable
{
    private readonly IHardware _hardware;
    private readonly string _endpoint;
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private byte[]? _packet;
    private Task _sending = Task.CompletedTask;
    private bool _disposed;

    public PacketRepeater(IHardware hardware, string endpoint, TimeSpan interval, TimeProvider time, ILogger logger)
    {
        _hardware = hardware;
        _endpoint = endpoint;
        _interval = interval;
        _logger = logger;
        _timer = time.CreateTimer(_ => OnQuiet(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Sets the packet to repeat, counting the quiet time from now (it is being sent).</summary>
    public void Repeat(byte[] packet)
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _packet = packet;
            _timer.Change(_interval, _interval);
        }
    }

    private void OnQuiet()
    {
        lock (_gate)
        {
            // One repeat at a time: a slow write must not pile up behind itself.
            if (_disposed || _packet is null || !_sending.IsCompleted)
                return;
            _sending = SendAsync(_packet);
        }
    }

    private async Task SendAsync(byte[] packet)
    {
        try
        {
            await _hardware.WriteAsync(_endpoint, packet, withResponse: false, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (HardwareException e)
        {
            _logger.LogWarning("Keep-alive to {Device} failed, no more will be sent: {Error}", _hardware.Identity.Name, e.Message);
            lock (_gate)
            {
                _packet = null;
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
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
