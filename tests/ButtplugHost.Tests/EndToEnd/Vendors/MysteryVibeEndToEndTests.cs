using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>MysteryVibe (mysteryvibe, mysteryvibe-v2) over the real server: mode packet, all motors in one packet, 93 ms keep-alive.</summary>
public sealed class MysteryVibeEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Molto_and_the_packet_is_repeated()
    {
        using var sim = new SimulatedSetup().Device("6915 MV1");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "MysteryVibe Molto", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 400 }));

        await host.WaitForLogAsync("disconnected: stopping all devices");
        var writes = (await sim.WaitForHexWritesAsync(w => w.Count > 0 && w[^1] == "txvibrate:00" && w.Count(x => x == "txvibrate:1c") >= 2)).ToList();
        // Mode 03 02 40; every motor at 0; 0.5 of 56 = 28 = 0x1C; the stop. Repeats of each packet
        // (the keep-alive) come in between, so the sequence is compared without them.
        Assert.Equal(["txmode:030240", "txvibrate:00", "txvibrate:1c", "txvibrate:00"], Collapse(writes));
        // The client slept 400 ms: the 93 ms keep-alive repeated the running packet meanwhile.
        Assert.True(writes.Count(x => x == "txvibrate:1c") >= 2, string.Join("\n", writes));
    }

    [Fact]
    public async Task Official_v4_client_vibrates_a_v1_Poco_and_the_packet_is_repeated()
    {
        // The toy pads its advertised name with spaces.
        using var sim = new SimulatedSetup().Device("MV Poco     ");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "MysteryVibe Poco", Step("vibrate", new { value = 0.5, feature = 1 }), Step("sleep", new { ms = 400 }));

        await host.WaitForLogAsync("disconnected: stopping all devices");
        var writes = (await sim.WaitForHexWritesAsync(w => w.Count > 0 && w[^1] == "txvibrate:0000" && w.Count(x => x == "txvibrate:001c") >= 2)).ToList();
        // The v1 mode 43 02 00; both motors at 0; the second at 28 of 56; the stop; repeats in between.
        Assert.Equal(["txmode:430200", "txvibrate:0000", "txvibrate:001c", "txvibrate:0000"], Collapse(writes));
        Assert.True(writes.Count(x => x == "txvibrate:001c") >= 2, string.Join("\n", writes));
    }

    private static List<string> Collapse(IEnumerable<string> writes)
    {
        var result = new List<string>();
        foreach (var write in writes)
        {
            if (result.Count == 0 || result[^1] != write)
                result.Add(write);
        }
        return result;
    }
}
