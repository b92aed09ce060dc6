using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Kiiroo over the real server: a Keon that must be woken before it strokes, a Pearl 2.1 with its battery.</summary>
public sealed class KiirooEndToEndTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_strokes_a_Keon_after_the_wake_up_writes(int clientMajor)
    {
        using var sim = new SimulatedSetup().Device("KEON");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // Position 0.75 of 0–99 → 74 (the v3 server truncates; v4 is given the steps), 700 ms from 0 → speed 20.
        await VendorDrive.RunAsync(clientMajor, host, "Kiiroo Keon", Step("linear", new { position = 0.75, duration = 700, steps = 74 }), Step("sleep", new { ms = 150 }));

        // Wake-up: full speed to 0, then stop; the stroker has no stop command, so nothing follows the move.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:03006419", "tx:03006400", "tx:0300144a"], []);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_vibrates_a_Pearl_2_1_and_reads_its_battery(int clientMajor)
    {
        // The battery is byte 5 of the 20-byte whitelist characteristic.
        var whitelist = "hex:" + string.Concat(Enumerable.Range(0, 20).Select(i => i == 5 ? "57" : "ee"));
        using var sim = new SimulatedSetup().Device("Pearl2.1", extra: new JsonObject { ["Reads"] = new JsonObject { ["whitelist"] = whitelist } });
        await using var host = await HostProcess.StartAsync(sim.Args());

        var output = await VendorDrive.RunAsync(clientMajor, host, "Kiiroo Pearl 2.1",
            Step("vibrate", new { value = 0.5 }), Step("battery"), Step("sleep", new { ms = 150 }));

        Assert.Equal(clientMajor == 3 ? 0.87 : 87, VendorDrive.Result(output, "battery")["value"]!.GetValue<double>(), 3);
        Assert.Contains(sim.Trace(), t => t.Op == "read" && t.Endpoint == "whitelist");
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:0132"], ["tx:0100"]);
    }
}
