using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Synchro over the real server: signed rotation, bit 7 for counter-clockwise.</summary>
public sealed class SynchroEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_turns_a_Synchro_Exchange_counter_clockwise()
    {
        using var sim = new SimulatedSetup().Device("synchro EX");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Synchro Exchange", Step("rotate", new { steps = -3 }), Step("sleep", new { ms = 150 }));

        // Speed 3 counter-clockwise is 83; the stop is 00.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:a101837755"], ["tx:a101007755"]);
    }
}
