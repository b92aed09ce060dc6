using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Love Distance over the real server: two start-up packets, then the speed.</summary>
public sealed class LoveDistanceEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Reach_G()
    {
        using var sim = new SimulatedSetup().Device("REACH G");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Love Distance Reach G", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // Start-up F3 00 00, F4 01; then 0.5 of 121 steps = ceil(60.5) = 61 = 0x3D.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:f30000", "tx:f401", "tx:f3003d"], ["tx:f30000"]);
    }
}
