using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Aneros over the real server: one packet per vibrator.</summary>
public sealed class AnerosEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Vivi()
    {
        using var sim = new SimulatedSetup().Device("Massage Demo");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Aneros Vivi", Step("vibrate", new { value = 0.5, feature = 0 }), Step("sleep", new { ms = 150 }));

        // F1 <64>; the stop brings both vibrators to 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:f140"], ["tx:f100", "tx:f200"]);
    }
}
