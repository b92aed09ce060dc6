namespace ButtplugHost.Plugins.Mizzzee;

/// <summary>
/// The 20-byte speed packet of the third Mizz Zee protocol. A speed of 0–1000 is mapped onto the
/// motor's usable band (30–100 % of a 10-bit level, so the lowest speed still turns the motor), shifted
/// into a 16-bit little-endian word with the low bits 0x3C, and written twice between fixed bytes.
/// 0 is a packet of zeros after the header.
/// </summary>
internal static class MizzzeeV3Packet
{
    private static readonly byte[] Header = [0x03, 0x12, 0xF3];
    private static readonly byte[] Fill = [0x00, 0xFC, 0x00, 0xFE, 0x40, 0x01];

    public static byte[] For(int speed)
    {
        var packet = new byte[20];
        packet[0] = 0x03;
        packet[1] = 0x12;
        if (speed == 0)
            return packet;
        // Single precision, as the reference computes it: the level must come out bit for bit the same.
        var scale = speed / 1000f * 0.7f + 0.3f;
        var level = (ushort)(scale * 1023f);
        var word = (ushort)((level << 6) | 60);
        var span = packet.AsSpan();
        Header.CopyTo(span);
        Fill.CopyTo(span[3..]);
        span[9] = (byte)word;
        span[10] = (byte)(word >> 8);
        Fill.CopyTo(span[11..]);
        span[17] = (byte)word;
        span[18] = (byte)(word >> 8);
        return packet;
    }
}
