namespace ButtplugHost.Plugins.Galaku;

/// <summary>
/// Galaku's packet framing. A 10-byte payload becomes 12 bytes: the marker <c>0x23</c>, the payload
/// and the sum of both (mod 256); then every byte after the marker is masked with a key taken from a
/// fixed table by position and by the previous (already masked) byte:
/// <c>out[i] = (key ^ 0x23 ^ in[i]) + key</c>.
/// </summary>
public static class GalakuCipher
{
    /// <summary>Number of payload bytes in a packet.</summary>
    public const int PayloadLength = 10;

    private const byte Marker = 0x23;

    // Four rows of twelve keys (one per packet position); the row is the previous byte's low two bits.
    private static readonly byte[,] Keys =
    {
        { 0, 24, 152, 247, 165, 61, 13, 41, 37, 80, 68, 70 },
        { 0, 69, 110, 106, 111, 120, 32, 83, 45, 49, 46, 55 },
        { 0, 101, 120, 32, 84, 111, 121, 115, 10, 142, 157, 163 },
        { 0, 197, 214, 231, 248, 10, 50, 32, 111, 98, 13, 10 },
    };

    /// <summary>Frames and encrypts <paramref name="payload"/> (exactly <see cref="PayloadLength"/> bytes).</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> payload)
    {
        if (payload.Length != PayloadLength)
            throw new ArgumentException($"A Galaku payload has {PayloadLength} bytes, not {payload.Length}.", nameof(payload));
        var plain = new byte[PayloadLength + 2];
        plain[0] = Marker;
        payload.CopyTo(plain.AsSpan(1));
        var sum = 0;
        for (var i = 0; i <= PayloadLength; i++)
            sum += plain[i];
        plain[^1] = unchecked((byte)sum);

        var packet = new byte[plain.Length];
        packet[0] = Marker;
        for (var i = 1; i < plain.Length; i++)
        {
            var key = Keys[packet[i - 1] & 3, i];
            packet[i] = unchecked((byte)((key ^ Marker ^ plain[i]) + key));
        }
        return packet;
    }

    /// <summary>The inverse of <see cref="Encrypt"/>: the payload of a 12-byte packet (the checksum is not checked).</summary>
    public static byte[] Decrypt(ReadOnlySpan<byte> packet)
    {
        if (packet.Length != PayloadLength + 2)
            throw new ArgumentException($"A Galaku packet has {PayloadLength + 2} bytes, not {packet.Length}.", nameof(packet));
        var payload = new byte[PayloadLength];
        for (var i = 1; i <= PayloadLength; i++)
        {
            var key = Keys[packet[i - 1] & 3, i];
            payload[i - 1] = unchecked((byte)((byte)(packet[i] - key) ^ packet[0] ^ key));
        }
        return payload;
    }
}
