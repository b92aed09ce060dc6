using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>ActiveJoy over the real server: B0 01 00 motor on speed.</summary>
public sealed class ActiveJoyEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_an_IntoYou_egg()
    {
        using var sim = new SimulatedSetup().Device("SS-TD-YDTD-001");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "IntoYou Remote Egg Vibrator", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:b00100000180"], ["tx:b00100000000"]);
    }
}
