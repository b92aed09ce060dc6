using System.Diagnostics;
using ButtplugHost.Tests.Infrastructure;
using ButtplugHost.Tests.Protocol;

namespace ButtplugHost.Tests.Session;

/// <summary>A server started with --max-ping-time 500.</summary>
public sealed class PingServer : SharedServer
{
    public const int MaxPingTime = 500;

    protected override string[] Arguments => ["--max-ping-time", "500"];
}

/// <summary>The ping watchdog: a client that stops pinging is dropped and its devices stop; a pinging client is not.</summary>
public sealed class PingTests(PingServer server) : IClassFixture<PingServer>
{
    /// <summary>Switches a device on before the client connects (the watchdog starts at the handshake).</summary>
    internal static async Task<SimDevice> DeviceAsync(SharedServer server, string name)
    {
        var device = server.AddDevice(name);
        var until = DateTime.UtcNow.AddSeconds(5);
        while (!device.Trace().Any(t => t.Op == "subscribe"))
        {
            Assert.True(DateTime.UtcNow < until, "the device did not connect");
            await Task.Delay(20);
        }
        await Task.Delay(50);
        return device;
    }

    internal static async Task<uint> IndexOfAsync(RawClient client)
    {
        var list = await client.ReceiveAsync("DeviceList");
        return list["Devices"]!.AsObject().Select(kv => kv.Value!["DeviceIndex"]!.GetValue<uint>()).Max();
    }

    [Fact]
    public async Task A_client_that_stops_pinging_gets_Error_2_its_devices_stop_and_the_connection_closes()
    {
        await using var device = await DeviceAsync(server, "TST-ping-timeout");
        var (client, info) = await server.ConnectAsync(4);
        await using (client)
        {
            var handshake = Stopwatch.StartNew();
            Assert.Equal(PingServer.MaxPingTime, info["MaxPingTime"]!.GetValue<int>());
            var index = await IndexOfAsync(client);
            Assert.True((await client.RequestAsync("""[{"OutputCmd":{"Id":2,"DeviceIndex":@0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":9}}}}]""".F(index), 2)).ContainsKey("Ok"));
            await device.ExpectWritesAsync("F0:Vibrate:9;");

            var error = await client.ReceiveAsync("Error", 3000);
            var elapsed = handshake.ElapsedMilliseconds;
            Assert.Equal(0, error["Id"]!.GetValue<int>());
            Assert.Equal(2, error["ErrorCode"]!.GetValue<int>());
            Assert.Contains("Ping", error["ErrorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.InRange(elapsed, PingServer.MaxPingTime - 100, PingServer.MaxPingTime + 1000);
            await device.ExpectWritesAsync(TestDeviceFacts.StopWrites);
            Assert.True(await client.WaitForCloseAsync());
        }
    }

    [Fact]
    public async Task Traffic_other_than_Ping_does_not_keep_the_session_alive()
    {
        await using var device = await DeviceAsync(server, "TST-ping-traffic");
        var (client, _) = await server.ConnectAsync(3);
        await using (client)
        {
            var stopwatch = Stopwatch.StartNew();
            uint id = 10;
            var pingedOut = false;
            while (!pingedOut && stopwatch.ElapsedMilliseconds < 3000)
            {
                await client.SendAsync($"[{{\"RequestDeviceList\":{{\"Id\":{++id}}}}}]");
                var reply = await client.ReceiveAsync();
                pingedOut = reply["Error"]?["ErrorCode"]?.GetValue<int>() == 2 && reply["Error"]!["Id"]!.GetValue<int>() == 0;
                await Task.Delay(100);
            }
            Assert.True(pingedOut);
            await device.ExpectWritesAsync(TestDeviceFacts.StopWrites);
        }
    }
}
