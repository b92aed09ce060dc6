using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.EndToEnd.SharedDevices;

/// <summary><c>--max-clients</c>: that many clients at once, the next one refused with the reason; a freed slot serves again.</summary>
public sealed class ClientLimitTests
{
    [Fact]
    public async Task Two_clients_are_served_at_once_and_a_third_is_refused_until_one_leaves()
    {
        await using var host = await HostProcess.StartAsync("--max-clients", "2");
        await using var first = await RawClient.ConnectAsync(host.Url);
        await first.HandshakeAsync(4);
        var second = await RawClient.ConnectAsync(host.Url);
        await second.HandshakeAsync(3);

        await using (var third = await RawClient.ConnectAsync(host.Url))
        {
            var refused = await third.RequestAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"third","MessageVersion":3}}]""", 1, timeoutMs: 15_000);
            Assert.Equal(1, refused["Error"]!["ErrorCode"]!.GetValue<int>());
            Assert.Contains("already has 2 connected clients, its maximum (--max-clients)", refused["Error"]!["ErrorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        await second.DisposeAsync();
        await host.WaitForLogAsync("disconnected: stopping the outputs it drives");
        await using var fourth = await RawClient.ConnectAsync(host.Url);
        var served = await fourth.RequestAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"fourth","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""", 1, timeoutMs: 15_000);
        Assert.True(served.ContainsKey("ServerInfo"), served.ToJsonString());
        Assert.True((await first.RequestAsync("""[{"Ping":{"Id":2}}]""", 2)).ContainsKey("Ok"));
    }
}
