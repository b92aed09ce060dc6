using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Picobong over the real server: a model with several advertised names, mode byte per speed.</summary>
public sealed class PicobongEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Surfer_advertised_as_Egg_driver()
    {
        using var sim = new SimulatedSetup().Device("Egg driver");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Picobong Surfer", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // 01 01 <5 of 10>, then the stop 01 FF 00.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:010105"], ["tx:01ff00"]);
    }
}
