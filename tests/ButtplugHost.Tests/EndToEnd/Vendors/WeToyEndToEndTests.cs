using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>WeToy over the real server: off at start-up, then speed packets.</summary>
public sealed class WeToyEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_MiNa()
    {
        using var sim = new SimulatedSetup().Device("WeToy");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "WeToy MiNa", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // The start-up "off" (80 03), speed 2 of 3 (B2 01); the stop is "off" again.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:8003", "tx:b201"], ["tx:8003"]);
    }
}
