using System.Net.WebSockets;
using System.Threading.Channels;
using ButtplugHost.Session;

namespace ButtplugHost.Server;

/// <summary>
/// A session's outgoing frames, queued for the connection's single sender, with a byte ceiling: a
/// client that stops reading cannot make the server hold unbounded memory. Past the ceiling the queue
/// is dropped and <see cref="Overflowed"/> tells the connection to cut the client off.
/// </summary>
internal sealed class WebSocketSessionOutput(long maxQueuedBytes) : ISessionOutput
{
    private readonly Channel<byte[]> _frames = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = false });
    private long _queuedBytes;
    private int _overflowed;

    public ChannelReader<byte[]> Frames => _frames.Reader;

    public string? CloseReason { get; private set; }

    public WebSocketCloseStatus CloseStatus { get; private set; } = WebSocketCloseStatus.NormalClosure;

    /// <summary>Bytes queued and not yet handed to the socket.</summary>
    public long QueuedBytes => Interlocked.Read(ref _queuedBytes);

    /// <summary>Raised once, with the queued bytes, when the ceiling is passed.</summary>
    public event Action<long>? Overflowed;

    public void Send(byte[] frame)
    {
        var queued = Interlocked.Add(ref _queuedBytes, frame.Length);
        if (queued > maxQueuedBytes)
        {
            Interlocked.Add(ref _queuedBytes, -frame.Length);
            if (Interlocked.Exchange(ref _overflowed, 1) == 0)
            {
                Close("client not reading", WebSocketCloseStatus.PolicyViolation);
                Drop();
                Overflowed?.Invoke(queued);
            }
            return;
        }
        if (!_frames.Writer.TryWrite(frame))
            Interlocked.Add(ref _queuedBytes, -frame.Length);
    }

    /// <summary>The sender took a frame off the queue.</summary>
    public void Sent(byte[] frame) => Interlocked.Add(ref _queuedBytes, -frame.Length);

    public void Close(string reason) => Close(reason, WebSocketCloseStatus.NormalClosure);

    public void Close(string reason, WebSocketCloseStatus status)
    {
        lock (_frames)
        {
            if (CloseReason is null)
            {
                CloseReason = reason;
                CloseStatus = status;
            }
        }
        _frames.Writer.TryComplete();
    }

    /// <summary>Forgets every queued frame (the client will never read them), so the memory comes back.</summary>
    public void Drop()
    {
        while (_frames.Reader.TryRead(out var frame))
            Interlocked.Add(ref _queuedBytes, -frame.Length);
    }
}
