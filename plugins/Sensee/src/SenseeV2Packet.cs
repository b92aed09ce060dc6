namespace ButtplugHost.Plugins.Sensee;

/// <summary>
/// A sensee-v2 packet: <c>55 AA F0</c>, version <c>02</c>, packet number <c>00</c>, length (4 + body),
/// device type, function, body, and two check bytes the devices do not verify (always <c>00 00</c>).
/// </summary>
internal static class SenseeV2Packet
{
    /// <summary>Function that sets the motors.</summary>
    public const byte SetMotors = 0xF1;

    /// <summary>The device type used when the device does not report one.</summary>
    public const byte DefaultDeviceType = 0x65;

    // The device type is byte 6 of what the device answers when tx is read.
    private const int DeviceTypeOffset = 6;

    public static byte[] Build(byte deviceType, byte function, ReadOnlySpan<byte> body) =>
        [0x55, 0xAA, 0xF0, 0x02, 0x00, (byte)(4 + body.Length), deviceType, function, .. body, 0x00, 0x00];

    /// <summary>The device type in a read of <c>tx</c>; <see cref="DefaultDeviceType"/> when it is missing or 0.</summary>
    public static byte DeviceType(ReadOnlySpan<byte> info) =>
        info.Length > DeviceTypeOffset && info[DeviceTypeOffset] != 0 ? info[DeviceTypeOffset] : DefaultDeviceType;
}
