using System.Text;
using System.Text.RegularExpressions;
using ButtplugHost.Plugins.BluetoothLE.Tests.Mock;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Reconnect;

/// <summary>
/// A Lovense on a mock BlueZ drops its connection and advertises again while no client scans: the
/// transport discovers in the background for it, and the official v4 client sees it come back under
/// its index, at rest.
/// </summary>
public sealed class BluetoothReconnectTests
{
    private static readonly Guid Service = Guid.Parse("5a300001-0023-4bd4-bbd5-a6920e4c5653");
    private static readonly Guid Tx = Guid.Parse("5a300002-0023-4bd4-bbd5-a6920e4c5653");
    private static readonly Guid Rx = Guid.Parse("5a300003-0023-4bd4-bbd5-a6920e4c5653");

    [Fact]
    public async Task A_device_that_disconnects_and_advertises_again_comes_back_under_its_index_at_rest()
    {
        await using var bluez = await BluezMock.StartAsync();
        await bluez.AddAdapterAsync();
        var device = await bluez.AddDeviceAsync("C4:4F:33:12:34:57", "LVS-Z36", [Service], new Dictionary<ushort, byte[]> { [620] = [0xFF, 0x21] }, rssi: -50);
        var service = await device.AddServiceAsync(Service);
        var tx = await service.AddCharacteristicAsync(Tx, "write", "write-without-response");
        var rx = await service.AddCharacteristicAsync(Rx, "read", "notify");
        await tx.AddReplyAsync("DeviceType;", rx, "Z:11:0082059AD3BD;");

        await using var host = await HostProcess.StartAsync("--use-bluetooth-le", "--BluetoothLE:BusAddress=" + bluez.BusAddress);
        var client = RunAsync(5, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-device", new { name = "Lovense Hush", timeout = 60000 }), Step("stopscan"),
            Step("vibrate", new { value = 0.5 }),
            Step("wait-removed", new { name = "Lovense Hush", timeout = 60000 }),
            Step("wait-added", new { name = "Lovense Hush", count = 2, timeout = 60000 }), Step("disconnect"),
        ], timeoutMs: 180_000);

        await WaitForAsync(async () => Texts(await tx.GetWritesAsync()).Contains("Vibrate:10;"), client, host);
        await device.DropConnectionAsync();
        await host.WaitForLogAsync("it is reconnected when it is back", 30_000);
        await device.AdvertiseAsync("LVS-Z36", -45);
        var output = await client;

        ReconnectChecks.AssertCameBackUnderItsIndex(output, "Lovense Hush");
        Assert.Contains("discovering in the background for 1 device(s)", host.LogText, StringComparison.Ordinal);
        var writes = Texts(await tx.GetWritesAsync());
        var since = writes.LastIndexOf("DeviceType;");
        Assert.True(since > 0, string.Join(" ", writes));
        Assert.DoesNotContain(writes.Skip(since), w => Regex.IsMatch(w, "^Vibrate:[1-9]"));
        Assert.False(host.HasExited);
    }

    private static List<string> Texts(IReadOnlyList<(byte[] Data, string Type)> writes) => writes.Select(w => Encoding.ASCII.GetString(w.Data)).ToList();

    private static async Task WaitForAsync(Func<Task<bool>> condition, Task client, HostProcess host)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            if (client.IsCompleted)
                await client;
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"The mock toy was not driven in time. Server log:\n{host.LogText}");
            await Task.Delay(50);
        }
    }
}
