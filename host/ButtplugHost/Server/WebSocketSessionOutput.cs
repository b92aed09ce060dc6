using System.Threading.Channels;
using ButtplugHost.Session;

namespace ButtplugHost.Server;

/// <summary>A session's outgoing frames, queued for the connection's single sender.</summary>
internal sealed class WebSocketSessionOutput : ISessionOutput
{
    private readonly Channel<byte[]> _frames = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<byte[]> Frames => _frames.Reader;

    public string? CloseReason { get; private set; }

    public void Send(byte[] frame) => _frames.Writer.TryWrite(frame);

    public void Close(string reason)
    {
        CloseReason ??= reason;
        _frames.Writer.TryComplete();
    }
}
