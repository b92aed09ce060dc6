using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>FeelingSo over the real server: vibrator and oscillator in one packet.</summary>
public sealed class FeelingSoEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_drives_a_Flair_Feel()
    {
        using var sim = new SimulatedSetup().Device("Flair Feel");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "FeelingSo Flair Feel",
            Step("vibrate", new { value = 1.0 }), Step("sleep", new { ms = 150 }),
            Step("oscillate", new { steps = 5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:aa4003130014" + "19", "tx:aa4003130514" + "19"], ["tx:aa4003000014" + "19"]);
    }
}
