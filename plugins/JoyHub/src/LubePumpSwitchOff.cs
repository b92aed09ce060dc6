using ButtplugHost.Sdk.Hardware;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.JoyHub;

/// <summary>
/// JoyHub's lube pump runs until told to stop; as the reference does, every spray command is followed,
/// one second later, by the pump's off packet, written straight to the device.
/// </summary>
internal sealed class LubePumpSwitchOff : IAsyncDisposable
{
    /// <summary>How long after a spray command the pump is switched off.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly IHardware _hardware;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private readonly HashSet<ITimer> _timers = [];
    private readonly List<Task> _writes = [];
    private readonly CancellationTokenSource _disposing = new();
    private bool _disposed;

    public LubePumpSwitchOff(IHardware hardware, TimeProvider time, ILogger logger)
    {
        _hardware = hardware;
        _time = time;
        _logger = logger;
    }

    /// <summary>Schedules one off packet, <see cref="Delay"/> from now.</summary>
    public void Schedule()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            ITimer? timer = null;
            timer = _time.CreateTimer(_ => Fire(timer!), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _timers.Add(timer);
            timer.Change(Delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire(ITimer timer)
    {
        lock (_gate)
        {
            if (_disposed || !_timers.Remove(timer))
                return;
            _writes.RemoveAll(w => w.IsCompleted);
            _writes.Add(SwitchOffAsync());
        }
        timer.Dispose();
    }

    private async Task SwitchOffAsync()
    {
        try
        {
            await _hardware.WriteAsync(Endpoints.Tx, JoyHubPackets.LubePump(on: false), withResponse: false, _disposing.Token);
        }
        catch (OperationCanceledException) when (_disposing.IsCancellationRequested)
        {
        }
        catch (HardwareException e)
        {
            _logger.LogWarning("Could not switch the lube pump of {Device} off (it has probably disconnected): {Error}", _hardware.Identity.Name, e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<ITimer> timers;
        List<Task> writes;
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            timers = [.. _timers];
            _timers.Clear();
            writes = [.. _writes];
        }
        foreach (var timer in timers)
            await timer.DisposeAsync();
        await _disposing.CancelAsync();
        await Task.WhenAll(writes);
        _disposing.Dispose();
    }
}
