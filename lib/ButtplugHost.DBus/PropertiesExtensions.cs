namespace ButtplugHost.DBus;

/// <summary>Calls on the standard <c>org.freedesktop.DBus.Properties</c> interface.</summary>
public static class PropertiesExtensions
{
    /// <summary>The properties interface name.</summary>
    public const string Interface = "org.freedesktop.DBus.Properties";

    /// <summary>Reads one property (<c>Get</c>).</summary>
    public static async Task<Variant> GetPropertyAsync(this DBusConnection connection, string destination, ObjectPath path,
        string @interface, string name, CancellationToken cancellationToken = default)
    {
        var reply = await connection.CallMethodAsync(destination, path, Interface, "Get", "ss", [@interface, name], cancellationToken);
        return reply is [Variant value] ? value : throw new InvalidDataException("Properties.Get did not return a variant.");
    }

    /// <summary>Reads every property of an interface (<c>GetAll</c>).</summary>
    public static async Task<IReadOnlyDictionary<string, Variant>> GetAllPropertiesAsync(this DBusConnection connection,
        string destination, ObjectPath path, string @interface, CancellationToken cancellationToken = default)
    {
        var reply = await connection.CallMethodAsync(destination, path, Interface, "GetAll", "s", [@interface], cancellationToken);
        return reply is [var map] ? DBusValues.ToPropertyMap(map) : throw new InvalidDataException("Properties.GetAll did not return a{sv}.");
    }

    /// <summary>Writes one property (<c>Set</c>).</summary>
    public static Task SetPropertyAsync(this DBusConnection connection, string destination, ObjectPath path,
        string @interface, string name, Variant value, CancellationToken cancellationToken = default) =>
        connection.CallMethodAsync(destination, path, Interface, "Set", "ssv", [@interface, name, value], cancellationToken);
}
