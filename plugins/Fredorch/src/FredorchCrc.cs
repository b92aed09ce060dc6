namespace ButtplugHost.Plugins.Fredorch;

/// <summary>
/// The checksum ending every Fredorch packet: CRC-16/MODBUS (polynomial 0xA001 reflected, initial
/// 0xFFFF), appended low byte first, as Modbus RTU frames carry it.
/// </summary>
internal static class FredorchCrc
{
    /// <summary>The CRC-16/MODBUS of <paramref name="data"/>.</summary>
    public static ushort Compute(ReadOnlySpan<byte> data)
    {
        ushort crc = 0xFFFF;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
        }
        return crc;
    }

    /// <summary><paramref name="data"/> followed by its CRC, low byte first.</summary>
    public static byte[] Append(byte[] data)
    {
        var crc = Compute(data);
        return [.. data, (byte)crc, (byte)(crc >> 8)];
    }
}
