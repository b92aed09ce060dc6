using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>ServeU over the real server: a move becomes a position and a speed.</summary>
public sealed class ServeUEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_moves_the_ServeU()
    {
        using var sim = new SimulatedSetup().Device("ServeU");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "ServeU", Step("linear", new { position = 0.5, duration = 500 }), Step("sleep", new { ms = 150 }));

        // Position 50 from 0 in 500 ms is 100 u/s: speed ceil((100 - 50) / 4) + 25 = 38 (0x26). A stop leaves a stroker where it is.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:013226"], []);
    }
}
