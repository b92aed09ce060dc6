using System.Text;
using ButtplugHost.Plugins.BluetoothLE.Core;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Core;

/// <summary>A device the fake stack can connect to: its GATT table, scripted replies, read values and faults.</summary>
internal sealed class FakeDevice(string address, string name, params BleCharacteristic[] characteristics)
{
    public static readonly Guid LovenseService = Guid.Parse("5a300001-0023-4bd4-bbd5-a6920e4c5653");
    public static readonly Guid LovenseTx = Guid.Parse("5a300002-0023-4bd4-bbd5-a6920e4c5653");
    public static readonly Guid LovenseRx = Guid.Parse("5a300003-0023-4bd4-bbd5-a6920e4c5653");

    public string Address { get; } = address;

    public string Name { get; } = name;

    public IReadOnlyList<BleCharacteristic> Characteristics { get; } = characteristics;

    /// <summary>Written bytes (as text) → the characteristic that answers and the answer.</summary>
    public Dictionary<string, (BleCharacteristic On, string Reply)> Replies { get; } = [];

    /// <summary>What reads return, by characteristic.</summary>
    public Dictionary<BleCharacteristic, byte[]> Values { get; } = [];

    /// <summary>When set, connecting fails with this OS error.</summary>
    public string? ConnectError { get; set; }

    /// <summary>When set, writes fail with this OS error.</summary>
    public string? WriteError { get; set; }

    public BleCharacteristic Tx => Characteristics.First(c => c.Uuid == LovenseTx);

    public BleCharacteristic Rx => Characteristics.First(c => c.Uuid == LovenseRx);

    /// <summary>A Lovense-like toy: tx/rx in the Lovense service, answering DeviceType and Battery on rx.</summary>
    public static FakeDevice Lovense(string address, string name = "LVS-Z36")
    {
        var device = new FakeDevice(address, name,
            new BleCharacteristic(LovenseService, LovenseTx, address + "/tx"),
            new BleCharacteristic(LovenseService, LovenseRx, address + "/rx"));
        device.Replies["DeviceType;"] = (device.Rx, "Z:11:0082059AD3BD;");
        device.Replies["Battery;"] = (device.Rx, "85;");
        return device;
    }

    public BleAdvertisement Advertisement(int rssi = -55) =>
        new(Address, Name, rssi, [LovenseService], new Dictionary<ushort, byte[]> { [620] = [0xFF, 0x21] });

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
