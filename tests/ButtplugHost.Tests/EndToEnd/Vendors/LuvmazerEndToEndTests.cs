using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Luvmazer over the real server: one packet per output.</summary>
public sealed class LuvmazerEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_and_rotates_a_Finger_Magic()
    {
        using var sim = new SimulatedSetup().Device("TKLM-W001-BT");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Luvmazer Finger Magic",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }),
            Step("rotate", new { steps = 16 }), Step("sleep", new { ms = 150 }));

        // A0 01 00 <motor 0> 64 <128>; A0 0F 00 00 64 <16>; the stop brings both to 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:a00100006480", "tx:a00f00006410"], ["tx:a00100006400", "tx:a00f00006400"]);
    }
}
