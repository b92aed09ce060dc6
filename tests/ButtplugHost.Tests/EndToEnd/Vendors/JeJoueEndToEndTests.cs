using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Je Joue over the real server: one [pattern, speed] packet for both motors (the first motor wins).</summary>
public sealed class JeJoueEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_runs_the_second_motor_then_the_first()
    {
        using var sim = new SimulatedSetup().Device("Je Joue");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Je Joue Device",
            Step("vibrate", new { value = 0.4, feature = 1 }), Step("sleep", new { ms = 150 }),
            Step("vibrate", new { value = 0.5, feature = 0 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:0302", "tx:0203"], ["tx:0100"]);
    }
}
