using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>TryFun over the real server: the Black Hole Plus counts its packets across outputs.</summary>
public sealed class TryFunEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Black_Hole_Plus()
    {
        using var sim = new SimulatedSetup().Device("TF-BHPLUS");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "TryFun Black Hole Plus", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // Packet 0 sets the vibrator (09) to 50; packets 1 and 2 stop the oscillator (0C) and the
        // vibrator; 3 and 4 again when the session-end stop is not merged with the client's.
        await VendorDrive.AssertWritesAsync(host, sim,
            ["tx:000200030932c5"],
            ["tx:010200030c00f4", "tx:020200030900f7"],
            ["tx:030200030c00f4", "tx:040200030900f7"]);
    }
}
