using System.Net.WebSockets;
using ButtplugHost.Tests.Infrastructure;
using ButtplugHost.Tests.Protocol;

namespace ButtplugHost.Tests.Security;

/// <summary>A server whose handshake timeout is short enough to watch.</summary>
public sealed class ShortHandshakeServer : SharedServer
{
    protected override string[] Arguments => ["--Server:HandshakeTimeoutMs=1500"];
}

/// <summary>
/// The single client slot is held from a successful handshake to the end of the session's stop: an
/// idle connection locks nobody out, and a client reconnecting at once waits for its old session.
/// </summary>
public sealed class ClientSlotTests(ShortHandshakeServer server) : IClassFixture<ShortHandshakeServer>
{
    [Fact]
    public async Task An_idle_connection_does_not_hold_the_slot_and_is_closed_after_the_handshake_timeout()
    {
        await using var idle = await RawClient.ConnectAsync(server.Host.Url);
        var (client, _) = await server.ConnectAsync(4);
        await client.DisposeAsync();

        var error = await idle.ReceiveAsync("Error", timeoutMs: 15_000);
        Assert.Equal(1, error["ErrorCode"]!.GetValue<int>());
        Assert.Contains("RequestServerInfo", error["ErrorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(await idle.WaitForCloseAsync(10_000));
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, idle.CloseStatus);
    }

    [Fact]
    public async Task A_second_client_is_refused_while_the_first_is_connected()
    {
        var (first, _) = await server.ConnectAsync(4);
        await using (first)
        {
            await using var second = await RawClient.ConnectAsync(server.Host.Url);
            var reply = await second.RequestAsync("""[{"RequestServerInfo":{"Id":7,"ClientName":"second","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""", 7, timeoutMs: 15_000);
            Assert.Equal(1, reply["Error"]!["ErrorCode"]!.GetValue<int>());
            Assert.Contains("already has a connected client", reply["Error"]!["ErrorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.True((await first.RequestAsync("""[{"Ping":{"Id":8}}]""", 8)).ContainsKey("Ok"));
        }
    }

    [Fact]
    public async Task A_client_that_reconnects_at_once_is_served_after_its_old_session_stopped_the_device()
    {
        var device = server.AddDevice("TST-slot-reconnect");
        await using (device)
        {
            uint? index = null;
            for (var round = 0; round < 20; round++)
            {
                // No retry: every reconnect must be accepted, whether the old one closed or reset.
                var client = await RawClient.ConnectAsync(server.Host.Url);
                var info = await client.RequestAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"reload","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""", 1, timeoutMs: 15_000);
                Assert.True(info.ContainsKey("ServerInfo"), $"round {round}: {info.ToJsonString()}");
                if (round > 0)
                    await device.ExpectWritesAsync(TestDeviceFacts.StopWrites); // the old session's stop
                index ??= await FindDeviceAsync(client, "TST-slot-reconnect");
                var ok = await client.RequestAsync("""[{"OutputCmd":{"Id":2,"DeviceIndex":@0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":9}}}}]""".F(index), 2);
                Assert.True(ok.ContainsKey("Ok"), ok.ToJsonString());
                await device.ExpectWritesAsync("F0:Vibrate:9;");
                if (round % 2 == 0)
                    await client.DisposeAsync(); // close handshake (a page reload)
                else
                    client.Abort(); // TCP reset (a killed app)
            }
            await device.ExpectWritesAsync(TestDeviceFacts.StopWrites);
        }
    }

    // The only device of this fixture is the test's own.
    private static async Task<uint> FindDeviceAsync(RawClient client, string name)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        for (uint id = 100; ; id++)
        {
            var list = await client.RequestAsync($$$"""[{"RequestDeviceList":{"Id":{{{id}}}}}]""", id);
            foreach (var (_, d) in list["DeviceList"]!["Devices"]!.AsObject())
                return d!["DeviceIndex"]!.GetValue<uint>();
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"{name} never appeared");
            await Task.Delay(50);
        }
    }
}
