using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Youou over the real server: counted packets with an XOR check.</summary>
public sealed class YououEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Wand()
    {
        using var sim = new SimulatedSetup().Device("VX001_AB12");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Youou Wand Vibrator", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // Packet 0 sets speed 128; packet 1 (and 2, when the session-end stop is not merged with the client's) stops it.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:aa550002030180017eff00000000000000"], ["tx:aa55010203010000feff00000000000000"], ["tx:aa55020203010000fdff00000000000000"]);
    }
}
