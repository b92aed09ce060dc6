using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>
/// A WebSocket opening handshake written by hand, so a test can send any Origin and Host header (a
/// browser's, an attacker's), then a client WebSocket over the same connection.
/// </summary>
public static class HandmadeUpgrade
{
    /// <summary>Connects to <paramref name="url"/> (ws://127.0.0.1:PORT/path?query) with these headers; returns the HTTP status and, on 101, the socket.</summary>
    public static async Task<(int Status, WebSocket? Socket)> ConnectAsync(string url, string? origin = null, string? host = null, string? authorization = null)
    {
        var uri = new Uri(url);
        var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var request = new StringBuilder()
            .Append("GET ").Append(uri.PathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(host ?? uri.Authority).Append("\r\n")
            .Append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
            .Append("Sec-WebSocket-Key: ").Append(key).Append("\r\n");
        if (origin is not null)
            request.Append("Origin: ").Append(origin).Append("\r\n");
        if (authorization is not null)
            request.Append("Authorization: ").Append(authorization).Append("\r\n");
        request.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()));
        var head = await ReadHeadAsync(stream);
        var status = int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        if (status != 101)
        {
            tcp.Dispose();
            return (status, null);
        }
        return (status, WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero }));
    }

    /// <summary>Reads until the server closes; returns its close status and reason (or what else it sent first).</summary>
    public static async Task<(WebSocketCloseStatus? Status, string? Reason, string Text)> ReadUntilCloseAsync(WebSocket socket, int timeoutMs = 10_000)
    {
        using var cts = new CancellationTokenSource(timeoutMs);
        var buffer = new byte[1 << 16];
        var text = new StringBuilder();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                return (result.CloseStatus, result.CloseStatusDescription, text.ToString());
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }

    /// <summary>Sends a text frame and returns the next whole text frame.</summary>
    public static async Task<string> RequestAsync(WebSocket socket, string frame, int timeoutMs = 10_000)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);
        using var cts = new CancellationTokenSource(timeoutMs);
        var buffer = new byte[1 << 16];
        var text = new StringBuilder();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                throw new WebSocketException($"closed: {result.CloseStatus} {result.CloseStatusDescription}");
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage)
                return text.ToString();
        }
    }

    private static async Task<string> ReadHeadAsync(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (bytes.Count < 4 || !(bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n'))
        {
            if (await stream.ReadAsync(one) == 0)
                throw new EndOfStreamException("closed during the handshake");
            bytes.Add(one[0]);
        }
        return Encoding.ASCII.GetString([.. bytes]);
    }
}
