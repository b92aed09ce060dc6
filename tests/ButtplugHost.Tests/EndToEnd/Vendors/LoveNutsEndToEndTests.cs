using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Love Nut over the real server: the speed in both nibbles of ten bytes (ceil(15 · 0.5) = 8 → 0x88).</summary>
public sealed class LoveNutsEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Love_Nut()
    {
        using var sim = new SimulatedSetup().Device("Love_Nuts");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Love Nut",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:45564f4c8888888888888888888800ff"], ["tx:45564f4c0000000000000000000000ff"]);
    }
}
