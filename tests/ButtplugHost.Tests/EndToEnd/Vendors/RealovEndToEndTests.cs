using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Realov over the real server: one packet per speed.</summary>
public sealed class RealovEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Realov_toy()
    {
        using var sim = new SimulatedSetup().Device("REALOV_VIBE");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Realov Device", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // Speed 25 of 50, then speed 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:c55519aa"], ["tx:c55500aa"]);
    }
}
