using System.Buffers;
using System.Net.WebSockets;
using ButtplugHost.Devices;
using ButtplugHost.Protocol;
using ButtplugHost.Session;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Server;

/// <summary>
/// One client WebSocket: reads text frames into the session, writes the session's frames back, and
/// disposes the session (which stops every device) however the connection ends.
/// </summary>
internal sealed class ClientConnection(WebSocket socket, ClientSession session, WebSocketSessionOutput output, ILogger logger)
{
    // Large enough for any Buttplug frame; a bigger one is an abuse, not a message.
    private const int MaxFrameBytes = 1 << 20;

    public ClientSession Session => session;

    public async Task RunAsync(CancellationToken stopping)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var receiveDone = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var sender = SendLoopAsync(done.Token);
        // When the session closes the connection (ping timeout, Disconnect), the sender sends the close
        // frame and ends; a client that never answers must not keep the receive (and its session) alive.
        _ = sender.ContinueWith(_ => { try { receiveDone.CancelAfter(TimeSpan.FromSeconds(2)); } catch (ObjectDisposedException) { } }, TaskScheduler.Default);
        try
        {
            await ReceiveLoopAsync(receiveDone.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            logger.LogDebug("Client connection ended: {Reason}", e.Message);
        }
        finally
        {
            await session.DisposeAsync();
            output.Close("connection ended");
            // Let the last frames (an Error saying why we close) reach the client, but not forever.
            try { await sender.WaitAsync(TimeSpan.FromSeconds(2), CancellationToken.None); }
            catch (TimeoutException) { }
            catch (OperationCanceledException) { }
            await AwaitClientCloseAsync();
            await done.CancelAsync();
            socket.Abort();
        }
    }

    // After our close frame, wait briefly for the client's: aborting at once resets the TCP
    // connection, and a reset can make the client drop the frames it has not read yet.
    private async Task AwaitClientCloseAsync()
    {
        if (socket.State != WebSocketState.CloseSent)
            return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var scratch = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.CloseSent)
                await socket.ReceiveAsync(scratch, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
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
            if (buffer.WrittenCount > MaxFrameBytes)
            {
                session.Send(ServerMessages.Error(0, ErrorCode.Message, $"Frame larger than {MaxFrameBytes} bytes refused."));
                output.Close("frame too large");
                return;
            }
            if (!result.EndOfMessage)
                continue;
            if (result.MessageType == WebSocketMessageType.Text)
                await session.HandleFrameAsync(buffer.WrittenMemory);
            else
                logger.LogWarning("Ignored a binary frame from the client: Buttplug frames are text");
            buffer.ResetWrittenCount();
        }
    }

    private async Task SendLoopAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var frame in output.Frames.ReadAllAsync(ct))
                await socket.SendAsync(frame, WebSocketMessageType.Text, true, ct);
            // The session asked to close (ping timeout, Disconnect, bad version): say why, politely.
            // Also when the client closed first: completing the close handshake is our part of it.
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, output.CloseReason, ct);
        }
        catch (Exception e) when (e is WebSocketException or IOException)
        {
            logger.LogDebug("Sending to the client failed: {Reason}", e.Message);
        }
    }
}
