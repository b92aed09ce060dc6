using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Cupido over the real server: the speed framed by B0 03 00 00 00 … AA.</summary>
public sealed class CupidoEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Cupido()
    {
        using var sim = new SimulatedSetup().Device("MY2607-BLE-V1.0");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Cupido Device", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:b003000000" + "80aa"], ["tx:b003000000" + "00aa"]);
    }
}
