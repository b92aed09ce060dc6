using System.Buffers;
using System.Net.WebSockets;
using ButtplugHost.Protocol;
using ButtplugHost.Server.Security;
using ButtplugHost.Session;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Server;

/// <summary>
/// One client WebSocket: reads text frames into the session, writes the session's frames back, and
/// disposes the session (which stops every device) however the connection ends: closed, broken,
/// silent past the keep-alive timeout, not reading past the send-queue ceiling, no handshake in time,
/// or the server shutting down (close 1001).
/// </summary>
internal sealed class ClientConnection(WebSocket socket, ClientSession session, WebSocketSessionOutput output, ConnectionLimits limits, string remote, ILogger logger)
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);

    private volatile bool _droppedForNotReading;

    public ClientSession Session => session;

    /// <summary>The client's network address.</summary>
    public string Remote => remote;

    /// <summary>When the client connected.</summary>
    public DateTimeOffset Since { get; } = DateTimeOffset.UtcNow;

    public async Task RunAsync(CancellationToken stopping)
    {
        using var done = new CancellationTokenSource();
        using var receiveDone = new CancellationTokenSource();
        output.Overflowed += queued =>
        {
            _droppedForNotReading = true;
            logger.LogWarning("Client {Client} ({Remote}) stopped reading: {Queued} bytes of replies queued (limit {Limit}); disconnecting it and stopping its devices",
                session.ClientNameForLog, remote, queued, limits.SendQueueBytes);
            socket.Abort();
        };
        var sender = SendLoopAsync(done.Token);
        // When the session closes the connection (ping timeout, Disconnect, shutdown), the sender sends
        // the close frame and ends; a client that never answers must not keep the receive alive.
        _ = sender.ContinueWith(_ => CancelSoon(receiveDone), TaskScheduler.Default);
        using (stopping.Register(() => output.Close("server shutting down", WebSocketCloseStatus.EndpointUnavailable)))
        {
            _ = WatchHandshakeAsync(receiveDone.Token);
            try
            {
                await ReceiveLoopAsync(receiveDone.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
            {
                // Lost rather than closed (a dropped network, a missed keep-alive pong): say why.
                if (LossReason(e) is { } reason)
                    logger.LogInformation("Client {Client} ({Remote}) connection lost: {Reason}", session.ClientNameForLog, remote, reason);
                else
                    logger.LogDebug("Client connection ended: {Reason}", e.Message);
            }
            finally
            {
                await session.DisposeAsync();
                output.Close("connection ended");
                // Let the last frames (an Error saying why we close) reach the client, but not forever.
                try { await sender.WaitAsync(CloseGrace, CancellationToken.None); }
                catch (TimeoutException) { }
                catch (OperationCanceledException) { }
                await AwaitClientCloseAsync();
                await done.CancelAsync();
                socket.Abort();
                output.Drop();
            }
        }
    }

    private string? LossReason(Exception e)
    {
        // Kestrel aborts a connection whose keep-alive pong is late without saying so; nothing else
        // aborts it while we have neither closed it nor dropped it for not reading.
        if (e is ConnectionAbortedException && !_droppedForNotReading && output.CloseReason is null && limits.KeepAliveIntervalMs > 0)
            return $"no answer to the WebSocket keep-alive ping within {limits.KeepAliveTimeoutMs} ms";
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is WebSocketException or IOException)
                return inner.Message;
        }
        return null;
    }

    private static void CancelSoon(CancellationTokenSource source)
    {
        try { source.CancelAfter(CloseGrace); }
        catch (ObjectDisposedException) { }
    }

    // A connection holds nothing until its handshake, but it must not linger without one either.
    private async Task WatchHandshakeAsync(CancellationToken ct)
    {
        if (limits.HandshakeTimeoutMs <= 0)
            return;
        try
        {
            await Task.Delay(limits.HandshakeTimeoutMs, ct);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (session.HandshakeStarted || output.CloseReason is not null)
            return;
        logger.LogWarning("Closed a connection from {Remote}: no RequestServerInfo within {Timeout} ms", remote, limits.HandshakeTimeoutMs);
        session.Send(ServerMessages.Error(0, ErrorCode.Init, $"No RequestServerInfo within {limits.HandshakeTimeoutMs} ms; closing the connection."));
        output.Close("no handshake in time", WebSocketCloseStatus.PolicyViolation);
    }

    // After our close frame, wait briefly for the client's: aborting at once resets the TCP
    // connection, and a reset can make the client drop the frames it has not read yet.
    private async Task AwaitClientCloseAsync()
    {
        if (socket.State != WebSocketState.CloseSent)
            return;
        using var timeout = new CancellationTokenSource(CloseGrace);
        var scratch = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.CloseSent)
                await socket.ReceiveAsync(scratch, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (socket.State == WebSocketState.Open && output.CloseReason is null)
        {
            var receive = socket.ReceiveAsync(buffer.GetMemory(4096), ct);
            if (!receive.IsCompleted)
                session.Devices.Bursts.Drained(); // no frame left in hand: devices write their held bursts now
            var result = await receive;
            if (result.MessageType == WebSocketMessageType.Close)
                return;
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > limits.MaxFrameBytes)
            {
                logger.LogWarning("Client {Client} ({Remote}) sent a frame larger than {Limit} bytes: closing the connection", session.ClientNameForLog, remote, limits.MaxFrameBytes);
                session.Send(ServerMessages.Error(0, ErrorCode.Message, $"Frame larger than {limits.MaxFrameBytes} bytes refused."));
                output.Close("frame too large", WebSocketCloseStatus.MessageTooBig);
                return;
            }
            if (!result.EndOfMessage)
                continue;
            if (result.MessageType == WebSocketMessageType.Text)
                await HandleFrameAsync(buffer.WrittenMemory);
            else
                session.RefuseBinaryFrame(buffer.WrittenCount);
            buffer.ResetWrittenCount();
            if (buffer.Capacity > 64 * 1024)
                buffer = new ArrayBufferWriter<byte>(4096); // give a huge frame's memory back
        }
    }

    private async ValueTask HandleFrameAsync(ReadOnlyMemory<byte> frame)
    {
        try
        {
            await session.HandleFrameAsync(frame);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing a client sends may end its session silently.
            logger.LogError(e, "Client {Client}: a frame could not be handled", session.ClientNameForLog);
            session.Send(ServerMessages.Error(0, ErrorCode.Unknown, "The server could not handle this frame."));
        }
    }

    private async Task SendLoopAsync(CancellationToken ct)
    {
        try
        {
            // Waiting without a token lets the channel reuse its waiter (no allocation per frame); the
            // queue completes when the connection closes, and ct still cancels a send in progress.
            var frames = output.Frames;
            while (await frames.WaitToReadAsync(CancellationToken.None))
            {
                while (frames.TryRead(out var frame))
                {
                    output.Sent(frame);
                    try
                    {
                        await socket.SendAsync(frame.Memory, WebSocketMessageType.Text, true, ct);
                    }
                    finally
                    {
                        WebSocketSessionOutput.Release(frame);
                    }
                }
            }
            // The session asked to close (ping timeout, Disconnect, bad version, shutdown): say why, politely.
            // Also when the client closed first: completing the close handshake is our part of it.
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(output.CloseStatus, output.CloseReason, ct);
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            logger.LogDebug("Sending to the client failed: {Reason}", e.Message);
        }
    }
}
