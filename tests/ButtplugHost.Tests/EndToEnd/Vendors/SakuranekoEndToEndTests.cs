using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Sakuraneko over the real server: vibrator and rotator, a twelve-byte packet each.</summary>
public sealed class SakuranekoEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_and_rotates_a_Koikoi()
    {
        using var sim = new SimulatedSetup().Device("sakuraneko-04");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Sakuraneko Koikoi",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }),
            Step("rotate", new { steps = 30 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim,
            ["tx:a10801000000643200" + "64df55", "tx:a20801000000641e00" + "32df55"],
            ["tx:a10801000000640000" + "64df55", "tx:a20801000000640000" + "32df55"]);
    }
}
