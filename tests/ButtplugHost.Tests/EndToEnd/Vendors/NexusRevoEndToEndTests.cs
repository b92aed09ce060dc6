using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Nexus Revo over the real server: vibration and signed rotation, both stopped.</summary>
public sealed class NexusRevoEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_and_turns_a_Revo_Stealth()
    {
        using var sim = new SimulatedSetup().Device("XW-LW3");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Nexus Revo Stealth",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 1000 }),
            Step("rotate", new { steps = 2 }), Step("sleep", new { ms = 1000 }));

        // Generous pauses: the rotation waits out the device's message gap after the vibration, and
        // on a loaded machine a stop arriving first would rightly drop it.
        // Vibration 5 of 10; rotation 2 clockwise is 2 + 2 = 04. The stop: the vibrator, then the rotator.
        await VendorDrive.AssertWritesAsync(host, sim,
            ["tx:aa0101000105", "tx:aa0102000400"],
            ["tx:aa0101000100", "tx:aa0102000000"]);
    }
}
