using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Patoo over the real server: identified by the letters of its name, speed and mode written apart.</summary>
public sealed class PatooEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Carrot_named_with_a_number()
    {
        using var sim = new SimulatedSetup().Device("PTVEA2");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Patoo Carrot", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // Speed 50 to tx, mode 04 (first vibrator) to txmode; the stop is speed 0, mode 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:32", "txmode:04"], ["tx:00", "txmode:00"]);
    }
}
