using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Cachito over the real server: two vibrators of different ranges, one packet each.</summary>
public sealed class CachitoEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_the_second_motor_of_an_Ice_Cream()
    {
        using var sim = new SimulatedSetup().Device("CCTXueGao");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Cachito Ice Cream",
            Step("vibrate", new { value = 0.25, feature = 1 }), Step("sleep", new { ms = 150 }));

        // 03 02 <25> 00. The stop covers both motors (the first was never set, so no 0 is known for
        // it, as in the reference); a second stop finds both at 0 and sends nothing.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:03021900"], ["tx:02010000", "tx:03020000"], []);
    }
}
