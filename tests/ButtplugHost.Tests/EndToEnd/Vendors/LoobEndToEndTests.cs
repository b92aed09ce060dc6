using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Joyroid Loob over the real server: the start-up move, a timed move; a stop does not move the stroker.</summary>
public sealed class LoobEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_moves_a_Loob()
    {
        using var sim = new SimulatedSetup().Device("LOOB");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Joyroid Loob",
            Step("linear", new { steps = 510, duration = 200 }), Step("sleep", new { ms = 150 }));

        // 00 01 01 F4 (position 1 in 500 ms) on connect; 510 = 01 FE in 200 ms = 00 C8; nothing for the stops.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:000101f4", "tx:01fe00c8"], []);
    }
}
