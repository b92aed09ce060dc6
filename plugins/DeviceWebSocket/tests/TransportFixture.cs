using ButtplugHost.Sdk.Testing;
using System.Net.WebSockets;
using System.Text;
using ButtplugHost.Sdk.Plugins;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.DeviceWebSocket.Tests;

/// <summary>A started transport on a random loopback port, with helpers to play network devices.</summary>
internal sealed class TransportFixture : IAsyncDisposable
{
    private readonly List<ClientWebSocket> _clients = [];

    private TransportFixture(DeviceWebSocketTransport transport, RecordingTransportHost host, CollectingLoggerFactory logs)
    {
        Transport = transport;
        Host = host;
        Logs = logs;
    }

    public DeviceWebSocketTransport Transport { get; }

    public RecordingTransportHost Host { get; }

    public CollectingLoggerFactory Logs { get; }

    public Uri Url => new($"ws://127.0.0.1:{Transport.LocalEndPoint!.Port}/");

    /// <summary>Starts with test defaults overridden by <paramref name="settings"/> (a null value removes the key).</summary>
    public static async Task<TransportFixture> StartAsync(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["DeviceWebSocket:Enabled"] = "true",
            ["DeviceWebSocket:Port"] = "0",
            ["DeviceWebSocket:Address"] = "127.0.0.1",
            ["DeviceWebSocket:IdentifyTimeoutMs"] = "3000",
        };
        foreach (var (key, value) in settings)
        {
            if (value is null)
                values.Remove(key);
            else
                values[key] = value;
        }
        var logs = new CollectingLoggerFactory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var transport = new DeviceWebSocketTransport(new PluginContext(configuration, logs, AppContext.BaseDirectory));
        var host = new RecordingTransportHost();
        await transport.StartAsync(host, CancellationToken.None);
        return new TransportFixture(transport, host, logs);
    }

    /// <summary>Opens a WebSocket to the transport, as a network device would.</summary>
    public async Task<ClientWebSocket> OpenAsync()
    {
        var client = new ClientWebSocket();
        _clients.Add(client);
        await client.ConnectAsync(Url, CancellationToken.None);
        return client;
    }

    /// <summary>Opens a WebSocket and sends the device info packet.</summary>
    public async Task<ClientWebSocket> IdentifyAsync(string identifier, string address)
    {
        var client = await OpenAsync();
        await SendTextAsync(client, $$"""{"identifier": "{{identifier}}", "address": "{{address}}", "version": 0}""");
        return client;
    }

    public static Task SendTextAsync(ClientWebSocket client, string text) =>
        client.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public static Task SendBinaryAsync(ClientWebSocket client, byte[] data) =>
        client.SendAsync(data, WebSocketMessageType.Binary, true, CancellationToken.None);

    /// <summary>The next message the server sends to the device (type and bytes); Close for a close.</summary>
    public static async Task<(WebSocketMessageType Type, byte[] Data, WebSocketCloseStatus? Status)> ReceiveAsync(ClientWebSocket client, int timeoutMs = 5000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await client.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return (result.MessageType, message.ToArray(), result.CloseStatus);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Transport.StopAsync(CancellationToken.None);
        foreach (var client in _clients)
            client.Dispose();
    }
}
