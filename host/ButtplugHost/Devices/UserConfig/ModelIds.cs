using System.Security.Cryptography;
using System.Text;

namespace ButtplugHost.Devices.UserConfig;

/// <summary>
/// Ids for the <c>base_id</c> fields of entries this server writes. The reference's definitions carry
/// a UUID per model and feature; ours do not, so the id is derived from the protocol, model and
/// feature index (the same every run). Entries are matched by protocol, identifier and address, and
/// features by position, so ids written by the reference are kept as they are but never needed.
/// </summary>
internal static class ModelIds
{
    public static Guid Model(string protocol, string? identifier) => Derive($"{protocol}/{identifier ?? "default"}");

    public static Guid Feature(string protocol, string? identifier, int featureIndex) => Derive($"{protocol}/{identifier ?? "default"}/{featureIndex}");

    private static Guid Derive(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("ButtplugHost model:" + name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        // RFC 9562 version 8 (custom, here name-based SHA-256) and variant bits.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
