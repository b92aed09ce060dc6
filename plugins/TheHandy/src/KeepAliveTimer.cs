using ButtplugHost.Sdk.Hardware;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.TheHandy;

/// <summary>
/// Writes a fixed packet to <c>tx</c> whenever <paramref name="interval"/> passes without a command.
/// Stops at the first failed write (the device is gone).
/// </summary>
internal sealed class KeepAliveTimer : IAsyncDisposable
{
    private readonly IHardware _hardware;
    private readonly byte[] _packet;
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;
    private readonly Timer _timer;
    private int _stopped;

    public KeepAliveTimer(IHardware hardware, byte[] packet, TimeSpan interval, ILogger logger)
    {
        _hardware = hardware;
        _packet = packet;
        _interval = interval;
        _logger = logger;
        _timer = new Timer(_ => _ = TickAsync(), null, interval, interval);
    }

    /// <summary>A command was sent: the device is not idle, start counting again.</summary>
    public void Touch()
    {
        if (Volatile.Read(ref _stopped) != 0)
            return;
        try
        {
            _timer.Change(_interval, _interval);
        }
        catch (ObjectDisposedException)
        {
            // Stopped meanwhile: nothing to restart.
        }
    }

    private async Task TickAsync()
    {
        if (Volatile.Read(ref _stopped) != 0)
            return;
        try
        {
            await _hardware.WriteAsync(Endpoints.Tx, _packet, withResponse: true, CancellationToken.None);
        }
        catch (Exception e)
        {
            _logger.LogWarning("Keep-alive write failed, stopping keep-alives: {Error}", e.Message);
            await DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
            await _timer.DisposeAsync();
    }
}
