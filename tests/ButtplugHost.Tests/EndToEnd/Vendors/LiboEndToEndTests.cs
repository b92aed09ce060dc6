using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Libo over the real server: a LaLa's vibrator on tx, its second motor (0–3) on txmode.</summary>
public sealed class LiboEndToEndTests
{
    [Fact]
    public async Task V4_client_drives_both_motors_of_a_LaLa()
    {
        using var sim = new SimulatedSetup().Device("BaiHu");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Libo LaLa",
            Step("vibrate", new { value = 0.5, feature = 0 }), Step("sleep", new { ms = 150 }),
            Step("vibrate", new { value = 1.0, feature = 1 }), Step("sleep", new { ms = 150 }));

        // (Had the two commands reached the write loop together, the bytes would be the same.)
        // Stopping the vibrator also writes 0 to txmode; then the second motor's own 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:32", "txmode:03"], ["tx:00", "txmode:00", "txmode:00"]);
    }
}
