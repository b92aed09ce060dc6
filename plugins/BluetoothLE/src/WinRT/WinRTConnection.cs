using System.Globalization;
using System.Runtime.Versioning;
using ButtplugHost.Plugins.BluetoothLE.Core;
using Windows.Devices.Bluetooth;
using Windows.Devices.Bluetooth.GenericAttributeProfile;

namespace ButtplugHost.Plugins.BluetoothLE.WinRT;

/// <summary>One device connected through WinRT: its GATT characteristics (by attribute handle) and their operations.</summary>
[SupportedOSPlatform("windows10.0.19041.0")]
internal sealed class WinRTConnection : IBleConnection
{
    private readonly BluetoothLEDevice _device;
    private readonly List<GattDeviceService> _services;
    private readonly Dictionary<BleCharacteristic, GattCharacteristic> _native;
    private int _ended;

    private WinRTConnection(BluetoothLEDevice device, List<GattDeviceService> services, Dictionary<BleCharacteristic, GattCharacteristic> native)
    {
        _device = device;
        _services = services;
        _native = native;
        Characteristics = [.. native.Keys];
        foreach (var (characteristic, gatt) in native)
            gatt.ValueChanged += (_, args) => ValueChanged?.Invoke(characteristic, WinRTAdapter.ToArray(args.CharacteristicValue));
        device.ConnectionStatusChanged += OnConnectionStatusChanged;
    }

    public IReadOnlyList<BleCharacteristic> Characteristics { get; }

    public bool IsConnected => Volatile.Read(ref _ended) == 0 && _device.ConnectionStatus == BluetoothConnectionStatus.Connected;

    public event Action<BleCharacteristic, byte[]>? ValueChanged;

    public event Action<string>? Lost;

    /// <summary>Discovers the services and characteristics (uncached: this connects the device).</summary>
    public static async Task<WinRTConnection> OpenAsync(BluetoothLEDevice device, CancellationToken cancellationToken)
    {
        var services = await device.GetGattServicesAsync(BluetoothCacheMode.Uncached).AsTask(cancellationToken);
        if (services.Status != GattCommunicationStatus.Success)
            throw new BleException($"GATT service discovery failed: {services.Status}{ProtocolError(services.ProtocolError)}");
        var native = new Dictionary<BleCharacteristic, GattCharacteristic>();
        foreach (var service in services.Services)
        {
            var characteristics = await service.GetCharacteristicsAsync(BluetoothCacheMode.Uncached).AsTask(cancellationToken);
            if (characteristics.Status != GattCommunicationStatus.Success)
                continue;
            foreach (var characteristic in characteristics.Characteristics)
                native[new BleCharacteristic(service.Uuid, characteristic.Uuid, characteristic.AttributeHandle.ToString("x4", CultureInfo.InvariantCulture))] = characteristic;
        }
        return new WinRTConnection(device, [.. services.Services], native);
    }

    public async Task WriteAsync(BleCharacteristic characteristic, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
    {
        var result = await Native(characteristic).WriteValueWithResultAsync(WinRTAdapter.ToBuffer(data),
            withResponse ? GattWriteOption.WriteWithResponse : GattWriteOption.WriteWithoutResponse).AsTask(cancellationToken);
        if (result.Status != GattCommunicationStatus.Success)
            throw new BleException($"write failed: {result.Status}{ProtocolError(result.ProtocolError)}");
    }

    public async Task<byte[]> ReadAsync(BleCharacteristic characteristic, CancellationToken cancellationToken)
    {
        var result = await Native(characteristic).ReadValueAsync(BluetoothCacheMode.Uncached).AsTask(cancellationToken);
        return result.Status == GattCommunicationStatus.Success
            ? WinRTAdapter.ToArray(result.Value)
            : throw new BleException($"read failed: {result.Status}{ProtocolError(result.ProtocolError)}");
    }

    public async Task SetNotifyAsync(BleCharacteristic characteristic, bool enabled, CancellationToken cancellationToken)
    {
        var native = Native(characteristic);
        var value = !enabled ? GattClientCharacteristicConfigurationDescriptorValue.None
            : native.CharacteristicProperties.HasFlag(GattCharacteristicProperties.Notify) ? GattClientCharacteristicConfigurationDescriptorValue.Notify
            : GattClientCharacteristicConfigurationDescriptorValue.Indicate;
        var status = await native.WriteClientCharacteristicConfigurationDescriptorAsync(value).AsTask(cancellationToken);
        if (status != GattCommunicationStatus.Success)
            throw new BleException($"{(enabled ? "subscribing" : "unsubscribing")} failed: {status}");
    }

    /// <summary>WinRT has no disconnect call: releasing every handle on the device closes the link.</summary>
    public Task DisconnectAsync()
    {
        End(null);
        return Task.CompletedTask;
    }

    private void OnConnectionStatusChanged(BluetoothLEDevice sender, object args)
    {
        if (sender.ConnectionStatus == BluetoothConnectionStatus.Disconnected)
            End("the device disconnected");
    }

    private void End(string? reason)
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0)
            return;
        _device.ConnectionStatusChanged -= OnConnectionStatusChanged;
        foreach (var service in _services)
            service.Dispose();
        _device.Dispose();
        if (reason is not null)
            Lost?.Invoke(reason);
    }

    private GattCharacteristic Native(BleCharacteristic characteristic) =>
        Volatile.Read(ref _ended) != 0 ? throw new BleException("the device is disconnected")
        : _native.TryGetValue(characteristic, out var native) ? native
        : throw new BleException($"unknown characteristic {characteristic.Uuid}");

    private static string ProtocolError(byte? error) => error is { } e ? $" (ATT error 0x{e:x2})" : "";
}
