namespace ButtplugHost.Plugins.Motorbunny;

/// <summary>
/// Motorbunny packets. A running output is a start byte, seven repeats of a two-byte pair, a
/// checksum (the sum of those fourteen bytes, modulo 256) and <c>EC</c>; an output at 0 is a short
/// six-byte off packet.
/// </summary>
internal static class MotorbunnyPackets
{
    private const byte End = 0xEC;
    private const int Repeats = 7;

    /// <summary>Vibrate: <c>[FF (speed 14)×7 sum EC]</c>, or <c>[F0 00 00 00 00 EC]</c> at 0.</summary>
    public static byte[] Vibrate(int speed) =>
        speed == 0 ? [0xF0, 0x00, 0x00, 0x00, 0x00, End] : Running(0xFF, (byte)speed, 0x14);

    /// <summary>
    /// Rotate (negative: counter-clockwise): <c>[AF (dir |speed|)×7 sum EC]</c> with dir 2A clockwise
    /// and 29 counter-clockwise, or <c>[A0 00 00 00 00 EC]</c> at 0.
    /// </summary>
    public static byte[] Rotate(int speed) =>
        speed == 0 ? [0xA0, 0x00, 0x00, 0x00, 0x00, End] : Running(0xAF, speed > 0 ? (byte)0x2A : (byte)0x29, (byte)Math.Abs(speed));

    private static byte[] Running(byte start, byte first, byte second)
    {
        var packet = new byte[2 + 2 * Repeats + 1];
        packet[0] = start;
        byte sum = 0;
        for (var i = 0; i < Repeats; i++)
        {
            packet[1 + 2 * i] = first;
            packet[2 + 2 * i] = second;
            sum = unchecked((byte)(sum + first + second));
        }
        packet[^2] = sum;
        packet[^1] = End;
        return packet;
    }
}
