using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Amorelie Joy over the real server: start-up packet, then steady vibration.</summary>
public sealed class AmorelieEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Joy_Shimmer()
    {
        using var sim = new SimulatedSetup().Device("4D01");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Amorelie Joy Shimmer", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // 03 at start-up; then header 01, pattern 01 (steady), speed 50.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:03", "tx:010132"], ["tx:010100"]);
    }
}
