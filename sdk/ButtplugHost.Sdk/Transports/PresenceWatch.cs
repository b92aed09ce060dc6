using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Sdk.Transports;

/// <summary>
/// The polling half of an <see cref="IWatchingTransport"/> for a bus that can only be listed (serial
/// ports, HID nodes): while any device is watched, lists the bus every interval and reports each watched
/// address that is present again and not open with <see cref="ITransportHost.DeviceFound"/>. The loop
/// runs only while something is watched. Added in SDK 1.4.
/// </summary>
public sealed class PresenceWatch
{
    private readonly ConcurrentDictionary<string, DeviceIdentity> _watched = new(StringComparer.Ordinal);
    private readonly Func<IEnumerable<string>> _present;
    private readonly Func<string, bool> _isOpen;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private Task _loop = Task.CompletedTask;
    private bool _running;

    /// <param name="present">Lists the addresses on the bus now.</param>
    /// <param name="isOpen">Whether the transport has an address open already (then it is not reported).</param>
    /// <param name="interval">How often to list the bus (at least 50 ms).</param>
    /// <param name="logger">Where a failing listing is logged (the loop then ends until the next <see cref="Watch"/>).</param>
    /// <param name="time">The clock for the interval; the system clock when null.</param>
    public PresenceWatch(Func<IEnumerable<string>> present, Func<string, bool> isOpen, TimeSpan interval, ILogger logger, TimeProvider? time = null)
    {
        _present = present;
        _isOpen = isOpen;
        _interval = interval < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : interval;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Watches <paramref name="identity"/>'s address, reporting it to <paramref name="host"/> when it is back (see <see cref="IWatchingTransport.Watch"/>).</summary>
    public void Watch(ITransportHost host, DeviceIdentity identity)
    {
        _watched[identity.Address] = identity;
        lock (_gate)
        {
            if (_running || _stopping.IsCancellationRequested)
                return;
            _running = true;
            _loop = Task.Run(() => LoopAsync(host, _stopping.Token), CancellationToken.None);
        }
    }

    /// <summary>Stops watching <paramref name="address"/> (see <see cref="IWatchingTransport.Unwatch"/>).</summary>
    public void Unwatch(string address) => _watched.TryRemove(address, out _);

    /// <summary>Ends the loop for good and waits for it.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        await _loop;
    }

    private async Task LoopAsync(ITransportHost host, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                lock (_gate)
                {
                    if (_watched.IsEmpty)
                    {
                        _running = false;
                        return;
                    }
                }
                await Task.Delay(_interval, _time, stop);
                var present = _present().ToHashSet(StringComparer.Ordinal);
                foreach (var (address, identity) in _watched)
                {
                    if (present.Contains(address) && !_isOpen(address))
                        host.DeviceFound(identity);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Watching for devices that went away failed");
            lock (_gate)
                _running = false;
        }
    }
}
