using ButtplugHost.Plugins.BluetoothLE.Tests.Mock;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Plugins;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.BluetoothLE.Tests;

/// <summary>A Lovense-like toy (UUIDs from the public device configuration) and transports wired to a mock.</summary>
internal static class TestDevices
{
    public static readonly Guid LovenseService = Guid.Parse("5a300001-0023-4bd4-bbd5-a6920e4c5653");
    public static readonly Guid LovenseTx = Guid.Parse("5a300002-0023-4bd4-bbd5-a6920e4c5653");
    public static readonly Guid LovenseRx = Guid.Parse("5a300003-0023-4bd4-bbd5-a6920e4c5653");
    public const string Address = "C4:4F:33:12:34:56";

    /// <summary>Names only (as Lovense's definition is matched), with the GATT map.</summary>
    public static CommunicationSpecifier Lovense() => new()
    {
        Btle = new BluetoothLESpecifier
        {
            Names = ["LVS-*"],
            Services = new() { [LovenseService] = new() { ["tx"] = LovenseTx, ["rx"] = LovenseRx } },
        },
    };

    /// <summary>The mock's device with the Lovense service, tx/rx and the usual replies.</summary>
    public static async Task<(MockDevice Device, MockCharacteristic Tx, MockCharacteristic Rx)> AddLovenseAsync(BluezMock mock, string name = "LVS-Z36")
    {
        var device = await mock.AddDeviceAsync(Address, name, [LovenseService], new Dictionary<ushort, byte[]> { [620] = [0xFF, 0x21] }, rssi: -55);
        var service = await device.AddServiceAsync(LovenseService);
        var tx = await service.AddCharacteristicAsync(LovenseTx, "write", "write-without-response");
        var rx = await service.AddCharacteristicAsync(LovenseRx, "read", "notify");
        await tx.AddReplyAsync("DeviceType;", rx, "Z:11:0082059AD3BD;");
        await tx.AddReplyAsync("Battery;", rx, "85;");
        return (device, tx, rx);
    }

    public static BluetoothLETransport Transport(string busAddress, ListLoggerFactory logs, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["BluetoothLE:BusAddress"] = busAddress, ["BluetoothLE:ConnectTimeoutSeconds"] = "20", ["BluetoothLE:RetrySeconds"] = "0.2" };
        foreach (var (key, value) in settings)
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new BluetoothLETransport(new PluginContext(configuration, logs, AppContext.BaseDirectory));
    }
}
