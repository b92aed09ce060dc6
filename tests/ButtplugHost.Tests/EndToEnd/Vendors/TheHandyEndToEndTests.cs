using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>The Handy over the real server: handyplug moves for the original firmware, Handy RPC for FW4+.</summary>
public sealed class TheHandyEndToEndTests
{
    // RpcMessage requests of the FW4+ start-up (battery, id 1; capabilities, id 2) and the device's answers.
    private const string BatteryRequest = "080112051001b22c00";
    private const string CapabilitiesRequest = "080112051002ca2c00";
    private const string BatteryAnswer = "080322090801b22c040a020857";
    private const string CapabilitiesAnswer = "080322020802";

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_moves_a_Handy_with_a_handyplug_linear_command(int clientMajor)
    {
        using var sim = new SimulatedSetup().Device("The Handy");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(clientMajor, host, "The Handy", Step("linear", new { position = 0.5, duration = 500, steps = 50 }), Step("sleep", new { ms = 150 }));

        // Payload{LinearCmd{Id 2, Vectors [{Duration 500, Position 0.5}]}}; a stroker has no stop packet.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:0a139a191008021a0c10f40319000000000000e03f"], []);
    }

    [Fact]
    public async Task Official_client_vibrates_The_Oh_after_the_rpc_start_up_and_stops_it()
    {
        using var sim = new SimulatedSetup().Device("OHD_hw1_0001", replies:
        [
            ("hex:" + BatteryRequest, "hex:" + BatteryAnswer),
            ("hex:" + CapabilitiesRequest, "hex:" + CapabilitiesAnswer),
        ]);
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "The Oh!", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        Assert.Equal(2, sim.Trace().Count(t => t.Op == "notify" && t.Endpoint == "rx"));
        // HVP set {amplitude 0.5, frequency 100} as request 3, then HVP stop as request 4 (and 5).
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:" + BatteryRequest, "tx:" + CapabilitiesRequest, "tx:0801120c1003a238070d0000003f1064"],
            ["tx:080112051004aa3800"], ["tx:080112051005aa3800"]);
    }
}
