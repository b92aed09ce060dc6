using ButtplugHost.Plugins.Serial.Tests;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>
/// Nobra over the real server, both ways the toy connects: over Bluetooth LE (simulated) and wired to
/// a serial port (a real pseudo-terminal pair: the server's serial transport opens one end, assigned
/// to nobra by the user device config; the test holds the other end as the toy).
/// </summary>
public sealed class NobraEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Nobra_controller_over_Bluetooth_LE()
    {
        using var sim = new SimulatedSetup().Device("NobraControl");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Nobra's Silicone Dreams Toy", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // The start-up "off" (70), speed 8 of 15 (60 + 8), then "off" again.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:70", "tx:68"], ["tx:70"]);
    }

    [Fact]
    public async Task Official_v4_client_vibrates_a_Nobra_toy_on_a_serial_port()
    {
        using var dir = new TempDir();
        using var toy = new PseudoTerminal();
        var userConfig = dir.File("user-devices.json");
        var serial = "{\"serial\": {\"port\": \"" + toy.SlavePath + "\", \"baud_rate\": 19200, \"data_bits\": 8, \"parity\": \"N\", \"stop_bits\": 1}}";
        await File.WriteAllTextAsync(userConfig, "{\"user_configs\": {\"protocols\": {\"nobra\": {\"communication\": [" + serial + "]}}}}");
        // Pseudo-terminals are not enumerated: name the port. --use-serial keeps other buses out of the way.
        await using var host = await HostProcess.StartAsync(["--use-serial", $"--Serial:Ports:0={toy.SlavePath}", "--user-device-config-file", userConfig]);

        await VendorDrive.RunAsync(5, host, "Nobra's Silicone Dreams Toy", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));
        await host.WaitForLogAsync("disconnected: stopping all devices");

        // The start-up "off", speed 8 (68), then the stop: one "off", or two when the client's stop and
        // the server's own at the session's end are not merged.
        var received = await toy.WaitForBytesAsync(3, 10_000);
        Assert.Equal(new byte[] { 0x70, 0x68, 0x70 }, received.Take(3).ToArray());
        await Task.Delay(250);
        Assert.InRange(toy.Received.Length, 3, 4);
        Assert.All(toy.Received.Skip(2), b => Assert.Equal((byte)0x70, b));
    }
}
