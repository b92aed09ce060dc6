using System.Collections.Concurrent;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Dashboard;

/// <summary>
/// Battery and signal strength of each device, for the status page. Read only while a page is open
/// (a read is a real exchange with the toy, which nobody asked for otherwise): when a page opens,
/// when a device is added while one is open, and then once a minute.
/// </summary>
internal sealed class DeviceReadings : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);
    private readonly DeviceManager _devices;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<ConnectedDevice, (int? Battery, int? Rssi)> _values = new();
    private readonly ITimer _timer;
    private int _watchers;

    public DeviceReadings(DeviceManager devices, ILogger<DeviceReadings> logger, TimeProvider time)
    {
        _devices = devices;
        _logger = logger;
        devices.DeviceAdded += d =>
        {
            if (Volatile.Read(ref _watchers) > 0)
                _ = ReadAsync(d);
        };
        devices.DeviceRemoved += d => _values.TryRemove(d, out _);
        _timer = time.CreateTimer(_ => ReadAll(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>A status page opened: read every device now, then once a minute while any page stays open.</summary>
    public void PageOpened()
    {
        if (Interlocked.Increment(ref _watchers) != 1)
            return;
        ReadAll();
        _timer.Change(Period, Period);
    }

    /// <summary>A status page closed; with none left, reading stops.</summary>
    /// <returns>True when it was the last open page.</returns>
    public bool PageClosed()
    {
        if (Interlocked.Decrement(ref _watchers) != 0)
            return false;
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return true;
    }

    private void ReadAll()
    {
        foreach (var d in _devices.Devices)
            _ = ReadAsync(d);
    }

    /// <summary>Raised after a reading changed.</summary>
    public event Action? Changed;

    public int? Battery(ConnectedDevice device) => _values.TryGetValue(device, out var v) ? v.Battery : null;

    public int? Rssi(ConnectedDevice device) => _values.TryGetValue(device, out var v) ? v.Rssi : null;

    private async Task ReadAsync(ConnectedDevice device)
    {
        var battery = await ReadAsync(device, InputType.Battery);
        var rssi = await ReadAsync(device, InputType.Rssi);
        if (!_devices.Devices.Contains(device))
            return;
        _values[device] = (battery, rssi);
        Changed?.Invoke();
    }

    private async Task<int?> ReadAsync(ConnectedDevice device, InputType type)
    {
        var feature = device.Info.Features.FirstOrDefault(f => f.Input?.ContainsKey(type) == true);
        if (feature is null)
            return null;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            return await device.ReadInputAsync(feature.Index, type, timeout.Token);
        }
        catch (Exception e)
        {
            _logger.LogDebug("{Device}: reading {Type} for the status page failed: {Error}", device.Info.Name, type, e.Message);
            return null;
        }
    }

    public void Dispose() => _timer.Dispose();
}
