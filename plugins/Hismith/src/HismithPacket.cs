using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.Hismith;

/// <summary>Both Hismith protocols write <c>[header, channel, value, channel + value]</c> to <c>tx</c>, unacknowledged.</summary>
internal static class HismithPacket
{
    /// <summary>Header of the legacy protocol.</summary>
    public const byte LegacyHeader = 0xAA;

    /// <summary>Header of the mini protocol.</summary>
    public const byte MiniHeader = 0xCC;

    public static HardwareCommand Write(byte header, byte channel, byte value) =>
        HardwareCommand.Write(Endpoints.Tx, [header, channel, value, unchecked((byte)(value + channel))]);
}
