using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Xibao over the real server: oscillation speed and its check byte.</summary>
public sealed class XibaoEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_oscillates_the_cup()
    {
        using var sim = new SimulatedSetup().Device("CCYB_1904");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Xibao Smart Masturbation Cup", Step("oscillate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // Speed 50 of 99 (rounded up) with check 50 + B5 = E7; the stop is speed 0, check B5.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:663a00060006010200020432e7"], ["tx:663a00060006010200020400b5"]);
    }
}
