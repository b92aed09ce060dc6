namespace ButtplugHost.DBus;

/// <summary>
/// Calls on the standard <c>org.freedesktop.DBus.ObjectManager</c> interface: every object of a service
/// with its interfaces and their properties, in one call.
/// </summary>
public static class ObjectManagerExtensions
{
    /// <summary>The object manager interface name.</summary>
    public const string Interface = "org.freedesktop.DBus.ObjectManager";

    /// <summary>
    /// <c>GetManagedObjects</c>: object path → interface name → property name → value.
    /// </summary>
    public static async Task<IReadOnlyDictionary<ObjectPath, IReadOnlyDictionary<string, IReadOnlyDictionary<string, Variant>>>>
        GetManagedObjectsAsync(this DBusConnection connection, string destination, ObjectPath path, CancellationToken cancellationToken = default)
    {
        var reply = await connection.CallMethodAsync(destination, path, Interface, "GetManagedObjects", cancellationToken);
        if (reply is not [Dictionary<object, object> objects])
            throw new InvalidDataException("GetManagedObjects did not return a{oa{sa{sv}}}.");
        return objects.ToDictionary(kv => (ObjectPath)kv.Key, kv => DBusValues.ToInterfaceMap(kv.Value));
    }
}
