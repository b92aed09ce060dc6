using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Pink Punch over the real server: one acknowledged two-byte packet per speed.</summary>
public sealed class PinkPunchEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Peachu()
    {
        using var sim = new SimulatedSetup().Device("PinkPunch_Peachu");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Pink Punch Peachu", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // 09 <50>, then the stop 09 00.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:0932"], ["tx:0900"]);
    }
}
