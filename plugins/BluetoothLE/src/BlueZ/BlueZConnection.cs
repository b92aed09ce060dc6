using ButtplugHost.Plugins.BluetoothLE.Core;
using Tmds.DBus.Protocol;

namespace ButtplugHost.Plugins.BluetoothLE.BlueZ;

/// <summary>
/// One device connected through BlueZ. Characteristics are GattCharacteristic1 objects (their path is
/// the <see cref="BleCharacteristic.Id"/>); notifications arrive as PropertiesChanged on their Value,
/// routed here by the adapter together with the device's own changes.
/// </summary>
internal sealed class BlueZConnection(DBusConnection bus, string devicePath, Action<BlueZConnection> forget) : IBleConnection
{
    private static readonly Dictionary<string, VariantValue> NoOptions = [];
    private readonly TaskCompletionSource _servicesResolved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Dictionary<string, BleCharacteristic> _byPath = [];
    private int _lost;

    public string DevicePath { get; } = devicePath;

    public IReadOnlyList<BleCharacteristic> Characteristics { get; private set; } = [];

    public bool IsConnected => Volatile.Read(ref _lost) == 0;

    public event Action<BleCharacteristic, byte[]>? ValueChanged;

    public event Action<string>? Lost;

    /// <summary>Completes when BlueZ reports ServicesResolved; fails if the device goes first.</summary>
    public Task ServicesResolved => _servicesResolved.Task;

    public void MarkResolved() => _servicesResolved.TrySetResult();

    /// <summary>Takes the device's characteristics from a GetManagedObjects snapshot.</summary>
    public void LoadCharacteristics(Dictionary<string, Dictionary<string, Dictionary<string, VariantValue>>> objects)
    {
        var services = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (path, interfaces) in objects)
        {
            if (interfaces.TryGetValue(BlueZNames.GattService, out var service) && service.Path("Device") == DevicePath && service.Uuid("UUID") is { } uuid)
                services[path] = uuid;
        }
        var characteristics = new List<BleCharacteristic>();
        foreach (var (path, interfaces) in objects)
        {
            if (interfaces.TryGetValue(BlueZNames.GattCharacteristic, out var properties)
                && properties.Path("Service") is { } servicePath && services.TryGetValue(servicePath, out var serviceUuid)
                && properties.Uuid("UUID") is { } uuid)
            {
                characteristics.Add(new BleCharacteristic(serviceUuid, uuid, path));
            }
        }
        _byPath = characteristics.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Characteristics = characteristics;
    }

    public Task WriteAsync(BleCharacteristic characteristic, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken) =>
        BlueZCalls.CallAsync(bus, characteristic.Id, BlueZNames.GattCharacteristic, "WriteValue", cancellationToken, "aya{sv}", (ref MessageWriter w) =>
        {
            w.WriteArray(data.Span);
            w.WriteDictionary(new Dictionary<string, VariantValue> { ["type"] = VariantValue.String(withResponse ? "request" : "command") });
        });

    public Task<byte[]> ReadAsync(BleCharacteristic characteristic, CancellationToken cancellationToken) =>
        BlueZCalls.CallAsync(bus, BlueZNames.Service, characteristic.Id, BlueZNames.GattCharacteristic, "ReadValue",
            static (m, _) => m.GetBodyReader().ReadArrayOfByte(), cancellationToken, "a{sv}", (ref MessageWriter w) => w.WriteDictionary(NoOptions));

    public Task SetNotifyAsync(BleCharacteristic characteristic, bool enabled, CancellationToken cancellationToken) =>
        BlueZCalls.CallAsync(bus, characteristic.Id, BlueZNames.GattCharacteristic, enabled ? "StartNotify" : "StopNotify", cancellationToken);

    public async Task DisconnectAsync()
    {
        End(null);
        await BlueZCalls.CallAsync(bus, DevicePath, BlueZNames.Device, "Disconnect", CancellationToken.None);
    }

    /// <summary>Device1 properties changed.</summary>
    public void OnDeviceChanged(IReadOnlyDictionary<string, VariantValue> changed)
    {
        if (changed.Bool("ServicesResolved"))
            _servicesResolved.TrySetResult();
        if (changed.ContainsKey("Connected") && !changed.Bool("Connected"))
            End("the device disconnected");
    }

    /// <summary>A characteristic of this device has a new value.</summary>
    public void OnValue(string characteristicPath, byte[] value)
    {
        if (IsConnected && _byPath.TryGetValue(characteristicPath, out var characteristic))
            ValueChanged?.Invoke(characteristic, value);
    }

    /// <summary>The device is gone; <paramref name="reason"/> null when we disconnected it ourselves (no Lost event).</summary>
    public void End(string? reason)
    {
        if (Interlocked.Exchange(ref _lost, 1) != 0)
            return;
        forget(this);
        _servicesResolved.TrySetException(new BleException(reason ?? "disconnected"));
        _ = _servicesResolved.Task.Exception; // observed: nobody may be waiting
        if (reason is not null)
            Lost?.Invoke(reason);
    }
}
