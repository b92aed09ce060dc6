using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Lovehoney Desire over the real server: two motors at one speed share one packet.</summary>
public sealed class LovehoneyEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Prostate_Vibrator()
    {
        using var sim = new SimulatedSetup().Device("PROSTATE VIBE");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Lovehoney Desire Prostate Vibrator",
            Step("vibrate", new { value = 0.5, feature = 1 }), Step("sleep", new { ms = 150 }));

        // Only the second motor runs: F3 01 00, F3 02 <64 of 127>; the stop is F3 00 00 for both.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:f30100", "tx:f30240"], ["tx:f30000"]);
    }
}
