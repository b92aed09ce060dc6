using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Hgod over the real server: the speed repeated while the toy runs, speed 0 once on stop.</summary>
public sealed class HgodEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_an_AMN_NEO()
    {
        using var sim = new SimulatedSetup().Device("AMN NEO");
        // A long repeat interval: no repeated packet may blur the exact sequence.
        await using var host = await HostProcess.StartAsync(sim.Args("--Hgod:RepeatIntervalMs=60000"));

        await VendorDrive.RunAsync(5, host, "Hgod Device", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:550400000005"], ["tx:550400000000"]);
    }

    [Fact]
    public async Task The_running_speed_is_repeated_until_the_stop()
    {
        using var sim = new SimulatedSetup().Device("AMN NEO");
        await using var host = await HostProcess.StartAsync(sim.Args("--Hgod:RepeatIntervalMs=100"));

        await VendorDrive.RunAsync(5, host, "Hgod Device", Step("vibrate", new { value = 1.0 }), Step("sleep", new { ms = 450 }));

        var writes = (await sim.WaitForHexWritesAsync(w => w.Contains("tx:550400000000"))).ToList();
        // Repeats of the running speed came without any command from the client, then the stop.
        Assert.True(writes.Count(x => x == "tx:55040000000a") >= 2, string.Join("\n", writes));
        Assert.True(writes.IndexOf("tx:550400000000") > writes.LastIndexOf("tx:55040000000a"), string.Join("\n", writes));
    }
}
