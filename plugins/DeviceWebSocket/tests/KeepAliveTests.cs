using System.Net.Sockets;
using System.Text;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.DeviceWebSocket.Tests;

public class KeepAliveTests
{
    [Fact]
    public async Task A_device_that_never_answers_pings_is_dropped_and_one_that_does_stays()
    {
        await using var fixture = await TransportFixture.StartAsync(("DeviceWebSocket:KeepAliveSeconds", "1"));

        // A device that completes the handshake and identifies, then never reads (so never pongs).
        using var mute = new TcpClient();
        await mute.ConnectAsync("127.0.0.1", fixture.Transport.LocalEndPoint!.Port);
        var stream = mute.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
        await stream.WriteAsync(MaskedTextFrame("""{"identifier": "LVSDevice", "address": "mute", "version": 0}"""));
        var muteHardware = await fixture.Transport.ConnectAsync(await fixture.Host.NextFoundAsync(), new CommunicationSpecifier(), CancellationToken.None);
        var muteGone = new TaskCompletionSource();
        muteHardware.Disconnected += (_, _) => muteGone.TrySetResult();

        var polite = await fixture.IdentifyAsync("LVSDevice", "polite");
        var politeHardware = await fixture.Transport.ConnectAsync(await fixture.Host.NextFoundAsync(), new CommunicationSpecifier(), CancellationToken.None);
        var receiving = TransportFixture.ReceiveAsync(polite, 10000); // ClientWebSocket answers pings while receiving.

        await muteGone.Task.WaitAsync(TimeSpan.FromSeconds(6));
        await politeHardware.WriteAsync("tx", new byte[] { 42 }, false, CancellationToken.None);
        Assert.Equal(new byte[] { 42 }, (await receiving).Data);
    }

    private static byte[] MaskedTextFrame(string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        byte[] mask = [1, 2, 3, 4];
        var frame = new List<byte> { 0x81, (byte)(0x80 | payload.Length) };
        frame.AddRange(mask);
        frame.AddRange(payload.Select((b, i) => (byte)(b ^ mask[i % 4])));
        return [.. frame];
    }
}
