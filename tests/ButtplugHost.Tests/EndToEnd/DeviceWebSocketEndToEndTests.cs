using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>
/// A network device: a WebSocket client plays a Lovense toy that connects to the server's device
/// WebSocket port, identifies as <c>LVSDevice</c> and answers the Lovense protocol.
/// </summary>
public sealed class DeviceWebSocketEndToEndTests
{
    [Fact]
    public async Task A_Lovense_network_device_is_identified_and_driven_by_a_client()
    {
        var devicePort = FreePort();
        await using var host = await HostProcess.StartAsync("--use-device-websocket-server", "--device-websocket-server-port", devicePort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(3);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);

        using var toy = new ClientWebSocket();
        await toy.ConnectAsync(new Uri($"ws://127.0.0.1:{devicePort}/"), CancellationToken.None);
        await SendTextAsync(toy, """{"identifier": "LVSDevice", "address": "696969696969", "version": 0}""");
        var received = new List<string>();
        var answering = AnswerLovenseAsync(toy, received);

        var added = await client.ReceiveAsync("DeviceAdded", 10_000);
        Assert.Equal("Lovense Hush", added["DeviceName"]!.ToString());
        var ok = await client.RequestAsync("""[{"ScalarCmd":{"Id":3,"DeviceIndex":0,"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"}]}}]""", 3);
        Assert.True(ok.ContainsKey("Ok"), ok.ToJsonString());
        await WaitForAsync(() => { lock (received) return received.Contains("Vibrate:10;"); });

        await toy.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        var removed = await client.ReceiveAsync("DeviceRemoved", 10_000);
        Assert.Equal(0, removed["DeviceIndex"]!.GetValue<int>());
        await answering;
        lock (received)
            Assert.Equal("DeviceType;", received[0]);
    }

    // Plays the toy: records every binary message and answers DeviceType; as a Hush would.
    internal static async Task AnswerLovenseAsync(ClientWebSocket toy, List<string> received)
    {
        var buffer = new byte[1024];
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await toy.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                return;
            }
            if (result.MessageType == WebSocketMessageType.Close)
                return;
            var text = Encoding.ASCII.GetString(buffer, 0, result.Count);
            lock (received)
                received.Add(text);
            if (text == "DeviceType;")
                await SendTextAsync(toy, "Z:11:0082059AD3BD;");
        }
    }

    private static Task SendTextAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task WaitForAsync(Func<bool> condition, int timeoutMs = 5000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException("Condition not met in time.");
            await Task.Delay(20);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
