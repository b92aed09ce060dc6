using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Mizz Zee over the real server: the first protocol's flagged speed, and the third's acknowledged packets with their keep-alive.</summary>
public sealed class MizzzeeEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_first_generation_Mizz_Zee()
    {
        using var sim = new SimulatedSetup().Device("NFY008");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Mizz Zee Device", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // 69 96 03 01 <on> <ceil(68 · 0.5) = 34>; the stop clears the flag and the speed.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:699603010122"], ["tx:699603010000"]);
    }

    [Fact]
    public async Task Official_v4_client_vibrates_a_Mizz_Zee_v3_whose_packets_are_repeated_while_quiet()
    {
        using var sim = new SimulatedSetup().Device("XHTKJ");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Mizz Zee Device", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 500 }));
        await host.WaitForLogAsync("disconnected: stopping all devices");

        const string Stop = "tx:0312000000000000000000000000000000000000";
        const string Half = "tx:0312f300fc00fe40013ca600fc00fe40013ca600";
        // The keep-alive repeats each packet every 200 ms, so wait for the stop to be repeated too.
        var writes = await sim.WaitForHexWritesAsync(w => w.SkipWhile(x => x != Half).Count(x => x == Stop) >= 2, 15_000);
        Assert.Equal([Stop, Half, Stop], writes.Where((w, i) => i == 0 || w != writes[i - 1]).ToList());
        Assert.True(writes.Count(x => x == Half) >= 2, "the half-speed packet was not repeated while the client slept 500 ms: " + string.Join(", ", writes));
    }
}
