using ButtplugHost.Plugins.BluetoothLE.Tests.Mock;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>
/// The real server with the Bluetooth LE plugin when Bluetooth cannot work: the plugin loads (at the
/// first scan) and says why (the WinRT adapter on Linux; BlueZ missing), that scan is answered with an
/// Error naming every bus and its reason, and BlueZ that appears later is picked up without a restart.
/// </summary>
public sealed class BluetoothAvailabilityTests
{
    private static readonly Guid Service = Guid.Parse("5a300001-0023-4bd4-bbd5-a6920e4c5653");

    [Fact]
    public async Task The_Windows_adapter_on_Linux_reports_Windows_only_and_a_scan_is_told_why()
    {
        await using var host = await HostProcess.StartAsync("--use-bluetooth-le", "--BluetoothLE:Backend=WinRT");
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(3);

        var reply = await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        await host.WaitForLogAsync("Transport btle is unavailable: Windows only");
        var error = reply["Error"]!;
        Assert.Equal(4, error["ErrorCode"]!.GetValue<int>());
        var message = error["ErrorMessage"]!.ToString();
        Assert.Contains("btle: Windows only", message, StringComparison.Ordinal);
        Assert.Contains("simulated: no simulated devices declared", message, StringComparison.Ordinal);
        Assert.False(host.HasExited);
        Assert.DoesNotContain(host.Log, l => l.Contains("Exception", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BlueZ_missing_at_start_is_said_once_and_picked_up_when_it_appears()
    {
        await using var bus = await PrivateBusDaemon.StartAsync();
        await using var host = await HostProcess.StartAsync("--use-bluetooth-le", "--BluetoothLE:BusAddress=" + bus.Address, "--BluetoothLE:RetrySeconds=0.2");
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(3);
        var refused = await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        await host.WaitForLogAsync("Transport btle is unavailable: BlueZ is not running");
        Assert.Contains("btle: BlueZ is not running", refused["Error"]!["ErrorMessage"]!.ToString(), StringComparison.Ordinal);

        // bluetoothd starts, then its adapter shows up, with a toy nearby.
        await using var bluez = await BluezMock.StartAsync(bus: bus);
        await host.WaitForLogAsync("Transport btle is unavailable: no Bluetooth adapter found", 30_000);
        await bluez.AddAdapterAsync();
        var toy = await bluez.AddDeviceAsync("C4:4F:33:12:34:56", "LVS-Z36", [Service], rssi: -50);
        var gatt = await toy.AddServiceAsync(Service);
        var tx = await gatt.AddCharacteristicAsync(Guid.Parse("5a300002-0023-4bd4-bbd5-a6920e4c5653"), "write", "write-without-response");
        var rx = await gatt.AddCharacteristicAsync(Guid.Parse("5a300003-0023-4bd4-bbd5-a6920e4c5653"), "read", "notify");
        await tx.AddReplyAsync("DeviceType;", rx, "Z:11:0082059AD3BD;");
        await host.WaitForLogAsync("Transport btle is available again", 30_000);

        var ok = await client.RequestAsync("""[{"StartScanning":{"Id":3}}]""", 3);
        Assert.True(ok.ContainsKey("Ok"), ok.ToJsonString());
        var added = await client.ReceiveAsync("DeviceAdded", 30_000);
        Assert.Equal("Lovense Hush", added["DeviceName"]!.ToString());
        Assert.Single(host.Log, l => l.Contains("BlueZ is not running", StringComparison.Ordinal) && l.Contains("unavailable", StringComparison.Ordinal));
    }
}
