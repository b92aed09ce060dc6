using System.Security.Cryptography;

namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>
/// The data of a motor command: one 8-byte group per motor, then a signature — the first 8 bytes of
/// MD5(type, command, lenHi, lenLo, groups, vendor secret, session key), where len counts the groups
/// and the signature.
/// </summary>
internal static class MotorPayload
{
    /// <summary>Size of the session key the device hands out in the handshake.</summary>
    public const int KeyLength = 16;

    private const int GroupLength = 8;
    private const int SignatureLength = 8;

    // Each group: mode 1 ("constant"), the motor in the high nibble; a fixed 0x00 0x05; run for
    // 60 × 100 ms; frequency 0; strength. The keep-alive renews the 6 s well before they run out.
    private const byte WorkMode = 0x01;
    private const ushort Duration100Ms = 60;

    // The vendor's signing secret.
    private static ReadOnlySpan<byte> Secret =>
        [0x8b, 0xe3, 0xfd, 0x04, 0x68, 0x35, 0x09, 0x86, 0x12, 0x1a, 0xbf, 0x03, 0x30, 0xe9, 0xe3, 0xc5];

    /// <summary>The signed data setting motor <c>i</c> to <c>strengths[i]</c>, every motor at once.</summary>
    public static byte[] Build(ReadOnlySpan<byte> key, ReadOnlySpan<byte> strengths)
    {
        if (key.Length != KeyLength)
            throw new ArgumentException($"The session key must have {KeyLength} bytes.", nameof(key));
        var payload = new byte[strengths.Length * GroupLength + SignatureLength];
        for (var motor = 0; motor < strengths.Length; motor++)
        {
            var group = payload.AsSpan(motor * GroupLength, GroupLength);
            group[0] = (byte)(((motor & 0x0F) << 4) | WorkMode);
            group[1] = 0x00;
            group[2] = 0x05;
            group[3] = Duration100Ms >> 8;
            group[4] = Duration100Ms & 0xFF;
            group[5] = 0;
            group[6] = 0;
            group[7] = strengths[motor];
        }
        var groups = payload.AsSpan(0, strengths.Length * GroupLength);
        var length = payload.Length;
        var signed = new byte[4 + groups.Length + Secret.Length + key.Length];
        signed[0] = Frame.MessageType;
        signed[1] = Frame.VibrateCommand;
        signed[2] = (byte)(length >> 8);
        signed[3] = (byte)length;
        groups.CopyTo(signed.AsSpan(4));
        Secret.CopyTo(signed.AsSpan(4 + groups.Length));
        key.CopyTo(signed.AsSpan(4 + groups.Length + Secret.Length));
#pragma warning disable CA5351 // MD5 is what the device checks; it signs, it does not protect anything here.
        var digest = MD5.HashData(signed);
#pragma warning restore CA5351
        digest.AsSpan(0, SignatureLength).CopyTo(payload.AsSpan(groups.Length));
        return payload;
    }
}
