using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.Fluffer;

/// <summary>
/// What the authentication takes from a Fluffer's advertisement: company 0x684A's manufacturer data,
/// prefixed with the company id in little-endian order as it appears on air.
/// </summary>
internal static class FlufferAdvertisement
{
    /// <summary>Fluffer's Bluetooth company id (26698).</summary>
    public const ushort Company = 0x684A;

    /// <summary>The advertisement bytes <c>[4A 68 data…]</c>; null when the device advertised no Fluffer data.</summary>
    public static byte[]? Bytes(DeviceIdentity identity) =>
        identity.ManufacturerData.TryGetValue(Company, out var data) ? [0x4A, 0x68, .. data] : null;

    /// <summary>
    /// The four device bytes the authentication hashes: the bytes after the third, each XORed with
    /// the key <c>adv[1] ^ adv[2]</c> unless it is 0 or the key itself; fewer when the data is short.
    /// </summary>
    public static byte[] DeviceBytes(byte[] advertisement)
    {
        if (advertisement.Length < 3)
            return [];
        var key = (byte)(advertisement[1] ^ advertisement[2]);
        return [.. advertisement.Skip(3).Take(4).Select(b => b == 0 || b == key ? b : (byte)(b ^ key))];
    }
}
