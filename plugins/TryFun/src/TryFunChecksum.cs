namespace ButtplugHost.Plugins.TryFun;

/// <summary>
/// TryFun's check byte: 0xFF minus every byte after the first, plus a per-protocol count, all
/// modulo 256. The count is the packet's length before the check byte for the counted protocols
/// (Black Hole, Meta 2) and one less for the older tryfun packets.
/// </summary>
internal static class TryFunChecksum
{
    /// <summary><paramref name="packet"/> followed by its check byte.</summary>
    public static byte[] Append(ReadOnlySpan<byte> packet, int count)
    {
        var sum = 0xFF + count;
        foreach (var b in packet[1..])
            sum -= b;
        return [.. packet, unchecked((byte)sum)];
    }
}
