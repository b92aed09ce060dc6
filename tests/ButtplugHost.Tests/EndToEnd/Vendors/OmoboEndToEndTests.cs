using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Omobo over the real server: one acknowledged packet per speed.</summary>
public sealed class OmoboEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_ViVegg()
    {
        using var sim = new SimulatedSetup().Device("S6");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Omobo ViVegg Vibrator", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:a104040132ff55"], ["tx:a104040100ff55"]);
    }
}
