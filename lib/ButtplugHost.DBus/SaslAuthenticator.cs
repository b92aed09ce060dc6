using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace ButtplugHost.DBus;

/// <summary>
/// The SASL exchange that opens a D-Bus connection: <c>AUTH EXTERNAL &lt;hex of the decimal uid&gt;</c>,
/// expect <c>OK &lt;guid&gt;</c>, send <c>BEGIN</c>. The bus checks the uid against the socket's peer credentials.
/// </summary>
internal static class SaslAuthenticator
{
    private const int MaxLineLength = 16 * 1024;

    /// <summary>Authenticates on a freshly connected socket; returns the server's guid.</summary>
    /// <exception cref="DBusConnectionException">The server rejected us or spoke nonsense.</exception>
    public static async Task<string> AuthenticateAsync(Socket socket, CancellationToken cancellationToken)
    {
        // The leading nul byte is required: it is where the server may read our credentials.
        await SendAsync(socket, "\0AUTH EXTERNAL " + HexOfUid() + "\r\n", cancellationToken);
        var reply = await ReadLineAsync(socket, cancellationToken);
        if (!reply.StartsWith("OK ", StringComparison.Ordinal))
            throw new DBusConnectionException($"D-Bus authentication refused: '{reply}'.");
        await SendAsync(socket, "BEGIN\r\n", cancellationToken);
        return reply[3..].Trim();
    }

    /// <summary>The uid as decimal text, each character as two lowercase hex digits ("0" → "30").</summary>
    internal static string HexOfUid() =>
        Convert.ToHexStringLower(Encoding.ASCII.GetBytes(getuid().ToString(CultureInfo.InvariantCulture)));

    private static async Task SendAsync(Socket socket, string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        var sent = 0;
        while (sent < bytes.Length)
            sent += await socket.SendAsync(bytes.AsMemory(sent), SocketFlags.None, cancellationToken);
    }

    // Byte by byte, so nothing after the line (the first message) is consumed here.
    private static async Task<string> ReadLineAsync(Socket socket, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await socket.ReceiveAsync(one, SocketFlags.None, cancellationToken) == 0)
                throw new DBusConnectionException("The bus closed the connection during authentication.");
            if (one[0] == '\n' && line.Length > 0 && line[^1] == '\r')
                return line.ToString(0, line.Length - 1);
            line.Append((char)one[0]);
            if (line.Length > MaxLineLength)
                throw new DBusConnectionException("Overlong line from the bus during authentication.");
        }
    }

    // DllImport rather than LibraryImport: the call needs no marshalling, and this keeps the library free of unsafe code.
    [DllImport("libc", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint getuid();
}
