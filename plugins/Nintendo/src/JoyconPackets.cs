namespace ButtplugHost.Plugins.Nintendo;

/// <summary>
/// The Joy-Con's 64-byte output reports: byte 0 the report id (0x01 rumble + sub-command, 0x10 rumble
/// only), byte 1 a packet number, bytes 2–5 the left rumble, 6–9 the right, 10 the sub-command, then its data.
/// </summary>
internal static class JoyconPackets
{
    public const int Length = 0x40;
    public const byte SubCommandReport = 0x01;
    public const byte RumbleReport = 0x10;
    public const byte EnableVibration = 0x48;

    /// <summary>Rumble frequency the reference uses for every amplitude.</summary>
    public const float RumbleFrequency = 200f;

    /// <summary>Sub-command 0x48 with argument 1: enable vibration (packet number 0, no rumble data).</summary>
    public static byte[] EnableVibrationCommand() => Build(SubCommandReport, 0, null, EnableVibration, [0x01]);

    /// <summary>
    /// Rumble at <paramref name="speed"/> (0–1000, the amplitude in thousandths) on both sides, at
    /// <see cref="RumbleFrequency"/>; at or below 1 (amplitude 0.001) it is the stop pattern.
    /// </summary>
    public static byte[] Rumble(int speed)
    {
        var amplitude = speed / 1000f;
        var rumble = amplitude > 0.001f ? JoyconRumble.Encode(RumbleFrequency, amplitude) : JoyconRumble.Stop;
        return Build(RumbleReport, 1, rumble, 0, []);
    }

    private static byte[] Build(byte report, byte packetNumber, byte[]? rumble, byte subCommand, byte[] data)
    {
        var packet = new byte[Length];
        packet[0] = report;
        packet[1] = packetNumber;
        if (rumble is not null)
        {
            rumble.CopyTo(packet, 2);
            rumble.CopyTo(packet, 6);
        }
        packet[10] = subCommand;
        data.CopyTo(packet, 11);
        return packet;
    }
}
