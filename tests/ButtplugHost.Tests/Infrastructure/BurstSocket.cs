using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>
/// A client WebSocket whose frames can be held back and then put on the wire in one TCP write, so the
/// server has received all of them before it handles the first: "frames already received" is then a
/// fact of the test, not a matter of scheduling luck. ClientWebSocket cannot do this (one write per frame).
/// </summary>
internal static class BurstSocket
{
    /// <summary>Opens <paramref name="url"/> (ws://host:port/) by hand and wraps the stream.</summary>
    public static async Task<(WebSocket Socket, HeldStream Stream)> ConnectAsync(string url)
    {
        var uri = new Uri(url);
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var network = tcp.GetStream();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var request = $"GET {uri.PathAndQuery} HTTP/1.1\r\nHost: {uri.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                      $"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await network.WriteAsync(Encoding.ASCII.GetBytes(request));
        // Read the response head byte by byte: nothing after it may be consumed here.
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await network.ReadAsync(one) == 0)
                throw new WebSocketException("The server closed the connection during the handshake: " + head);
            head.Append((char)one[0]);
        }
        if (!head.ToString().StartsWith("HTTP/1.1 101", StringComparison.Ordinal))
        {
            tcp.Dispose();
            throw new WebSocketException("The server refused the WebSocket: " + head.ToString().Split("\r\n")[0]);
        }
        var held = new HeldStream(network, tcp);
        var socket = WebSocket.CreateFromStream(held, new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero });
        return (socket, held);
    }

    /// <summary>A stream that, while held, collects writes and sends them in one write on release.</summary>
    internal sealed class HeldStream(NetworkStream inner, TcpClient owner) : Stream
    {
        private readonly MemoryStream _held = new();
        private bool _holding;

        public void Hold() => _holding = true;

        public async Task ReleaseAsync()
        {
            _holding = false;
            var bytes = _held.ToArray();
            _held.SetLength(0);
            await inner.WriteAsync(bytes);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_holding)
                return inner.WriteAsync(buffer, cancellationToken);
            _held.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
