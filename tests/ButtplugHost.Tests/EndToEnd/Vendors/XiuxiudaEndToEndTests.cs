using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Xiuxiuda over the real server: one packet per speed.</summary>
public sealed class XiuxiudaEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Xiuxiuda_toy()
    {
        using var sim = new SimulatedSetup().Device("XXD-Lush12B-XT");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Xiuxiuda Device", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // Speed 10 of 19 (rounded up), then speed 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:00000000653a300a64"], ["tx:00000000653a300064"]);
    }
}
