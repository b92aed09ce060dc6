using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Reconnect;

/// <summary>
/// A network Lovense that closes its WebSocket and connects again with the same identifier and
/// address: the official v4 client sees it come back under its index, at rest.
/// </summary>
public sealed class DeviceWebSocketReconnectTests
{
    private const string Hello = """{"identifier": "LVSDevice", "address": "696969696970", "version": 0}""";

    [Fact]
    public async Task A_network_device_that_reconnects_comes_back_under_its_index_at_rest()
    {
        var devicePort = Infrastructure.FreePort.Next();
        await using var host = await HostProcess.StartAsync("--use-device-websocket-server", "--device-websocket-server-port", devicePort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var client = RunAsync(5, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-device", new { name = "Lovense Hush", timeout = 60000 }), Step("stopscan"),
            Step("vibrate", new { value = 0.5 }),
            Step("wait-removed", new { name = "Lovense Hush", timeout = 60000 }),
            Step("wait-added", new { name = "Lovense Hush", count = 2, timeout = 60000 }), Step("disconnect"),
        ], timeoutMs: 180_000);

        // The device port opens with the buses, after the client endpoint.
        await host.WaitForLogAsync("buses started in", 30_000);
        var first = new List<string>();
        using (var toy = await ConnectToyAsync(devicePort))
        {
            var answering = DeviceWebSocketEndToEndTests.AnswerLovenseAsync(toy, first);
            await WaitForAsync(() => { lock (first) return first.Contains("Vibrate:10;"); }, client);
            await toy.CloseAsync(WebSocketCloseStatus.NormalClosure, "switched off", CancellationToken.None);
            await answering;
        }
        await host.WaitForLogAsync("it is reconnected when it is back", 30_000);

        var second = new List<string>();
        using var again = await ConnectToyAsync(devicePort);
        var answeringAgain = DeviceWebSocketEndToEndTests.AnswerLovenseAsync(again, second);
        IReadOnlyList<System.Text.Json.Nodes.JsonObject> output;
        try
        {
            output = await client;
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{e.Message}\nServer log:\n{host.LogText}", e);
        }

        ReconnectChecks.AssertCameBackUnderItsIndex(output, "Lovense Hush");
        lock (second)
        {
            Assert.Equal("DeviceType;", second[0]);
            Assert.DoesNotContain(second, w => Regex.IsMatch(w, "^Vibrate:[1-9]"));
        }
        Assert.False(host.HasExited);
    }

    private static async Task<ClientWebSocket> ConnectToyAsync(int port)
    {
        var toy = new ClientWebSocket();
        await toy.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/"), CancellationToken.None);
        await toy.SendAsync(Encoding.UTF8.GetBytes(Hello), WebSocketMessageType.Text, true, CancellationToken.None);
        return toy;
    }

    private static async Task WaitForAsync(Func<bool> condition, Task client)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (client.IsCompleted)
                await client;
            if (DateTime.UtcNow > until)
                throw new TimeoutException("Condition not met in time.");
            await Task.Delay(20);
        }
    }
}
