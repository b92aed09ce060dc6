using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>iToys over the real server: vibrator and oscillator, one packet each.</summary>
public sealed class IToysEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_and_oscillates_a_Twinkling_Stars()
    {
        using var sim = new SimulatedSetup().Device("SML-2310-SZ-B");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "iToys Twinkling Stars",
            Step("vibrate", new { value = 1.0 }), Step("sleep", new { ms = 150 }),
            Step("oscillate", new { steps = 200 }), Step("sleep", new { ms = 150 }));

        // A0 01 00 00 <3> FF; A0 06 01 00 01 <200>; the stop: both at 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:a001000003ff", "tx:a006010001c8"], ["tx:a001000000ff", "tx:a00600000000"]);
    }
}
