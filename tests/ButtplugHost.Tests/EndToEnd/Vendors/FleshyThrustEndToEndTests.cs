using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Fleshy Thrust over the real server: position and duration in one packet; a stop leaves it where it is.</summary>
public sealed class FleshyThrustEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_moves_a_Sync()
    {
        using var sim = new SimulatedSetup().Device("BT05");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Fleshy Thrust Sync", Step("linear", new { steps = 90, duration = 1000 }), Step("sleep", new { ms = 150 }));

        // Position 90 (5A) over 1000 ms (03 E8); the stop sends nothing.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:5a03e8"], []);
    }
}
