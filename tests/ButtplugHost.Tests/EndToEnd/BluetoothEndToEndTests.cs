using System.Text;
using ButtplugHost.Plugins.BluetoothLE.Tests.Mock;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>
/// The whole chain over Bluetooth LE: the server's btle transport talks to a mock BlueZ on a private
/// D-Bus; an official client scans, finds a Lovense, which is identified through DeviceType; answered
/// by a GATT notification, vibrates it, reads its battery, and sees it removed when it goes away.
/// </summary>
public sealed class BluetoothEndToEndTests
{
    private static readonly Guid Service = Guid.Parse("5a300001-0023-4bd4-bbd5-a6920e4c5653");
    private static readonly Guid Tx = Guid.Parse("5a300002-0023-4bd4-bbd5-a6920e4c5653");
    private static readonly Guid Rx = Guid.Parse("5a300003-0023-4bd4-bbd5-a6920e4c5653");

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_drives_a_mock_BlueZ_Lovense_and_sees_it_vanish(int clientMajor)
    {
        await using var bluez = await BluezMock.StartAsync();
        await bluez.AddAdapterAsync();
        var device = await bluez.AddDeviceAsync("C4:4F:33:12:34:56", "LVS-Z36", [Service], new Dictionary<ushort, byte[]> { [620] = [0xFF, 0x21] }, rssi: -50);
        var service = await device.AddServiceAsync(Service);
        var tx = await service.AddCharacteristicAsync(Tx, "write", "write-without-response");
        var rx = await service.AddCharacteristicAsync(Rx, "read", "notify");
        await tx.AddReplyAsync("DeviceType;", rx, "Z:11:0082059AD3BD;");
        await tx.AddReplyAsync("Battery;", rx, "85;");

        await using var host = await HostProcess.StartAsync("--use-bluetooth-le", "--BluetoothLE:BusAddress=" + bluez.BusAddress);
        var client = RunAsync(clientMajor, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-device", new { name = "Lovense Hush", timeout = 20000 }),
            Step("vibrate", new { value = 0.5 }), Step("battery"), Step("wait-removed", new { name = "Lovense Hush", timeout = 20000 }), Step("disconnect"),
        ]);

        // Once the toy has been driven, it goes out of range.
        List<string> writes = [];
        await WaitForAsync(async () => (writes = Texts(await tx.GetWritesAsync())).Contains("Vibrate:10;") && writes.Contains("Battery;"), client, host);
        await device.RemoveAsync();
        var output = await client;

        Assert.Equal(clientMajor == 3 ? 0.85 : 85, output.Single(l => l["op"]?.ToString() == "battery")["value"]!.GetValue<double>(), 3);
        Assert.Contains(output, l => l["op"]?.ToString() == "wait-removed");
        Assert.Equal("DeviceType;", writes[0]);
        Assert.False(host.HasExited);
    }

    private static List<string> Texts(IReadOnlyList<(byte[] Data, string Type)> writes) => writes.Select(w => Encoding.ASCII.GetString(w.Data)).ToList();

    private static async Task WaitForAsync(Func<Task<bool>> condition, Task client, HostProcess host)
    {
        // Bounds a failure only; a loaded 2-core CI machine can be slow.
        var until = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            if (client.IsCompleted)
                await client; // surfaces the client's failure
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"The mock toy was not driven in time. Server log:\n{host.LogText}");
            await Task.Delay(50);
        }
    }
}
