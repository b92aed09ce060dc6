using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>HTK Breast Massager over the real server: one mode byte for both cups (0C left only, 0B both, 0F off; the second stop finds both off and writes nothing).</summary>
public sealed class HtkEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_runs_one_cup_then_both()
    {
        using var sim = new SimulatedSetup().Device("HTK-BLE-BM001");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "HTK Breast Massager",
            Step("vibrate", new { value = 1.0, feature = 0 }), Step("sleep", new { ms = 150 }),
            Step("vibrate", new { value = 1.0, feature = 1 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:0c", "tx:0b"], ["tx:0f"]);
    }
}
