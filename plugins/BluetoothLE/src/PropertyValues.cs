using ButtplugHost.DBus;

namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>Typed reads of BlueZ properties; a missing or mistyped property reads as absent.</summary>
internal static class PropertyValues
{
    public static string? String(this IReadOnlyDictionary<string, Variant> properties, string name) =>
        properties.TryGetValue(name, out var v) && v.Value is string s ? s : null;

    public static bool Bool(this IReadOnlyDictionary<string, Variant> properties, string name) =>
        properties.TryGetValue(name, out var v) && v.Value is true;

    public static ObjectPath? Path(this IReadOnlyDictionary<string, Variant> properties, string name) =>
        properties.TryGetValue(name, out var v) && v.Value is ObjectPath p ? (ObjectPath?)p : null;

    public static short? Int16(this IReadOnlyDictionary<string, Variant> properties, string name) =>
        properties.TryGetValue(name, out var v) && v.Value is short n ? (short?)n : null;

    public static IReadOnlyList<string> Strings(this IReadOnlyDictionary<string, Variant> properties, string name) =>
        properties.TryGetValue(name, out var v) && v.Value is object[] items ? items.OfType<string>().ToList() : [];

    public static byte[]? Bytes(this IReadOnlyDictionary<string, Variant> properties, string name) =>
        properties.TryGetValue(name, out var v) && v.Value is byte[] bytes ? bytes : null;

    /// <summary>ManufacturerData (<c>a{qv}</c> of <c>ay</c>) by company id.</summary>
    public static IReadOnlyDictionary<ushort, byte[]> ManufacturerData(this IReadOnlyDictionary<string, Variant> properties)
    {
        var result = new Dictionary<ushort, byte[]>();
        if (properties.TryGetValue("ManufacturerData", out var v) && v.Value is Dictionary<object, object> map)
        {
            foreach (var (key, value) in map)
            {
                if (key is ushort company && value is Variant { Value: byte[] data })
                    result[company] = data;
            }
        }
        return result;
    }

    /// <summary>UUID strings as Guids; malformed ones are skipped.</summary>
    public static IReadOnlyList<Guid> Uuids(this IReadOnlyDictionary<string, Variant> properties, string name) =>
        properties.Strings(name).Select(s => Guid.TryParse(s, out var g) ? g : (Guid?)null).OfType<Guid>().ToList();

    public static Guid? Uuid(this IReadOnlyDictionary<string, Variant> properties, string name) =>
        Guid.TryParse(properties.String(name), out var g) ? g : null;
}
