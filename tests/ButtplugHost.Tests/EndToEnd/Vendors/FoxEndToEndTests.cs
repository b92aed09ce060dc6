using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Fox over the real server: three speed steps after 03 01 01 FE.</summary>
public sealed class FoxEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Fox_M70_Pro()
    {
        using var sim = new SimulatedSetup().Device("FOX M70 Pro");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Fox Device", Step("vibrate", new { value = 1.0 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:030101fe03"], ["tx:030101fe00"]);
    }
}
