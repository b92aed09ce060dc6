using System.Collections.Concurrent;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Dashboard;

/// <summary>
/// Battery and signal strength of each device, for the status page: read when the device is added
/// and then once a minute (a read is a real exchange with the toy, so not more often).
/// </summary>
internal sealed class DeviceReadings : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);
    private readonly DeviceManager _devices;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<ConnectedDevice, (int? Battery, int? Rssi)> _values = new();
    private readonly ITimer _timer;

    public DeviceReadings(DeviceManager devices, ILogger<DeviceReadings> logger, TimeProvider time)
    {
        _devices = devices;
        _logger = logger;
        devices.DeviceAdded += d => _ = ReadAsync(d);
        devices.DeviceRemoved += d => _values.TryRemove(d, out _);
        _timer = time.CreateTimer(_ => { foreach (var d in devices.Devices) _ = ReadAsync(d); }, null, Period, Period);
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
