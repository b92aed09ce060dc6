namespace ButtplugHost.Plugins.Svakom;

/// <summary>
/// The packet of the Svakom variants that drive two vibrators with one level (v4, v5, v6, barney):
/// <c>55 03 W 00 P max(V0,V1) [00]</c>. W says which vibrators run (00 both or neither, 01 the first,
/// 02 the second); P is 00 when both rest, else the variant's power byte.
/// </summary>
internal static class CombinedVibratorPacket
{
    /// <param name="first">Level of vibrator 0.</param>
    /// <param name="second">Level of vibrator 1.</param>
    /// <param name="singleVibrator">A one-vibrator model: W is always 00.</param>
    /// <param name="powerByte">P while a vibrator runs.</param>
    /// <param name="trailingZero">Whether the packet ends with a 00 byte.</param>
    public static byte[] Build(byte first, byte second, bool singleVibrator, byte powerByte, bool trailingZero)
    {
        byte which = singleVibrator || (first > 0 && second > 0) || first == second ? (byte)0x00
            : first > 0 ? (byte)0x01
            : (byte)0x02;
        byte power = first == 0 && second == 0 ? (byte)0x00 : powerByte;
        byte level = Math.Max(first, second);
        return trailingZero
            ? [0x55, 0x03, which, 0x00, power, level, 0x00]
            : [0x55, 0x03, which, 0x00, power, level];
    }
}
