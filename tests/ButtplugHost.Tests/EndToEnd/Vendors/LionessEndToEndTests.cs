using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Lioness over the real server: subscribe and acknowledged hello on connect, then one packet per speed.</summary>
public sealed class LionessEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Lioness()
    {
        using var sim = new SimulatedSetup().Device("Lioness");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Lioness",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        Assert.Contains(sim.Trace(), t => t.Op == "subscribe" && t.Endpoint == "rx");
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:01aaaabbcc10", "tx:02aabbcccc32"], ["tx:02aabbcccc00"]);
    }
}
