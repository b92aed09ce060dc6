using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>The Cowgirl over the real server: both motors in one packet; the Cone's start-up packet and settling time.</summary>
public sealed class CowgirlEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_and_rotates_a_Unicorn()
    {
        using var sim = new SimulatedSetup().Device("THE UNICORN");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "The Unicorn",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }),
            Step("rotate", new { steps = 64 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:00018000", "tx:00018040"], ["tx:00010000"]);
    }

    [Fact]
    public async Task Official_v4_client_vibrates_a_Cone_after_its_start_up()
    {
        using var sim = new SimulatedSetup().Device("CG-CONE");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // The device is announced only after the 3 s settling time: a longer wait than the usual 10 s
        // leaves room for a loaded machine.
        var output = await NodeClient.RunAsync(5, host.Url,
            [Step("connect"), Step("scan"), Step("wait-device", new { name = "The Cowgirl Cone", timeout = 30000 }),
             Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }), Step("disconnect")]);
        Assert.Equal("The Cowgirl Cone", VendorDrive.Result(output, "wait-device")["name"]!.ToString());

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:aa560000", "tx:f1014000"], ["tx:f1010000"]);
    }
}
