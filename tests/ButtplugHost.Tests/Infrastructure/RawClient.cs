using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>A plain WebSocket client speaking raw Buttplug JSON, for exact-reply tests.</summary>
public sealed class RawClient : IAsyncDisposable
{
    private readonly WebSocket _socket;
    private readonly BurstSocket.HeldStream? _held;
    private readonly Queue<JsonObject> _pending = new();

    private RawClient(WebSocket socket, BurstSocket.HeldStream? held = null)
    {
        _socket = socket;
        _held = held;
    }

    public static async Task<RawClient> ConnectAsync(string url)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(new Uri(url), CancellationToken.None);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return new RawClient(socket);
    }

    /// <summary>Connects a client that can send several frames in one TCP write (<see cref="SendTogetherAsync"/>).</summary>
    public static async Task<RawClient> ConnectForBurstsAsync(string url)
    {
        var (socket, held) = await BurstSocket.ConnectAsync(url);
        return new RawClient(socket, held);
    }

    /// <summary>
    /// Sends each of <paramref name="frames"/> as its own WebSocket frame, all in one TCP write: the
    /// server has received every one of them before it handles the first.
    /// </summary>
    public async Task SendTogetherAsync(params string[] frames)
    {
        var held = _held ?? throw new InvalidOperationException("Connect with ConnectForBurstsAsync to send bursts.");
        held.Hold();
        foreach (var frame in frames)
            await SendAsync(frame);
        await held.ReleaseAsync();
    }

    public WebSocketState State => _socket.State;

    /// <summary>The close status the server sent, once closed.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>Drops the connection without a close handshake (a TCP reset, as a killed client does).</summary>
    public void Abort() => _socket.Abort();

    /// <summary>Sends a binary frame.</summary>
    public Task SendBinaryAsync(byte[] data) =>
        _socket.SendAsync(data, WebSocketMessageType.Binary, true, CancellationToken.None);

    public Task SendAsync(string frame) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next server message, as <c>{"Name": {...}}</c>.</summary>
    public async Task<JsonObject> ReceiveAsync(int timeoutMs = 5000)
    {
        if (_pending.Count > 0)
            return _pending.Dequeue();
        using var cts = new CancellationTokenSource(timeoutMs);
        var buffer = new byte[1 << 16];
        using var frame = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                throw new WebSocketException("The server closed the connection: " + _socket.CloseStatusDescription);
            frame.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                break;
        }
        var array = JsonNode.Parse(frame.ToArray())!.AsArray();
        foreach (var item in array)
            _pending.Enqueue(item!.AsObject());
        return _pending.Dequeue();
    }

    /// <summary>Receives until a message named <paramref name="name"/> (skipping others, e.g. events).</summary>
    public async Task<JsonObject> ReceiveAsync(string name, int timeoutMs = 5000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var remaining = (int)Math.Max(1, (until - DateTime.UtcNow).TotalMilliseconds);
            var message = await ReceiveAsync(remaining);
            if (message.ContainsKey(name))
                return message[name]!.AsObject();
        }
    }

    /// <summary>
    /// Sends one frame and returns the reply with the given Id (events in between are skipped). The default
    /// bound is generous: a client's first StartScanning waits for the transport plugins that load then.
    /// </summary>
    public async Task<JsonObject> RequestAsync(string frame, uint id, int timeoutMs = 20_000)
    {
        await SendAsync(frame);
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var remaining = (int)Math.Max(1, (until - DateTime.UtcNow).TotalMilliseconds);
            var message = await ReceiveAsync(remaining);
            var body = message.First().Value!.AsObject();
            if (body["Id"]?.GetValue<uint>() == id)
                return message;
        }
    }

    /// <summary>Handshake at a message version (0–4); returns the ServerInfo body.</summary>
    public async Task<JsonObject> HandshakeAsync(int version)
    {
        var fields = version switch
        {
            0 => "",
            4 => ",\"ProtocolVersionMajor\":4,\"ProtocolVersionMinor\":0",
            _ => $",\"MessageVersion\":{version}",
        };
        var reply = await RequestAsync($"[{{\"RequestServerInfo\":{{\"Id\":1,\"ClientName\":\"raw test\"{fields}}}}}]", 1);
        return reply["ServerInfo"]!.AsObject();
    }

    /// <summary>Waits until the server closes the connection.</summary>
    public async Task<bool> WaitForCloseAsync(int timeoutMs = 5000)
    {
        try
        {
            while (true)
                await ReceiveAsync(timeoutMs);
        }
        catch (WebSocketException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", new CancellationTokenSource(2000).Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
        _socket.Dispose();
    }
}
