using Tmds.DBus.Protocol;

namespace ButtplugHost.Plugins.BluetoothLE.BlueZ;

/// <summary>Typed reads of BlueZ properties; a missing or mistyped property reads as absent.</summary>
internal static class BlueZProperties
{
    public static string? String(this IReadOnlyDictionary<string, VariantValue> properties, string name) =>
        Get(properties, name) is { Type: VariantValueType.String } v ? v.GetString() : null;

    public static bool Bool(this IReadOnlyDictionary<string, VariantValue> properties, string name) =>
        Get(properties, name) is { Type: VariantValueType.Bool } v && v.GetBool();

    public static string? Path(this IReadOnlyDictionary<string, VariantValue> properties, string name) =>
        Get(properties, name) is { Type: VariantValueType.ObjectPath } v ? v.GetObjectPathAsString() : null;

    public static short? Int16(this IReadOnlyDictionary<string, VariantValue> properties, string name) =>
        Get(properties, name) is { Type: VariantValueType.Int16 } v ? v.GetInt16() : null;

    public static byte[]? Bytes(this IReadOnlyDictionary<string, VariantValue> properties, string name) =>
        Get(properties, name) is { Type: VariantValueType.Array, ItemType: VariantValueType.Byte } v ? v.GetArray<byte>() : null;

    public static Guid? Uuid(this IReadOnlyDictionary<string, VariantValue> properties, string name) =>
        Guid.TryParse(properties.String(name), out var g) ? g : null;

    /// <summary>UUID strings as Guids; malformed ones are skipped.</summary>
    public static IReadOnlyList<Guid> Uuids(this IReadOnlyDictionary<string, VariantValue> properties, string name) =>
        Get(properties, name) is { Type: VariantValueType.Array, ItemType: VariantValueType.String } v
            ? v.GetArray<string>().Select(s => Guid.TryParse(s, out var g) ? g : (Guid?)null).OfType<Guid>().ToList()
            : [];

    /// <summary>ManufacturerData (<c>a{qv}</c> of <c>ay</c>) by company id.</summary>
    public static IReadOnlyDictionary<ushort, byte[]> ManufacturerData(this IReadOnlyDictionary<string, VariantValue> properties)
    {
        var result = new Dictionary<ushort, byte[]>();
        if (Get(properties, "ManufacturerData") is not { Type: VariantValueType.Dictionary } map)
            return result;
        for (var i = 0; i < map.Count; i++)
        {
            var (key, value) = map.GetDictionaryEntry(i);
            value = Unwrap(value);
            if (key.Type == VariantValueType.UInt16 && value is { Type: VariantValueType.Array, ItemType: VariantValueType.Byte })
                result[key.GetUInt16()] = value.GetArray<byte>();
        }
        return result;
    }

    private static VariantValue? Get(IReadOnlyDictionary<string, VariantValue> properties, string name) =>
        properties.TryGetValue(name, out var v) ? Unwrap(v) : (VariantValue?)null;

    private static VariantValue Unwrap(VariantValue value) =>
        value.Type == VariantValueType.Variant ? Unwrap(value.GetVariantValue()) : value;
}
