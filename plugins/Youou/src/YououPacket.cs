namespace ButtplugHost.Plugins.Youou;

/// <summary>
/// A Youou speed packet, 17 bytes: <c>AA 55 id 02 03 01 speed on check FF</c> and seven zeros, where
/// <c>id</c> counts packets (wrapping at 256), <c>on</c> is 1 while the speed is above 0, and
/// <c>check</c> is the XOR of the eight bytes before it.
/// </summary>
internal static class YououPacket
{
    /// <summary>The packet with counter <paramref name="id"/> setting <paramref name="speed"/> (0–255).</summary>
    public static byte[] Build(byte id, byte speed)
    {
        var packet = new byte[17];
        ReadOnlySpan<byte> head = [0xAA, 0x55, id, 0x02, 0x03, 0x01, speed, speed > 0 ? (byte)1 : (byte)0];
        head.CopyTo(packet);
        byte check = 0;
        foreach (var b in head)
            check ^= b;
        packet[8] = check;
        packet[9] = 0xFF;
        return packet;
    }
}
