using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;
using ButtplugHost.Session;

namespace ButtplugHost.Server;

/// <summary>One queued frame: its bytes, and whether the buffer goes back to the shared pool once sent.</summary>
internal readonly record struct QueuedFrame(byte[] Buffer, int Length, bool Pooled)
{
    public ReadOnlyMemory<byte> Memory => Buffer.AsMemory(0, Length);
}

/// <summary>
/// A session's outgoing frames, queued for the connection's single sender, with a byte ceiling: a
/// client that stops reading cannot make the server hold unbounded memory. Past the ceiling the queue
/// is dropped and <see cref="Overflowed"/> tells the connection to cut the client off. Frames given as
/// spans are copied into buffers of the shared pool, which the sender gives back once sent.
/// </summary>
internal sealed class WebSocketSessionOutput(long maxQueuedBytes) : ISessionOutput
{
    private readonly Channel<QueuedFrame> _frames = Channel.CreateUnbounded<QueuedFrame>(new UnboundedChannelOptions { SingleReader = false });
    private long _queuedBytes;
    private int _overflowed;

    public ChannelReader<QueuedFrame> Frames => _frames.Reader;

    public string? CloseReason { get; private set; }

    public WebSocketCloseStatus CloseStatus { get; private set; } = WebSocketCloseStatus.NormalClosure;

    /// <summary>Bytes queued and not yet handed to the socket.</summary>
    public long QueuedBytes => Interlocked.Read(ref _queuedBytes);

    /// <summary>Raised once, with the queued bytes, when the ceiling is passed.</summary>
    public event Action<long>? Overflowed;

    public void Send(byte[] frame) => Enqueue(new QueuedFrame(frame, frame.Length, Pooled: false));

    public void Send(ReadOnlySpan<byte> frame)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(frame.Length);
        frame.CopyTo(buffer);
        Enqueue(new QueuedFrame(buffer, frame.Length, Pooled: true));
    }

    private void Enqueue(QueuedFrame frame)
    {
        var queued = Interlocked.Add(ref _queuedBytes, frame.Length);
        if (queued > maxQueuedBytes)
        {
            Interlocked.Add(ref _queuedBytes, -frame.Length);
            Release(frame);
            if (Interlocked.Exchange(ref _overflowed, 1) == 0)
            {
                Close("client not reading", WebSocketCloseStatus.PolicyViolation);
                Drop();
                Overflowed?.Invoke(queued);
            }
            return;
        }
        if (!_frames.Writer.TryWrite(frame))
        {
            Interlocked.Add(ref _queuedBytes, -frame.Length);
            Release(frame);
        }
    }

    /// <summary>The sender took a frame off the queue.</summary>
    public void Sent(QueuedFrame frame) => Interlocked.Add(ref _queuedBytes, -frame.Length);

    /// <summary>The frame's bytes are no longer needed (sent, or never to be sent).</summary>
    public static void Release(QueuedFrame frame)
    {
        if (frame.Pooled)
            ArrayPool<byte>.Shared.Return(frame.Buffer);
    }

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
        {
            Interlocked.Add(ref _queuedBytes, -frame.Length);
            Release(frame);
        }
    }
}
