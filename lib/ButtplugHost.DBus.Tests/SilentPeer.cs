using System.Net.Sockets;

namespace ButtplugHost.DBus.Tests;

/// <summary>A bus client that registers (SASL + Hello) and then never answers anything; it can send raw bytes.</summary>
internal sealed class SilentPeer : IAsyncDisposable
{
    private readonly Socket _socket;

    private SilentPeer(Socket socket, string uniqueName)
    {
        _socket = socket;
        UniqueName = uniqueName;
    }

    public string UniqueName { get; }

    public static async Task<SilentPeer> ConnectAsync(string address)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(DBusAddress.ParseEndPoints(address)[0]);
        await SaslAuthenticator.AuthenticateAsync(socket, CancellationToken.None);
        var hello = Message.CreateMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "Hello", Signature.Empty);
        await socket.SendAsync(hello.Serialize(1), SocketFlags.None);
        using var stream = new NetworkStream(socket, ownsSocket: false);
        var header = new byte[Message.FixedHeaderLength];
        await stream.ReadExactlyAsync(header);
        var bytes = new byte[Message.GetMessageLength(header)];
        header.CopyTo(bytes, 0);
        await stream.ReadExactlyAsync(bytes.AsMemory(header.Length));
        var reply = Message.Parse(bytes);
        return new SilentPeer(socket, (string)reply.ReadBody()[0]);
    }

    /// <summary>Sends bytes as they are (e.g. a hand-made big-endian message).</summary>
    public async Task SendRawAsync(byte[] bytes) => await _socket.SendAsync(bytes, SocketFlags.None);

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
