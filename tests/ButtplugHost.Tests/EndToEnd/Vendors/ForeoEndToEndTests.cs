using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Foreo over the real server: the mode byte comes from the advertised name.</summary>
public sealed class ForeoEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_LUNA_fofo()
    {
        using var sim = new SimulatedSetup().Device("FOFO");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Foreo LUNA fofo", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // 01, mode 1 (a fofo), speed 5 of 10; the stop sets 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:010105"], ["tx:010100"], stopAgain: []);
    }
}
