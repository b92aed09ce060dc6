namespace ButtplugHost.Plugins.WeVibe;

/// <summary>The 8-byte command frames every We-Vibe variant writes to <c>tx</c>.</summary>
internal static class WeVibePacket
{
    /// <summary>All motors off; the same frame in every variant.</summary>
    public static byte[] Off() => [0x0f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

    /// <summary>A "set motors" frame: header 0f 03 00, three variant-specific bytes, then two zero bytes.</summary>
    public static byte[] Motors(byte a, byte b, byte c) => [0x0f, 0x03, 0x00, a, b, c, 0x00, 0x00];

    /// <summary>Bits of the status byte in the 8-bit and Chorus frames: which motors are running.</summary>
    public static byte RunningFlags(int internalSpeed, int externalSpeed) =>
        (byte)((internalSpeed != 0 ? 1 : 0) | (externalSpeed != 0 ? 2 : 0));
}
