using System.Security.Cryptography;
using System.Text;

namespace ButtplugHost.Plugins.DeviceWebSocket;

/// <summary>
/// The server side of the HTTP/1.1 WebSocket opening handshake (RFC 6455 §4.2): reads the request
/// head, answers 101 with the accept hash, or 400 when the request is not a WebSocket upgrade.
/// Done by hand so the transport needs no web server and can listen on any address and port.
/// </summary>
internal static class WebSocketUpgrade
{
    private const string Rfc6455Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private const int MaxHeadBytes = 8192;

    /// <summary>Performs the handshake on <paramref name="stream"/>.</summary>
    /// <exception cref="InvalidDataException">The request is not a valid upgrade (a 400 was sent) or <paramref name="policy"/> refused it (a 403).</exception>
    public static async Task AcceptAsync(Stream stream, ConnectionPolicy? policy, CancellationToken cancellationToken)
    {
        var head = await ReadHeadAsync(stream, cancellationToken);
        var error = Validate(head, out var key, out var headers);
        if (error is not null)
        {
            await WriteAsync(stream, "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", cancellationToken);
            throw new InvalidDataException(error);
        }
        if (policy?.Refusal(headers) is { } refusal)
        {
            await WriteAsync(stream, "HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", cancellationToken);
            throw new InvalidDataException(refusal);
        }
        await WriteAsync(stream,
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
            $"Sec-WebSocket-Accept: {AcceptValue(key)}\r\n\r\n", cancellationToken);
    }

    /// <summary>The Sec-WebSocket-Accept value for a client's key.</summary>
    public static string AcceptValue(string key)
    {
#pragma warning disable CA5350 // SHA-1 is what RFC 6455 prescribes for the handshake; it protects nothing.
        return Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + Rfc6455Guid)));
#pragma warning restore CA5350
    }

    private static string? Validate(string head, out string key, out Dictionary<string, string> headers)
    {
        key = "";
        headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        if (requestLine.Length != 3 || requestLine[0] != "GET" || !requestLine[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
            return $"not an HTTP GET request: '{Truncate(lines[0])}'";
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        if (!headers.TryGetValue("Upgrade", out var upgrade) || !upgrade.Equals("websocket", StringComparison.OrdinalIgnoreCase))
            return "not a WebSocket upgrade (no 'Upgrade: websocket')";
        if (!headers.TryGetValue("Connection", out var connection) || !connection.Contains("upgrade", StringComparison.OrdinalIgnoreCase))
            return "not a WebSocket upgrade (no 'Connection: Upgrade')";
        if (!headers.TryGetValue("Sec-WebSocket-Version", out var version) || version != "13")
            return $"unsupported WebSocket version '{version}'";
        if (!headers.TryGetValue("Sec-WebSocket-Key", out var k) || k.Length == 0)
            return "no Sec-WebSocket-Key";
        key = k;
        return null;
    }

    // Byte by byte, so nothing after the head (the first WebSocket frame) is consumed here.
    private static async Task<string> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxHeadBytes];
        var length = 0;
        while (length < 4 || !buffer.AsSpan(length - 4, 4).SequenceEqual("\r\n\r\n"u8))
        {
            if (length == buffer.Length)
                throw new InvalidDataException($"HTTP request head longer than {MaxHeadBytes} bytes.");
            if (await stream.ReadAsync(buffer.AsMemory(length, 1), cancellationToken) == 0)
                throw new EndOfStreamException("The connection closed during the WebSocket handshake.");
            length++;
        }
        return Encoding.Latin1.GetString(buffer, 0, length - 4);
    }

    private static Task WriteAsync(Stream stream, string text, CancellationToken cancellationToken) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken).AsTask();

    private static string Truncate(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
