using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Devices.Reconnect;

/// <summary>
/// Remembers every device that was connected, by transport and bus address. When one drops out (the
/// bus lost it, not the user or the host letting it go), the bus is asked to watch for it
/// (<see cref="IWatchingTransport"/>); when it is reported again, without a client scan, it is
/// connected again (the user device config gives it its old index). A device that keeps dropping out
/// waits longer each time (<see cref="ReconnectOptions.DelayAfter"/>), so it cannot flood the bus or the
/// clients; each wait is logged. A device that comes back is a new connection with a new handler:
/// it starts at rest and nothing it was doing before is replayed.
/// </summary>
internal sealed class DeviceReconnector(ReconnectOptions options, TimeProvider time, ILogger logger, Action<ITransport, DeviceIdentity> reportAgain) : IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<(string Transport, string Address), Remembered> _known = [];
    private bool _disposed;

    public ReconnectOptions Options => options;

    /// <summary>
    /// Whether a reported device may be connected now. Devices never seen, or let go on purpose, always
    /// may. A device that dropped out may when reconnecting is on for it and its back-off has passed
    /// (otherwise it is connected when the back-off ends); with reconnecting off, only during a client scan.
    /// </summary>
    public bool Admit(ITransport transport, DeviceIdentity identity, bool scanning)
    {
        lock (_gate)
        {
            if (_disposed || !_known.TryGetValue((transport.Name, identity.Address), out var device) || !device.Away)
                return true;
            device.Identity = identity;
            if (!device.Enabled)
            {
                if (!scanning)
                    logger.LogDebug("{Device} is back at {Address}; reconnecting is off for it, so it waits for a client scan", device.Label, identity.Address);
                return scanning;
            }
            var wait = device.NotBefore - time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
                return true;
            if (device.Retry is null)
            {
                logger.LogDebug("{Device} is back at {Address}; back-off: connecting in {Wait} ms", device.Label, identity.Address, (long)wait.TotalMilliseconds);
                var key = (transport.Name, identity.Address);
                device.Retry = time.CreateTimer(_ => RetryNow(key), null, wait, Timeout.InfiniteTimeSpan);
            }
            return false;
        }
    }

    /// <summary>A device was connected (found by a scan, a hot-plug report or a watch).</summary>
    /// <param name="enabled">Whether it is reconnected when it drops out (global setting, or its user config entry).</param>
    public void Connected(ITransport transport, ConnectedDevice connected, bool enabled)
    {
        bool wasAway;
        lock (_gate)
        {
            var key = (transport.Name, connected.Identity.Address);
            if (!_known.TryGetValue(key, out var device))
                _known[key] = device = new Remembered(transport, connected.Identity);
            wasAway = device.Away;
            device.Away = false;
            device.Identity = connected.Identity;
            device.Label = $"Device {connected.Info.Index} ({connected.Info.Name})";
            device.Enabled = enabled;
            device.ConnectedAt = time.GetUtcNow();
            device.Retry?.Dispose();
            device.Retry = null;
        }
        if (wasAway)
            logger.LogInformation("Device {Index}: {Name} reconnected at {Address}, at rest", connected.Info.Index, connected.Info.Name, connected.Identity.Address);
        if (transport is IWatchingTransport watching)
            Safely(transport, () => watching.Unwatch(connected.Identity.Address));
    }

    /// <summary>The bus lost a connected device (out of range, switched off, unplugged, failed writes).</summary>
    public void Dropped(ITransport transport, ConnectedDevice connected)
    {
        TimeSpan delay;
        int inARow;
        bool enabled;
        lock (_gate)
        {
            if (_disposed || !_known.TryGetValue((transport.Name, connected.Identity.Address), out var device))
                return;
            var now = time.GetUtcNow();
            // A device that stayed a while was not flapping: its back-off starts afresh.
            if (device.ConnectedAt is { } since && now - since >= options.StableAfter)
                device.InARow = 0;
            inARow = ++device.InARow;
            delay = options.DelayAfter(inARow);
            device.NotBefore = now + delay;
            device.Away = true;
            enabled = device.Enabled;
        }
        if (!enabled)
        {
            logger.LogInformation("Device {Index}: {Name} went away; reconnecting is off for it, a client scan finds it again", connected.Info.Index, connected.Info.Name);
            return;
        }
        if (delay > TimeSpan.Zero)
            logger.LogInformation("Device {Index}: {Name} dropped out {Count} times in a row; back-off: next reconnect in {Delay} ms at the earliest",
                connected.Info.Index, connected.Info.Name, inARow, (long)delay.TotalMilliseconds);
        else
            logger.LogInformation("Device {Index}: {Name} went away; it is reconnected when it is back", connected.Info.Index, connected.Info.Name);
        if (transport is IWatchingTransport watching)
            Safely(transport, () => watching.Watch(connected.Identity));
    }

    /// <summary>Connecting a device that dropped out failed: it counts as one more drop-out in a row.</summary>
    public void Failed(ITransport transport, DeviceIdentity identity)
    {
        TimeSpan delay;
        int inARow;
        string label;
        lock (_gate)
        {
            if (_disposed || !_known.TryGetValue((transport.Name, identity.Address), out var device) || !device.Away)
                return;
            inARow = ++device.InARow;
            delay = options.DelayAfter(inARow);
            device.NotBefore = time.GetUtcNow() + delay;
            label = device.Label;
        }
        logger.LogInformation("{Device}: reconnecting failed ({Count} in a row); back-off: next attempt in {Delay} ms at the earliest", label, inARow, (long)delay.TotalMilliseconds);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var device in _known.Values)
                device.Retry?.Dispose();
        }
    }

    // The back-off of a device reported during it has passed: connect it with what it last reported.
    private void RetryNow((string Transport, string Address) key)
    {
        ITransport transport;
        DeviceIdentity identity;
        lock (_gate)
        {
            if (_disposed || !_known.TryGetValue(key, out var device) || !device.Away || device.Retry is null)
                return;
            device.Retry.Dispose();
            device.Retry = null;
            transport = device.Transport;
            identity = device.Identity;
        }
        reportAgain(transport, identity);
    }

    private void Safely(ITransport transport, Action call)
    {
        try
        {
            call();
        }
        catch (Exception e)
        {
            logger.LogWarning("Transport {Transport} failed to watch for a device: {Error}", transport.Name, e.Message);
        }
    }

    private sealed class Remembered(ITransport transport, DeviceIdentity identity)
    {
        public ITransport Transport { get; } = transport;
        public DeviceIdentity Identity { get; set; } = identity;
        public string Label { get; set; } = identity.Name;
        public bool Enabled { get; set; } = true;
        public bool Away { get; set; }
        public int InARow { get; set; }
        public DateTimeOffset NotBefore { get; set; }
        public DateTimeOffset? ConnectedAt { get; set; }
        public ITimer? Retry { get; set; }
    }
}
