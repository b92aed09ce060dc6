using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Motorbunny over the real server: repeated pairs with a checksum, a rotator both ways.</summary>
public sealed class MotorbunnyEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_and_rotates_a_Buck_backwards()
    {
        using var sim = new SimulatedSetup().Device("MB LINK 201");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Motorbunny Buck",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }),
            Step("rotate", new { steps = -192 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim,
            ["tx:ff8014801480148014801480148014" + "0cec", "tx:af29c029c029c029c029c029c029c0" + "5fec"],
            ["tx:f000000000ec", "tx:a000000000ec"]);
    }
}
