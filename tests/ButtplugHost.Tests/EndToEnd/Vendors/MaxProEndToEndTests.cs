using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>MaxPro 2 over the real server: the speed twice and an additive check byte.</summary>
public sealed class MaxProEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_MaxPro_2()
    {
        using var sim = new SimulatedSetup().Device("M2");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "MaxPro 2",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:550407ffff3f325f3260"], ["tx:550407ffff3f005f00fc"]);
    }
}
