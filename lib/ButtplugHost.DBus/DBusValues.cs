namespace ButtplugHost.DBus;

/// <summary>Typed views of the generic values <see cref="MessageReader"/> produces.</summary>
public static class DBusValues
{
    /// <summary>An <c>a{sv}</c> value as a property map.</summary>
    /// <exception cref="InvalidDataException">The value is not an <c>a{sv}</c>.</exception>
    public static IReadOnlyDictionary<string, Variant> ToPropertyMap(object value) =>
        value is Dictionary<object, object> map
            ? map.ToDictionary(kv => kv.Key as string ?? throw NotA("a{sv}"), kv => kv.Value as Variant ?? throw NotA("a{sv}"))
            : throw NotA("a{sv}");

    /// <summary>An <c>a{sa{sv}}</c> value as interface name → property map.</summary>
    /// <exception cref="InvalidDataException">The value is not an <c>a{sa{sv}}</c>.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, Variant>> ToInterfaceMap(object value) =>
        value is Dictionary<object, object> map
            ? map.ToDictionary(kv => kv.Key as string ?? throw NotA("a{sa{sv}}"), kv => ToPropertyMap(kv.Value))
            : throw NotA("a{sa{sv}}");

    /// <summary>An <c>as</c> value as strings.</summary>
    /// <exception cref="InvalidDataException">The value is not an <c>as</c>.</exception>
    public static IReadOnlyList<string> ToStrings(object value) =>
        value is object[] items
            ? items.Select(i => i as string ?? throw NotA("as")).ToArray()
            : throw NotA("as");

    private static InvalidDataException NotA(string type) => new($"D-Bus value is not of type {type}.");
}
