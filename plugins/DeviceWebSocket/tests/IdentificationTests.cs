using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.DeviceWebSocket.Tests;

public class IdentificationTests
{
    [Fact]
    public async Task A_device_that_identifies_is_reported_with_its_identifier_and_address()
    {
        await using var fixture = await TransportFixture.StartAsync();
        await fixture.IdentifyAsync("LVSDevice", "aabbccddeeff");

        var found = await fixture.Host.NextFoundAsync();
        Assert.Equal("websocket", found.Transport);
        Assert.Equal(BusKind.WebSocket, found.Bus);
        Assert.Equal("LVSDevice", found.Name);
        Assert.Equal("aabbccddeeff", found.Address);
    }

    [Fact]
    public async Task Garbage_as_first_message_is_refused_logged_and_closed()
    {
        await using var fixture = await TransportFixture.StartAsync();
        var client = await fixture.OpenAsync();
        await TransportFixture.SendTextAsync(client, "hello, I am a toy");

        var reply = await TransportFixture.ReceiveAsync(client);
        Assert.Equal(WebSocketMessageType.Close, reply.Type);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, reply.Status);
        var line = await fixture.Logs.WaitForWarningAsync("not a device info packet");
        Assert.Contains("hello, I am a toy", line);
        Assert.False(fixture.Host.TryTakeFound(out _));
    }

    [Theory]
    [InlineData("""{"address": "a1", "version": 0}""", "identifier")]
    [InlineData("""{"identifier": "LVSDevice", "version": 0}""", "address")]
    [InlineData("""{"identifier": "LVSDevice", "address": "a1", "version": "zero"}""", "version")]
    [InlineData("""["LVSDevice"]""", "not a JSON object")]
    public async Task Info_packets_missing_a_field_are_refused(string packet, string complaint)
    {
        await using var fixture = await TransportFixture.StartAsync();
        var client = await fixture.OpenAsync();
        await TransportFixture.SendTextAsync(client, packet);

        Assert.Equal(WebSocketMessageType.Close, (await TransportFixture.ReceiveAsync(client)).Type);
        Assert.Contains(complaint, await fixture.Logs.WaitForWarningAsync("not a device info packet"));
        Assert.False(fixture.Host.TryTakeFound(out _));
    }

    [Fact]
    public async Task A_binary_first_message_is_refused()
    {
        await using var fixture = await TransportFixture.StartAsync();
        var client = await fixture.OpenAsync();
        await TransportFixture.SendBinaryAsync(client, Encoding.UTF8.GetBytes("""{"identifier": "LVSDevice", "address": "a1", "version": 0}"""));

        Assert.Equal(WebSocketMessageType.Close, (await TransportFixture.ReceiveAsync(client)).Type);
        Assert.Contains("binary", await fixture.Logs.WaitForWarningAsync("not a text device info packet"));
        Assert.False(fixture.Host.TryTakeFound(out _));
    }

    [Fact]
    public async Task A_device_that_stays_silent_is_dropped_after_the_timeout()
    {
        await using var fixture = await TransportFixture.StartAsync(("DeviceWebSocket:IdentifyTimeoutMs", "300"));
        var client = await fixture.OpenAsync();

        await Assert.ThrowsAnyAsync<WebSocketException>(() => TransportFixture.ReceiveAsync(client, 3000));
        await fixture.Logs.WaitForWarningAsync("no device info packet within 300 ms");
        Assert.False(fixture.Host.TryTakeFound(out _));
    }

    [Fact]
    public async Task A_plain_HTTP_request_gets_400()
    {
        await using var fixture = await TransportFixture.StartAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", fixture.Transport.LocalEndPoint!.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync("GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray());
        var buffer = new byte[256];
        var n = await stream.ReadAsync(buffer);

        Assert.StartsWith("HTTP/1.1 400", Encoding.ASCII.GetString(buffer, 0, n));
        await fixture.Logs.WaitForWarningAsync("not a WebSocket upgrade");
    }

    [Fact]
    public void Handshake_accept_value_matches_RFC_6455_example()
    {
        Assert.Equal("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", WebSocketUpgrade.AcceptValue("dGhlIHNhbXBsZSBub25jZQ=="));
    }
}
