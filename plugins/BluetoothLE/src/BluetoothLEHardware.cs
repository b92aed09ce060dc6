using System.Collections.Concurrent;
using ButtplugHost.DBus;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>
/// A BLE device connected through BlueZ. Endpoints are GATT characteristic objects; notifications
/// arrive as PropertiesChanged on their <c>Value</c>. The transport routes the device's signals here.
/// </summary>
internal sealed class BluetoothLEHardware : IHardware
{
    private readonly DBusConnection _bus;
    private readonly ILogger _logger;
    private readonly Action<BluetoothLEHardware> _onGone;
    private readonly TaskCompletionSource _servicesResolved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, byte> _subscribed = new();
    private Dictionary<string, ObjectPath> _endpoints = [];
    private Dictionary<ObjectPath, string> _endpointsByPath = [];
    private int _state; // 0 connecting, 1 ready (handed out), 2 gone

    public BluetoothLEHardware(DBusConnection bus, DeviceIdentity identity, ObjectPath device, ILogger logger, Action<BluetoothLEHardware> onGone)
    {
        _bus = bus;
        Identity = identity;
        DevicePath = device;
        _logger = logger;
        _onGone = onGone;
    }

    public DeviceIdentity Identity { get; }

    /// <summary>The Device1 object.</summary>
    public ObjectPath DevicePath { get; }

    public IReadOnlyCollection<string> Endpoints => _endpoints.Keys;

    public bool IsGone => Volatile.Read(ref _state) == 2;

    public event EventHandler<HardwareNotification>? Notification;

    public event EventHandler? Disconnected;

    /// <summary>Completes when BlueZ reports ServicesResolved; fails if the device drops first.</summary>
    public Task ServicesResolved => _servicesResolved.Task;

    /// <summary>Marks the services resolved (when the cache already says so).</summary>
    public void MarkResolved() => _servicesResolved.TrySetResult();

    /// <summary>Hands the device out with its endpoint map.</summary>
    public void Ready(Dictionary<string, ObjectPath> endpoints)
    {
        _endpoints = endpoints;
        _endpointsByPath = endpoints.ToDictionary(kv => kv.Value, kv => kv.Key);
        Interlocked.CompareExchange(ref _state, 1, 0);
    }

    public Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken) =>
        CallAsync(endpoint, "WriteValue", "aya{sv}",
            [data.ToArray(), new Dictionary<string, Variant> { ["type"] = new("s", withResponse ? "request" : "command") }], cancellationToken);

    public async Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken)
    {
        var reply = await CallAsync(endpoint, "ReadValue", "a{sv}", [new Dictionary<string, Variant>()], cancellationToken);
        return reply is [byte[] value] ? value : throw new HardwareException($"ReadValue on {endpoint} of {Describe()} returned no bytes.");
    }

    public async Task SubscribeAsync(string endpoint, CancellationToken cancellationToken)
    {
        // Listen first: the device may notify as soon as notifications are on.
        _subscribed[endpoint] = 0;
        try
        {
            await CallAsync(endpoint, "StartNotify", "", [], cancellationToken);
        }
        catch
        {
            _subscribed.TryRemove(endpoint, out _);
            throw;
        }
    }

    public async Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken)
    {
        _subscribed.TryRemove(endpoint, out _);
        await CallAsync(endpoint, "StopNotify", "", [], cancellationToken);
    }

    public async Task DisconnectAsync()
    {
        if (IsGone)
            return;
        try
        {
            await _bus.CallMethodAsync(BlueZ.Service, DevicePath, BlueZ.Device, "Disconnect");
        }
        catch (Exception e) when (e is DBusErrorException or DBusConnectionException)
        {
            // Already disconnected, or BlueZ is gone: either way the device is no longer ours.
            _logger.LogDebug("Disconnect of {Device}: {Error}", Describe(), e.Message);
        }
        Gone("disconnect requested");
    }

    /// <summary>Device1 properties changed.</summary>
    public void OnDeviceChanged(IReadOnlyDictionary<string, Variant> changed)
    {
        if (changed.TryGetValue("ServicesResolved", out var resolved) && resolved.Value is true)
            _servicesResolved.TrySetResult();
        if (changed.TryGetValue("Connected", out var connected) && connected.Value is false)
            Gone("the device disconnected");
    }

    /// <summary>A characteristic's Value changed: a notification when the endpoint is subscribed.</summary>
    public void OnCharacteristicValue(ObjectPath characteristic, byte[] value)
    {
        if (Volatile.Read(ref _state) == 1 && _endpointsByPath.TryGetValue(characteristic, out var endpoint) && _subscribed.ContainsKey(endpoint))
            Notification?.Invoke(this, new HardwareNotification(endpoint, value));
    }

    /// <summary>The device is gone (disconnected, removed, adapter or bus lost). Raises Disconnected once, if handed out.</summary>
    public void Gone(string reason)
    {
        var previous = Interlocked.Exchange(ref _state, 2);
        if (previous == 2)
            return;
        _servicesResolved.TrySetException(new HardwareException($"{Describe()}: {reason}."));
        _onGone(this);
        if (previous == 1)
        {
            _logger.LogInformation("Bluetooth LE device {Device} disconnected: {Reason}", Describe(), reason);
            Disconnected?.Invoke(this, EventArgs.Empty);
        }
    }

    private async Task<object[]> CallAsync(string endpoint, string method, Signature signature, object[] args, CancellationToken cancellationToken)
    {
        if (IsGone)
            throw new HardwareException($"{Describe()} is disconnected.");
        if (!_endpoints.TryGetValue(endpoint, out var characteristic))
            throw new HardwareException($"{Describe()} has no endpoint '{endpoint}' (it has: {string.Join(", ", _endpoints.Keys)}).");
        try
        {
            return await _bus.CallMethodAsync(BlueZ.Service, characteristic, BlueZ.GattCharacteristic, method, signature, args, cancellationToken);
        }
        catch (DBusErrorException e)
        {
            throw new HardwareException($"{method} on {endpoint} of {Describe()} failed: {e.ErrorName}: {e.ErrorMessage}", e);
        }
        catch (DBusConnectionException e)
        {
            throw new HardwareException($"{method} on {endpoint} of {Describe()} failed: the D-Bus connection is lost.", e);
        }
    }

    private string Describe() => Identity.Name.Length > 0 ? $"{Identity.Name} ({Identity.Address})" : Identity.Address;
}
