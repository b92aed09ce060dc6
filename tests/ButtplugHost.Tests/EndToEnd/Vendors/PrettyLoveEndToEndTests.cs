using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Pretty Love over the real server: every device is identified as Aogu BLE.</summary>
public sealed class PrettyLoveEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_an_Aogu_toy()
    {
        using var sim = new SimulatedSetup().Device("Aogu BLE 1234");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Pretty Love Device", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // Speed 2 of 3 (rounded up), then 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:0002"], ["tx:0000"]);
    }
}
