using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Bananasome over the real server: every motor in one packet.</summary>
public sealed class BananasomeEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_drives_a_Rocket_X7()
    {
        using var sim = new SimulatedSetup().Device("火箭X7");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Bananasome Rocket X7",
            Step("vibrate", new { value = 0.5, feature = 1 }), Step("sleep", new { ms = 150 }),
            Step("oscillate", new { steps = 64 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:a003008000", "tx:a003408000"], ["tx:a003000000"]);
    }
}
