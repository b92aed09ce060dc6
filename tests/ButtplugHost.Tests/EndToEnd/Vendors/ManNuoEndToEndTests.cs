using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>ManNuo over the real server: acknowledged packets with an XOR check byte (ceil(3 · 0.5) = 2).</summary>
public sealed class ManNuoEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_ManNuo_toy()
    {
        using var sim = new SimulatedSetup().Device("Sex toys");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "ManNuo Device",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:aa550601010102fa00"], ["tx:aa550601010100fa02"]);
    }
}
