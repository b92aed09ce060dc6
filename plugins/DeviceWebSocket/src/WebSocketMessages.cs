using System.Net.WebSockets;

namespace ButtplugHost.Plugins.DeviceWebSocket;

/// <summary>A whole WebSocket message (fragments joined).</summary>
internal sealed record WebSocketMessage(WebSocketMessageType Type, byte[] Data);

/// <summary>Reads whole messages from a WebSocket.</summary>
internal static class WebSocketMessages
{
    /// <summary>The next data message; null when the peer closed the connection.</summary>
    /// <exception cref="InvalidDataException">The message is larger than <paramref name="maxBytes"/>.</exception>
    public static async Task<WebSocketMessage?> ReceiveAsync(WebSocket socket, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            if (message.Length + result.Count > maxBytes)
                throw new InvalidDataException($"message larger than {maxBytes} bytes");
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return new WebSocketMessage(result.MessageType, message.ToArray());
        }
    }
}
