using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Leten over the real server: start-up packets, acknowledged speeds, and the 1 s keep-alive.</summary>
public sealed class LetenEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Leten_toy_whose_packets_are_repeated_while_quiet()
    {
        using var sim = new SimulatedSetup().Device("F537-LT");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Leten Device", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 1500 }));
        await host.WaitForLogAsync("disconnected: stopping all devices");

        const string Stop = "tx:0200";
        const string Half = "tx:020d"; // ceil(25 · 0.5) = 13
        // The keep-alive repeats each packet every second: wait for the final stop to be repeated too.
        var writes = await sim.WaitForHexWritesAsync(w => w.SkipWhile(x => x != Half).Count(x => x == Stop) >= 2, 15_000);
        Assert.Equal(["tx:0401", Stop, Half, Stop], writes.Where((w, i) => i == 0 || w != writes[i - 1]).ToList());
        Assert.True(writes.Count(x => x == Half) >= 2, "the speed was not repeated while the client slept 1.5 s: " + string.Join(", ", writes));
    }
}
