using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>The official npm clients drive the real server process and a simulated device.</summary>
public sealed class OfficialClientTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Client_scans_vibrates_at_half_and_disconnect_stops_the_device(int clientMajor)
    {
        using var sim = new SimulatedSetup().Device("TST-Vibe", replies: [("I5;", "I5:85;")]);
        await using var host = await HostProcess.StartAsync(sim.Args());

        var output = await RunAsync(clientMajor, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-device", new { name = "Test Vibrator" }),
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 100 }), Step("disconnect"),
        ]);

        Assert.Contains(output, l => l["op"]?.ToString() == "wait-device");
        // ceil(20 × 0.5) = 10; then stops only (the client's StopAllDevices and the server's own on disconnect).
        var writes = await sim.WaitForWritesAsync(w => w.Contains("F0:Vibrate:0;"));
        Assert.Equal("F0:Vibrate:10;", writes[0]);
        Assert.All(writes.Skip(1), w => Assert.Equal("F0:Vibrate:0;", w));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Client_reads_battery_and_strokes(int clientMajor)
    {
        using var sim = new SimulatedSetup().Device("TST-1", replies: [("I5;", "I5:85;")]);
        await using var host = await HostProcess.StartAsync(sim.Args());

        var output = await RunAsync(clientMajor, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-device", new { name = "Test Device" }),
            Step("battery"), Step("linear", new { position = 0.5, duration = 300 }), Step("sleep", new { ms = 100 }), Step("disconnect"),
        ]);

        var battery = output.Single(l => l["op"]?.ToString() == "battery");
        // v3 reports 0.85 (percent/100), v4 the raw percentage.
        Assert.Equal(clientMajor == 3 ? 0.85 : 85, battery["value"]!.GetValue<double>(), 3);
        await sim.WaitForWriteAsync("F3:HwPositionWithDuration:50:300;");
    }
}
