using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Satisfyer over the real server: model read from the device, start-up packets, keep-alive repeats.</summary>
public sealed class SatisfyerEndToEndTests
{
    // Model number 10005 (0x2715) in the model characteristic: the Hot Spot, one vibrator.
    private static SimulatedSetup HotSpot() =>
        new SimulatedSetup().Device("SF Hot Spot", extra: new JsonObject { ["Reads"] = new JsonObject { ["rxblemodel"] = "hex:00002715" } });

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_vibrates_a_Hot_Spot_identified_by_its_model_number(int clientMajor)
    {
        using var sim = HotSpot();
        // A long keep-alive interval: no repeated packet may blur the exact sequence.
        await using var host = await HostProcess.StartAsync(sim.Args("--Satisfyer:KeepAliveIntervalMs=60000"));

        await VendorDrive.RunAsync(clientMajor, host, "Satisfyer Hot Spot", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        Assert.Contains(sim.Trace(), t => t.Op == "read" && t.Endpoint == "rxblemodel");
        // Start-up: 01 on command, all motors off; then the speed in each of the motor's four bytes.
        await VendorDrive.AssertWritesAsync(host, sim, ["command:01", "tx:00000000", "tx:32323232"], ["tx:00000000"]);
    }

    [Fact]
    public async Task The_last_packet_is_repeated_while_the_client_is_quiet()
    {
        using var sim = HotSpot();
        await using var host = await HostProcess.StartAsync(sim.Args("--Satisfyer:KeepAliveIntervalMs=100"));

        await VendorDrive.RunAsync(5, host, "Satisfyer Hot Spot", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 450 }));

        var writes = await sim.WaitForHexWritesAsync(w => w.Count(x => x == "tx:00000000") >= 3);
        var list = writes.ToList();
        // At least two repeats of the running speed came without any command from the client.
        Assert.True(list.Count(x => x == "tx:32323232") >= 3, string.Join("\n", list));
        Assert.True(list.LastIndexOf("tx:00000000") > list.LastIndexOf("tx:32323232"));
    }
}
