using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Xuanhuan over the real server: a running speed is repeated (keep-alive) until the stop.</summary>
public sealed class XuanhuanEndToEndTests
{
    private const string Running = "tx:03020005";
    private const string Stopped = "tx:03020000";

    [Fact]
    public async Task Official_v4_client_vibrates_the_masturbator_and_the_speed_is_repeated_until_stopped()
    {
        using var sim = new SimulatedSetup().Device("QUXIN");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // 600 ms of running: the 100 ms keep-alive repeats the speed several times.
        await VendorDrive.RunAsync(5, host, "Xuanhuan Masturbator", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 600 }));

        await host.WaitForLogAsync("disconnected: stopping all devices");
        await sim.WaitForHexWritesAsync(w => w.Contains(Stopped), 10_000);
        // A stop is not repeated: give several keep-alive intervals for a stray repeat to show.
        await Task.Delay(500);
        var writes = sim.HexWrites();
        var firstStop = writes.ToList().IndexOf(Stopped);
        Assert.True(firstStop >= 2, "The running speed was not repeated: " + string.Join(" ", writes));
        Assert.All(writes.Take(firstStop), w => Assert.Equal(Running, w));
        // The client's stop and the server's own stop at the session's end: one or two stop packets, nothing after.
        Assert.All(writes.Skip(firstStop), w => Assert.Equal(Stopped, w));
        Assert.InRange(writes.Count - firstStop, 1, 2);
    }
}
