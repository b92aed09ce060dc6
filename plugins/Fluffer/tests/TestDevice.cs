using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.Fluffer.Tests;

/// <summary>Fluffer toys as the BLE transport reports them: a name and, usually, company 26698's data.</summary>
internal static class TestDevice
{
    /// <summary>The random bytes the tests' challenges use.</summary>
    public static readonly byte[] Random = [0x01, 0x02, 0x03, 0x04];

    /// <summary>Manufacturer data whose device bytes are 58 48 38 28 (key 0x10 ^ 0x68 = 0x78).</summary>
    public static readonly byte[] Advertised = [0x10, 0x20, 0x30, 0x40, 0x50];

    public static MemoryHardware Create(string name, byte[]? manufacturerData) =>
        new(new DeviceIdentity
        {
            Transport = "memory",
            Bus = BusKind.BluetoothLE,
            Address = "00:00:00:00:00:01",
            Name = name,
            ManufacturerData = manufacturerData is null ? new Dictionary<ushort, byte[]>() : new Dictionary<ushort, byte[]> { [26698] = manufacturerData },
        }, [Endpoints.Tx, Endpoints.Rx]);

    public static FlufferProtocol Protocol(TimeSpan? timeout = null) =>
        new(() => (byte[])Random.Clone(), timeout ?? TimeSpan.FromSeconds(10));

    public static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);
}
