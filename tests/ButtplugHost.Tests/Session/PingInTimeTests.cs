using System.Diagnostics;
using ButtplugHost.Tests.Infrastructure;
using ButtplugHost.Tests.Protocol;

namespace ButtplugHost.Tests.Session;

/// <summary>A server started with --max-ping-time 3000: room for a loaded machine to delay a ping.</summary>
public sealed class PatientPingServer : SharedServer
{
    public const int MaxPingTime = 3000;

    protected override string[] Arguments => ["--max-ping-time", "3000"];
}

/// <summary>
/// A client that pings in time keeps its session. Apart from <see cref="PingTests"/>, whose 500 ms
/// watchdog a pinger delayed by a loaded machine could miss (the devices would stop, rightly).
/// </summary>
public sealed class PingInTimeTests(PatientPingServer server) : IClassFixture<PatientPingServer>
{
    [Fact]
    public async Task A_client_that_pings_in_time_is_never_dropped()
    {
        await using var device = await PingTests.DeviceAsync(server, "TST-ping-alive");
        var (client, _) = await server.ConnectAsync(4);
        await using (client)
        {
            var index = await PingTests.IndexOfAsync(client);
            // A pinger at a quarter of MaxPingTime, for three times MaxPingTime and then some.
            using var stop = new CancellationTokenSource();
            using var sending = new SemaphoreSlim(1, 1); // one sender at a time on the socket
            var pinger = Task.Run(async () =>
            {
                for (var id = 1000; !stop.IsCancellationRequested; id++)
                {
                    await sending.WaitAsync();
                    try { await client.SendAsync($"[{{\"Ping\":{{\"Id\":{id}}}}}]"); }
                    finally { sending.Release(); }
                    await Task.Delay(PatientPingServer.MaxPingTime / 4);
                }
            });
            var stopwatch = Stopwatch.StartNew();
            var oks = 0;
            while (stopwatch.ElapsedMilliseconds < 3 * PatientPingServer.MaxPingTime)
            {
                var message = await client.ReceiveAsync(2000);
                Assert.False(message.ContainsKey("Error"), message.ToJsonString());
                oks += message.ContainsKey("Ok") ? 1 : 0;
            }
            Assert.True(oks >= 4, $"{oks} pings answered");
            await sending.WaitAsync();
            try { await client.SendAsync("""[{"OutputCmd":{"Id":2,"DeviceIndex":@0,"FeatureIndex":1,"Command":{"Vibrate":{"Value":4}}}}]""".F(index)); }
            finally { sending.Release(); }
            await device.WaitForNewWritesAsync(1);
            await Task.Delay(300);
            Assert.Equal(["F1:Vibrate:4;"], device.Writes()); // and no stop: the session is alive
            await stop.CancelAsync();
            await pinger;
        }
    }
}
