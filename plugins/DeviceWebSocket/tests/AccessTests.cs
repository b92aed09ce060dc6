using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace ButtplugHost.Plugins.DeviceWebSocket.Tests;

/// <summary>The device port follows the client endpoint's origin and Host rules, and drops unclaimed devices.</summary>
public class AccessTests
{
    // The status line of the answer to a hand-written upgrade request with these headers.
    private static async Task<string> UpgradeStatusAsync(TransportFixture fixture, string host, string? origin)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", fixture.Transport.LocalEndPoint!.Port);
        var stream = tcp.GetStream();
        var request = $"GET / HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            + (origin is null ? "" : $"Origin: {origin}\r\n") + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        return Encoding.ASCII.GetString(buffer, 0, read).Split("\r\n")[0];
    }

    [Fact]
    public async Task A_foreign_web_origin_is_refused_with_a_log_line_naming_the_flag()
    {
        await using var fixture = await TransportFixture.StartAsync();
        Assert.Contains("403", await UpgradeStatusAsync(fixture, "127.0.0.1", "https://evil.example"), StringComparison.Ordinal);
        await fixture.Logs.WaitForWarningAsync("--allow-origin https://evil.example");
        Assert.False(fixture.Host.TryTakeFound(out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://localhost:8080")]
    [InlineData("https://app.example")]
    public async Task Devices_pages_from_loopback_and_origins_allowed_by_the_server_connect(string? origin)
    {
        await using var fixture = await TransportFixture.StartAsync(("Server:AllowedOrigins:0", "https://app.example"));
        Assert.Contains("101", await UpgradeStatusAsync(fixture, "localhost", origin), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rebound_Host_name_is_refused()
    {
        await using var fixture = await TransportFixture.StartAsync();
        Assert.Contains("403", await UpgradeStatusAsync(fixture, "rebind.evil.example:54817", null), StringComparison.Ordinal);
        await fixture.Logs.WaitForWarningAsync("--allow-host");
    }

    [Fact]
    public async Task An_allowed_Host_name_connects()
    {
        await using var fixture = await TransportFixture.StartAsync(("DeviceWebSocket:AllowedHosts:0", "toys.lan"));
        Assert.Contains("101", await UpgradeStatusAsync(fixture, "toys.lan:54817", null), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_no_protocol_claims_is_closed_after_the_unclaimed_timeout()
    {
        await using var fixture = await TransportFixture.StartAsync(("DeviceWebSocket:UnclaimedTimeoutMs", "300"));
        var client = await fixture.IdentifyAsync("NoSuchToy", "unknown1");
        await fixture.Host.NextFoundAsync(); // reported, but nobody connects it
        var reply = await TransportFixture.ReceiveAsync(client, 10_000);
        Assert.Equal(WebSocketMessageType.Close, reply.Type);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, reply.Status);
        await fixture.Logs.WaitForWarningAsync("no protocol claimed it");
    }

    [Fact]
    public async Task A_claimed_device_stays_connected_past_the_unclaimed_timeout()
    {
        await using var fixture = await TransportFixture.StartAsync(("DeviceWebSocket:UnclaimedTimeoutMs", "300"));
        var client = await fixture.IdentifyAsync("LVSDevice", "claimed1");
        var found = await fixture.Host.NextFoundAsync();
        var hardware = await fixture.Transport.ConnectAsync(found, new Sdk.Definitions.CommunicationSpecifier(), CancellationToken.None);
        await Task.Delay(1000);
        Assert.Equal(WebSocketState.Open, client.State);
        await hardware.DisconnectAsync();
    }
}
