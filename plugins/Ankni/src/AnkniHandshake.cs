namespace ButtplugHost.Plugins.Ankni;

/// <summary>
/// The Ankni start-up handshake. The toy's PnP characteristic (<c>generic0</c>) holds its 6-byte
/// address on toys that want the handshake (longer content means none is needed); the second packet
/// repeats a check byte derived from that address.
/// </summary>
internal static class AnkniHandshake
{
    /// <summary>True when the PnP content is an address, i.e. the toy expects the handshake.</summary>
    public static bool IsNeeded(byte[] pnp) => pnp.Length <= 6;

    /// <summary>The first packet: twenty <c>01</c> bytes.</summary>
    public static byte[] First() => [.. Enumerable.Repeat((byte)0x01, 20)];

    /// <summary>The second packet: <c>01 02</c>, the check byte sixteen times, <c>00 00</c>.</summary>
    public static byte[] Second(byte[] address)
    {
        var check = CheckByte(address);
        return [0x01, 0x02, .. Enumerable.Repeat(check, 16), 0x00, 0x00];
    }

    /// <summary>The high byte of the CRC-16 (polynomial 0x1021, initial 0, no reflection) of <c>01</c> followed by the address.</summary>
    public static byte CheckByte(byte[] address) => (byte)(Crc16([0x01, .. address]) >> 8);

    /// <summary>CRC-16/XMODEM: polynomial 0x1021, initial value 0, most significant bit first.</summary>
    public static ushort Crc16(ReadOnlySpan<byte> data)
    {
        ushort remain = 0;
        foreach (var b in data)
        {
            remain ^= (ushort)(b << 8);
            for (var bit = 0; bit < 8; bit++)
                remain = (remain & 0x8000) != 0 ? (ushort)((remain << 1) ^ 0x1021) : (ushort)(remain << 1);
        }
        return remain;
    }
}
