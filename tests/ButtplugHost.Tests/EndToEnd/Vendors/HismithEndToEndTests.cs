using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Hismith over the real server: the model is read from the device, then it oscillates.</summary>
public sealed class HismithEndToEndTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_oscillates_a_Thrusting_Cup_identified_by_its_model_characteristic(int clientMajor)
    {
        using var sim = new SimulatedSetup().Device("HISMITH", extra: new JsonObject { ["Reads"] = new JsonObject { ["rxblemodel"] = "hex:2001" } });
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(clientMajor, host, "Hismith Thrusting Cup", Step("oscillate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        Assert.Contains(sim.Trace(), t => t.Op == "read" && t.Endpoint == "rxblemodel");
        // AA, channel 4, speed 50, checksum (sum of the three); the stop also switches the vibrator (channel 6) off.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:aa043236"], ["tx:aa040004", "tx:aa06f0f6"]);
    }

    [Fact]
    public async Task A_newer_model_behind_the_legacy_name_speaks_the_mini_packets()
    {
        using var sim = new SimulatedSetup().Device("HISMITH", extra: new JsonObject { ["Reads"] = new JsonObject { ["rxblemodel"] = "hex:1005" } });
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Hismith Sex Machine", Step("oscillate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:cc033235"], ["tx:cc030003"]);
    }
}
