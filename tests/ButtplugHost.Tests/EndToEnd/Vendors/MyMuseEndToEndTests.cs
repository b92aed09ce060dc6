using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>MyMuse Link Plus over the real server: a speed packet, then the stop packet of its own.</summary>
public sealed class MyMuseEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_MyMuse_Link_Plus()
    {
        using var sim = new SimulatedSetup().Device("MM Massager");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "MyMuse Link Plus",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:aa550601010102ff"], ["tx:aa5506aa00000000"]);
    }
}
