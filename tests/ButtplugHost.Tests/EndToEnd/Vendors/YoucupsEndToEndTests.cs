using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Youcups over the real server: the speed as ASCII text.</summary>
public sealed class YoucupsEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Warrior_II()
    {
        using var sim = new SimulatedSetup().Device("Youcups");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Youcups Warrior II", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // Speed 4 of 8 is "$SYS,4?"; the stop "$SYS,0?".
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:245359532c343f"], ["tx:245359532c303f"]);
    }
}
