using ButtplugHost.Devices.Scheduling;

namespace ButtplugHost.Devices;

/// <summary>
/// Says when the client has stopped sending for now: the connection calls <see cref="Drained"/> each
/// time it has handled every frame already received and its next receive has to wait for the network.
/// A device holding a burst of commands in its merge window (see <see cref="MergeWindow"/>) writes it
/// then instead of waiting out the window. Allocation-free: a device notes the <see cref="Generation"/>
/// when its burst starts (the burst is drained once it changes) and, while it holds the burst, is woken
/// through its own reused <see cref="WakeSignal"/>.
/// </summary>
internal sealed class BurstSignal
{
    private readonly object _gate = new();
    // Devices holding a burst: woken at the next drain, then forgotten.
    private readonly List<WakeSignal> _watchers = [];
    private long _generation;

    /// <summary>Counts the drains so far; a burst that started at one value is drained once it differs.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// Wakes <paramref name="wake"/> at the next drain, unless one came after <paramref name="since"/>
    /// already: then returns false (the burst is drained; nothing is registered).
    /// </summary>
    public bool Watch(long since, WakeSignal wake)
    {
        lock (_gate)
        {
            if (_generation != since)
                return false;
            if (!_watchers.Contains(wake))
                _watchers.Add(wake);
            return true;
        }
    }

    /// <summary>Drops a watcher that will no longer wait (its device is gone).</summary>
    public void Forget(WakeSignal wake)
    {
        lock (_gate)
            _watchers.Remove(wake);
    }

    /// <summary>Every frame received so far has been handled.</summary>
    public void Drained()
    {
        lock (_gate)
        {
            Interlocked.Increment(ref _generation);
            // Set only queues each waiting loop on the thread pool: cheap enough to do under the lock.
            foreach (var wake in _watchers)
                wake.Set();
            _watchers.Clear();
        }
    }
}
