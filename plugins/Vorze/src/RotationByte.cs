namespace ButtplugHost.Plugins.Vorze;

/// <summary>Vorze's rotation byte: bit 7 set for clockwise (and for stopped), bits 0–6 the speed.</summary>
internal static class RotationByte
{
    public static byte Encode(int signedSpeed) =>
        (byte)((signedSpeed >= 0 ? 0x80 : 0x00) | (Math.Abs(signedSpeed) & 0x7F));
}
