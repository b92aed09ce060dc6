using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>JoyHub over the real server: three motors share one packet, suction on feature 4 has its own.</summary>
public sealed class JoyHubEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_drives_a_RoseLin_vibrator_rotator_and_suction()
    {
        using var sim = new SimulatedSetup().Device("J-RoseLin");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "JoyHub RoseLin",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }),
            Step("rotate", new { steps = 26 }), Step("sleep", new { ms = 150 }),
            Step("constrict", new { steps = 4 }), Step("sleep", new { ms = 150 }));

        // A0 03, the four motor slots (vibrator 0 at 128 of 255, rotator 3 at 26), AA; suction A0 07 on 00 level FF.
        await VendorDrive.AssertWritesAsync(host, sim,
            ["tx:a00380000000aa", "tx:a0038000001aaa", "tx:a007010004ff"],
            ["tx:a00300000000aa", "tx:a007000000ff"], stopAgain: []);
    }
}
