using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Zalo over the real server: both motors in every packet.</summary>
public sealed class ZaloEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_one_motor_of_a_King()
    {
        using var sim = new SimulatedSetup().Device("ZALO-King");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Zalo King", Step("vibrate", new { value = 0.5, feature = 1 }), Step("sleep", new { ms = 150 }));

        // 01 <motor 0 at 0, sent as 1> <4 of 8>; the stop: 02 01 01.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:010104"], ["tx:020101"]);
    }
}
