namespace ButtplugHost.Plugins.JoyHub;

/// <summary>The packets JoyHub toys take on <c>tx</c> (written without response).</summary>
public static class JoyHubPackets
{
    /// <summary>Number of motor slots in a motor packet (features 0–3).</summary>
    public const int MotorCount = 4;

    /// <summary>The feature index whose suction takes the <see cref="SuctionOnFeature4"/> packet.</summary>
    public const int Feature4 = 4;

    /// <summary>Every motor (vibrator, rotator, thruster) at once: <c>A0 03 m0 m1 m2 m3 AA</c>.</summary>
    public static byte[] Motors(ReadOnlySpan<byte> speeds)
    {
        if (speeds.Length != MotorCount)
            throw new ArgumentException($"A JoyHub motor packet carries {MotorCount} speeds.", nameof(speeds));
        return [0xA0, 0x03, speeds[0], speeds[1], speeds[2], speeds[3], 0xAA];
    }

    /// <summary>Suction on feature 4: <c>A0 07 on 00 level FF</c>, on = 1 unless the level is 0.</summary>
    public static byte[] SuctionOnFeature4(byte level) => [0xA0, 0x07, level == 0 ? (byte)0 : (byte)1, 0x00, level, 0xFF];

    /// <summary>Suction on any other feature: <c>A0 0D 00 00 level FF</c>.</summary>
    public static byte[] Suction(byte level) => [0xA0, 0x0D, 0x00, 0x00, level, 0xFF];

    /// <summary>Heater: <c>A0 04 01 00 01 FF</c> on, <c>A0 04 00 00 00 00</c> off.</summary>
    public static byte[] Heater(bool on) => Switch(0x04, on);

    /// <summary>Light: <c>A0 14 01 00 01 FF</c> on, <c>A0 14 00 00 00 00</c> off.</summary>
    public static byte[] Light(bool on) => Switch(0x14, on);

    /// <summary>Lube pump: <c>A0 24 01 00 01 FF</c> on, <c>A0 24 00 00 00 00</c> off.</summary>
    public static byte[] LubePump(bool on) => Switch(0x24, on);

    private static byte[] Switch(byte command, bool on) =>
        on ? [0xA0, command, 0x01, 0x00, 0x01, 0xFF] : [0xA0, command, 0x00, 0x00, 0x00, 0x00];
}
