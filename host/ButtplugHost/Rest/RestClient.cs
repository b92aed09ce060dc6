using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ButtplugHost.Protocol;
using ButtplugHost.Session;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Rest;

/// <summary>A server message the client received: its name and body.</summary>
internal sealed record ServerReply(string Name, JsonElement Body);

/// <summary>One message to send: its name and the body's fields (the Id is added).</summary>
internal sealed record ClientMessage(string Name, Action<Utf8JsonWriter> Fields);

/// <summary>
/// The REST API's Buttplug client, in process, as the reference's REST server has one: an ordinary
/// <see cref="ClientSession"/> (message spec v4) fed JSON frames, so REST requests go through the same
/// checks, user settings, output limits, coalescing and device timing as a WebSocket client's, and the
/// session's end (this client disposed, the host stopping) stops every device. It takes the client
/// slot when it connects and keeps it; when the slot is taken, it tries again at the next request.
/// </summary>
internal sealed class RestClient(Func<ISessionOutput, ClientSession> newSession, uint maxPingTime, ILogger logger, TimeProvider time) : IAsyncDisposable
{
    /// <summary>The ClientName it connects with.</summary>
    public const string ClientName = "REST API";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _connecting = new(1, 1);
    // One frame at a time into the session, as a WebSocket's receive loop feeds it.
    private readonly SemaphoreSlim _frames = new(1, 1);
    private readonly ConcurrentDictionary<uint, (InProcessConnection Connection, TaskCompletionSource<ServerReply> Reply)> _pending = new();
    private readonly ArrayBufferWriter<byte> _frame = new(256);
    private InProcessConnection? _current;
    private IReadOnlyDictionary<uint, RestDevice> _devices = new SortedDictionary<uint, RestDevice>();
    private int _nextId;
    private volatile bool _disposed;

    /// <summary>Device added or removed, scanning finished, an input reading: one JSON object each.</summary>
    public event Action<JsonObject>? Event;

    /// <summary>The devices of the last DeviceList, by index.</summary>
    public IReadOnlyDictionary<uint, RestDevice> Devices => Volatile.Read(ref _devices);

    /// <exception cref="RestError">404 when no device has this index.</exception>
    public RestDevice Device(uint index) => Devices.GetValueOrDefault(index) ?? throw RestError.UnknownDevice(index);

    /// <summary>True while the session holds the client slot.</summary>
    public bool Connected => Volatile.Read(ref _current) is { Closed: false };

    /// <summary>Connects (the handshake, taking the client slot) unless connected.</summary>
    /// <exception cref="RestError">503 when the session could not be made (another client holds the slot).</exception>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (Connected)
            return;
        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (Connected)
                return;
            ObjectDisposedException.ThrowIf(_disposed, this);
            var connection = new InProcessConnection(this);
            connection.Session = newSession(connection);
            Volatile.Write(ref _current, connection);
            var reply = (await SendOnAsync(connection, [new ClientMessage("RequestServerInfo", w =>
            {
                w.WriteString("ClientName", ClientName);
                w.WriteNumber("ProtocolVersionMajor", 4);
                w.WriteNumber("ProtocolVersionMinor", 0);
            })], cancellationToken))[0];
            if (reply.Name != "ServerInfo")
            {
                await EndAsync(connection);
                throw new RestError(StatusCodes.Status503ServiceUnavailable,
                    $"The REST API cannot drive devices now: {ErrorText(reply)} It takes the client slot when the connected client leaves (see docs/rest-api.md).");
            }
            if (maxPingTime > 0)
                _ = PingAsync(connection);
        }
        finally
        {
            _connecting.Release();
        }
    }

    /// <summary>Sends the messages in one frame (connecting first if needed) and waits for each reply.</summary>
    /// <exception cref="RestError">503 not connected, 504 no reply in time.</exception>
    public async Task<ServerReply[]> SendAsync(IReadOnlyList<ClientMessage> messages, CancellationToken cancellationToken)
    {
        await ConnectAsync(cancellationToken);
        var connection = Volatile.Read(ref _current);
        if (connection is null || connection.Closed)
            throw new RestError(StatusCodes.Status503ServiceUnavailable, "The REST API's client session has ended.");
        return await SendOnAsync(connection, messages, cancellationToken);
    }

    /// <summary>Sends one message and throws its Error, if that is the reply.</summary>
    public async Task<ServerReply> RequestAsync(ClientMessage message, uint? device, CancellationToken cancellationToken)
    {
        var reply = (await SendAsync([message], cancellationToken))[0];
        ThrowIfError(reply, device);
        return reply;
    }

    /// <summary>Turns a Buttplug Error reply into the REST error of the right status.</summary>
    public void ThrowIfError(ServerReply reply, uint? device)
    {
        if (reply.Name != "Error")
            return;
        var code = reply.Body.TryGetProperty("ErrorCode", out var c) && c.TryGetInt32(out var n) ? (ErrorCode)n : ErrorCode.Unknown;
        var text = ErrorText(reply);
        throw code switch
        {
            ErrorCode.Message => RestError.BadRequest(text),
            // The device went away between the check and the command.
            ErrorCode.Device when device is { } d && !Devices.ContainsKey(d) => RestError.UnknownDevice(d),
            ErrorCode.Init or ErrorCode.Ping => new RestError(StatusCodes.Status503ServiceUnavailable, text),
            _ => new RestError(StatusCodes.Status500InternalServerError, text),
        };
    }

    private static string ErrorText(ServerReply reply) =>
        reply.Body.TryGetProperty("ErrorMessage", out var m) ? m.GetString() ?? "" : $"unexpected reply {reply.Name}";

    private async Task<ServerReply[]> SendOnAsync(InProcessConnection connection, IReadOnlyList<ClientMessage> messages, CancellationToken cancellationToken)
    {
        var replies = new TaskCompletionSource<ServerReply>[messages.Count];
        byte[] frame;
        uint[] ids = new uint[messages.Count];
        await _frames.WaitAsync(cancellationToken);
        try
        {
            _frame.ResetWrittenCount();
            using (var w = new Utf8JsonWriter(_frame))
            {
                w.WriteStartArray();
                for (var i = 0; i < messages.Count; i++)
                {
                    ids[i] = NextId();
                    replies[i] = new TaskCompletionSource<ServerReply>(TaskCreationOptions.RunContinuationsAsynchronously);
                    _pending[ids[i]] = (connection, replies[i]);
                    w.WriteStartObject();
                    w.WriteStartObject(messages[i].Name);
                    w.WriteNumber("Id", ids[i]);
                    messages[i].Fields(w);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            frame = _frame.WrittenSpan.ToArray();
            if (connection.Closed)
                throw new RestError(StatusCodes.Status503ServiceUnavailable, "The REST API's client session has ended.");
            await connection.Session.HandleFrameAsync(frame);
        }
        catch
        {
            foreach (var id in ids)
                _pending.TryRemove(id, out _);
            throw;
        }
        finally
        {
            _frames.Release();
        }
        try
        {
            return await Task.WhenAll(replies.Select(r => r.Task)).WaitAsync(ReplyTimeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new RestError(StatusCodes.Status504GatewayTimeout, $"The server did not answer within {ReplyTimeout.TotalSeconds:0} s.");
        }
        finally
        {
            foreach (var id in ids)
                _pending.TryRemove(id, out _);
        }
    }

    // Ids 1 and up; 0 is the server's for events.
    private uint NextId()
    {
        var id = (uint)Interlocked.Increment(ref _nextId);
        return id == 0 ? (uint)Interlocked.Increment(ref _nextId) : id;
    }

    // As the reference's client does when the server sets MaxPingTime.
    private async Task PingAsync(InProcessConnection connection)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(1, maxPingTime / 2));
        try
        {
            while (!connection.Closed)
            {
                await Task.Delay(interval, time, connection.Lifetime.Token);
                await SendOnAsync(connection, [new ClientMessage("Ping", _ => { })], connection.Lifetime.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or RestError or ObjectDisposedException)
        {
        }
    }

    /// <summary>A frame from the session: replies complete their request, the rest are events.</summary>
    internal void OnFrame(InProcessConnection connection, byte[] frame)
    {
        try
        {
            Dispatch(frame);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            // The session's own output: a frame we cannot read is a bug here, not the client's doing.
            logger.LogError(e, "REST API client could not read a message from its session");
        }
    }

    private void Dispatch(byte[] frame)
    {
        using var document = JsonDocument.Parse(frame);
        foreach (var item in document.RootElement.EnumerateArray())
        {
            foreach (var message in item.EnumerateObject())
            {
                var body = message.Value;
                // The DeviceList's field has the name of our property: "Devices".
                if (message.Name == "DeviceList" && body.TryGetProperty(nameof(Devices), out var devices))
                    UpdateDevices(devices);
                var id = body.TryGetProperty("Id", out var i) && i.TryGetUInt32(out var n) ? n : 0;
                if (id != 0 && _pending.TryRemove(id, out var pending))
                {
                    pending.Reply.TrySetResult(new ServerReply(message.Name, body.Clone()));
                    continue;
                }
                switch (message.Name)
                {
                    case "ScanningFinished":
                        Raise(new JsonObject { ["type"] = "ScanningFinished" });
                        break;
                    case "InputReading":
                        Raise(RestInput.ReadingJson(body, "InputReading"));
                        break;
                    case "Error":
                        logger.LogWarning("REST API client: the server says {Error}", ErrorText(new ServerReply(message.Name, body)));
                        break;
                }
            }
        }
    }

    // v4 sends the whole list on every change; the client works out what was added and removed.
    private void UpdateDevices(JsonElement devices)
    {
        var next = new SortedDictionary<uint, RestDevice>();
        foreach (var d in devices.EnumerateObject())
        {
            var device = RestDevice.Parse(d.Value);
            next[device.Index] = device;
        }
        var previous = Interlocked.Exchange(ref _devices, next);
        foreach (var (index, device) in previous)
        {
            if (!next.ContainsKey(index))
                Raise(new JsonObject { ["type"] = "DeviceRemoved", ["device"] = device.ToJson() });
        }
        foreach (var (index, device) in next)
        {
            if (!previous.ContainsKey(index))
                Raise(new JsonObject { ["type"] = "DeviceAdded", ["device"] = device.ToJson() });
        }
    }

    private void Raise(JsonObject e) => Event?.Invoke(e);

    /// <summary>The session closed the connection (ping timeout, refused handshake): it ends, and its devices stop.</summary>
    internal void OnClosed(InProcessConnection connection, string reason)
    {
        logger.LogInformation("REST API client session ended: {Reason}", reason);
        _ = EndAsync(connection);
    }

    private async Task EndAsync(InProcessConnection connection)
    {
        connection.MarkClosed();
        if (!connection.TryEnd())
        {
            await connection.Ended.Task;
            return;
        }
        foreach (var (id, pending) in _pending)
        {
            if (pending.Connection == connection && _pending.TryRemove(id, out _))
                pending.Reply.TrySetException(new RestError(StatusCodes.Status503ServiceUnavailable, "The REST API's client session has ended."));
        }
        if (Volatile.Read(ref _current) == connection)
            Volatile.Write(ref _devices, new SortedDictionary<uint, RestDevice>());
        await connection.Lifetime.CancelAsync();
        // After the frame being handled (the close may come from inside it).
        await _frames.WaitAsync();
        try
        {
            await connection.Session.DisposeAsync();
        }
        finally
        {
            _frames.Release();
            connection.Ended.TrySetResult();
        }
    }

    /// <summary>Ends the session: every device stops and the client slot is free again.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await _connecting.WaitAsync();
        try
        {
            if (Interlocked.Exchange(ref _current, null) is { } connection)
                await EndAsync(connection);
        }
        finally
        {
            _connecting.Release();
        }
    }
}
