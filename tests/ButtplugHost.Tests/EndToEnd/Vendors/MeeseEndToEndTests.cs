using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Meese over the real server: two vibrators of different ranges, one packet each.</summary>
public sealed class MeeseEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_both_motors_of_a_Tera()
    {
        using var sim = new SimulatedSetup().Device("Meese-V389");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Meese Tera", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // 50 % is 5 of 10 and 2 of 3 (rounded up); the stop brings both to 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:01800105", "tx:01800202"], ["tx:01800100", "tx:01800200"]);
    }
}
