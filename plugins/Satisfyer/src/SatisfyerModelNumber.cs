using System.Buffers.Binary;
using System.Globalization;

namespace ButtplugHost.Plugins.Satisfyer;

/// <summary>
/// A Satisfyer model is a 32-bit big-endian number (e.g. 00 00 27 15 = 10005), found in the
/// manufacturer data of the advertisement or in the BLE model-number characteristic. Its decimal
/// text is the identifier the device definitions use.
/// </summary>
internal static class SatisfyerModelNumber
{
    /// <summary>The company id Satisfyer advertises its manufacturer data under.</summary>
    public const ushort CompanyId = 93;

    /// <summary>What an unreadable model number resolves to (no configuration lists it: the defaults).</summary>
    public const string Unknown = "0";

    /// <summary>The model from Satisfyer's advertised manufacturer data, or null when it does not carry four bytes.</summary>
    public static string? FromAdvertisement(IReadOnlyDictionary<ushort, byte[]> manufacturerData) =>
        manufacturerData.TryGetValue(CompanyId, out var data) && data.Length == 4 ? Parse(data) : null;

    /// <summary>The decimal model number of four big-endian bytes; <see cref="Unknown"/> for any other length.</summary>
    public static string Parse(ReadOnlySpan<byte> data) =>
        data.Length == 4
            ? BinaryPrimitives.ReadUInt32BigEndian(data).ToString(CultureInfo.InvariantCulture)
            : Unknown;
}
