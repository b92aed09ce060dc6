using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Libo over the real server: one model of each protocol (libo-vibes, libo-elle, libo-shark).</summary>
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

    [Fact]
    public async Task V4_client_vibrates_an_Elle_on_txmode()
    {
        using var sim = new SimulatedSetup().Device("PiPiJing");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "LiBo Elle", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // 0.5 of 0-3 is 2, one byte to txmode; the stop 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["txmode:02"], ["txmode:00"], stopAgain: []);
    }

    [Fact]
    public async Task V4_client_drives_a_Sharks_first_vibrator_in_the_high_nibble()
    {
        using var sim = new SimulatedSetup().Device("ShaYu");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // One feature only: two in a row may reach a loaded server's write loop together and become one byte.
        await VendorDrive.RunAsync(5, host, "Libo Shark", Step("vibrate", new { value = 1.0, feature = 0 }), Step("sleep", new { ms = 150 }));

        // Feature 0 at 3 in the high nibble, feature 1 at 0; the stop is one byte with both at 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:30"], ["tx:00"], stopAgain: []);
    }
}
