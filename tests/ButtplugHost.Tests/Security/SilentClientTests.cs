using System.Diagnostics;
using ButtplugHost.Tests.Infrastructure;
using ButtplugHost.Tests.Protocol;
using Xunit.Abstractions;

namespace ButtplugHost.Tests.Security;

/// <summary>
/// A client that goes silent (frozen, or the network dropped) stops its toy through the WebSocket
/// keep-alive, without the app sending Ping; one that stops reading is cut off at the send-queue
/// ceiling. ClientWebSocket answers pings only while a receive is pending, so a client that never
/// receives again is exactly a frozen one.
/// </summary>
public sealed class SilentClientTests(ITestOutputHelper output)
{
    private static async Task<(HostProcess Host, RawClient Client, uint Index)> StartVibratingAsync(SimulatedSetup sim, params string[] args)
    {
        var host = await HostProcess.StartAsync(sim.Args(args));
        await host.WaitForLogAsync("buses started in", 60_000);
        var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(4);
        Assert.True((await client.RequestAsync("""[{"StartScanning":{"Id":3}}]""", 3)).ContainsKey("Ok"));
        uint? index = null;
        var until = DateTime.UtcNow.AddSeconds(15);
        for (uint id = 10; index is null; id++)
        {
            var list = await client.RequestAsync($$$"""[{"RequestDeviceList":{"Id":{{{id}}}}}]""", id);
            foreach (var (_, d) in list["DeviceList"]!["Devices"]!.AsObject())
                index = d!["DeviceIndex"]!.GetValue<uint>();
            if (index is null)
            {
                Assert.True(DateTime.UtcNow < until, "the simulated device never connected");
                await Task.Delay(50);
            }
        }
        var ok = await client.RequestAsync("""[{"OutputCmd":{"Id":2,"DeviceIndex":@0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":9}}}}]""".F(index), 2);
        Assert.True(ok.ContainsKey("Ok"));
        await sim.WaitForWriteAsync("F0:Vibrate:9;");
        return (host, client, index.Value);
    }

    private static Task StoppedAsync(SimulatedSetup sim, int timeoutMs) =>
        sim.WaitForWritesAsync(w => w.Count >= TestDeviceFacts.StopWrites.Length && w.Skip(w.Count - TestDeviceFacts.StopWrites.Length).SequenceEqual(TestDeviceFacts.StopWrites), timeoutMs);

    [Fact]
    public async Task A_frozen_client_stops_the_toy_through_the_keep_alive_timeout()
    {
        using var sim = new SimulatedSetup().Device("TST-frozen");
        // Everything loaded at start, and the client connects once it is: the session does not read (so sees no pong)
        // while a scan waits for buses that are loading, which on a loaded machine can outlast a 700 ms keep-alive timeout.
        var (host, client, _) = await StartVibratingAsync(sim, "--Server:KeepAliveIntervalMs=300", "--Server:KeepAliveTimeoutMs=700", "--Plugins:LoadOnDemand=false");
        await using (host)
        await using (client)
        {
            // The client never reads again: it answers no ping.
            await StoppedAsync(sim, 30_000);
            await host.WaitForLogAsync("disconnected: stopping all devices");
            await host.WaitForLogAsync("connection lost: no answer to the WebSocket keep-alive ping within 700 ms"); // why, not just that it ended
        }
    }

    [Fact]
    public async Task With_the_defaults_a_silent_client_stops_the_toy_without_any_Ping()
    {
        using var sim = new SimulatedSetup().Device("TST-silent-default");
        var (host, client, _) = await StartVibratingAsync(sim);
        await using (host)
        await using (client)
        {
            var silent = Stopwatch.StartNew();
            await StoppedAsync(sim, 60_000); // bounds a failure only; the default is ≤ 8 s (3 s interval + 5 s timeout)
            output.WriteLine($"stopped {silent.ElapsedMilliseconds} ms after the client went silent");
        }
    }

    [Fact]
    public async Task A_client_that_stops_reading_is_disconnected_at_the_send_queue_ceiling_and_its_toy_stopped()
    {
        using var sim = new SimulatedSetup().Device("TST-not-reading");
        var (host, client, _) = await StartVibratingAsync(sim, "--Server:SendQueueBytes=65536", "--Server:KeepAliveIntervalMs=0");
        await using (host)
        await using (client)
        {
            // Each frame asks for 200 device lists (~60 kB of replies); the client never reads them.
            var frame = "[" + string.Join(",", Enumerable.Range(1000, 200).Select(id => $$$"""{"RequestDeviceList":{"Id":{{{id}}}}}""")) + "]";
            var sending = Task.Run(async () =>
            {
                try
                {
                    for (var i = 0; i < 2000 && !host.Log.Any(l => l.Contains("stopped reading", StringComparison.Ordinal)); i++)
                        await client.SendAsync(frame);
                }
                catch (System.Net.WebSockets.WebSocketException)
                {
                    // The server cut us off: expected.
                }
            });
            await host.WaitForLogAsync("stopped reading", 60_000);
            await StoppedAsync(sim, 30_000);
            await sending.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains(host.Log, l => l.Contains("limit 65536", StringComparison.Ordinal));
        }
    }
}
