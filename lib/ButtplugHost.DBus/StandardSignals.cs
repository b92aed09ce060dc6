namespace ButtplugHost.DBus;

/// <summary><c>org.freedesktop.DBus.Properties.PropertiesChanged</c>, decoded.</summary>
/// <param name="Path">The object whose properties changed.</param>
/// <param name="Interface">The interface the properties belong to.</param>
/// <param name="Changed">New values.</param>
/// <param name="Invalidated">Properties that changed without their value being sent.</param>
public sealed record PropertiesChanged(ObjectPath Path, string Interface, IReadOnlyDictionary<string, Variant> Changed, IReadOnlyList<string> Invalidated)
{
    /// <summary>The match rule for these signals from <paramref name="sender"/> (optionally under a path).</summary>
    public static MatchRule Rule(string sender, ObjectPath? pathNamespace = null) => new()
    {
        Sender = sender, Interface = PropertiesExtensions.Interface, Member = "PropertiesChanged", PathNamespace = pathNamespace,
    };

    /// <summary>Decodes the signal; null when the message is another signal or malformed.</summary>
    public static PropertiesChanged? TryParse(Message message)
    {
        if (message is not { Interface: PropertiesExtensions.Interface, Member: "PropertiesChanged", Path: { } path } || message.Signature.ToString() != "sa{sv}as")
            return null;
        try
        {
            var body = message.ReadBody();
            return new PropertiesChanged(path, (string)body[0], DBusValues.ToPropertyMap(body[1]), DBusValues.ToStrings(body[2]));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}

/// <summary><c>org.freedesktop.DBus.ObjectManager.InterfacesAdded</c>, decoded.</summary>
/// <param name="Object">The object that gained interfaces.</param>
/// <param name="Interfaces">The interfaces with their properties.</param>
public sealed record InterfacesAdded(ObjectPath Object, IReadOnlyDictionary<string, IReadOnlyDictionary<string, Variant>> Interfaces)
{
    /// <summary>The match rule for these signals from <paramref name="sender"/>.</summary>
    public static MatchRule Rule(string sender) => new() { Sender = sender, Interface = ObjectManagerExtensions.Interface, Member = "InterfacesAdded" };

    /// <summary>Decodes the signal; null when the message is another signal or malformed.</summary>
    public static InterfacesAdded? TryParse(Message message)
    {
        if (message is not { Interface: ObjectManagerExtensions.Interface, Member: "InterfacesAdded" } || message.Signature.ToString() != "oa{sa{sv}}")
            return null;
        try
        {
            var body = message.ReadBody();
            return new InterfacesAdded((ObjectPath)body[0], DBusValues.ToInterfaceMap(body[1]));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}

/// <summary><c>org.freedesktop.DBus.ObjectManager.InterfacesRemoved</c>, decoded.</summary>
/// <param name="Object">The object that lost interfaces.</param>
/// <param name="Interfaces">The interface names removed.</param>
public sealed record InterfacesRemoved(ObjectPath Object, IReadOnlyList<string> Interfaces)
{
    /// <summary>The match rule for these signals from <paramref name="sender"/>.</summary>
    public static MatchRule Rule(string sender) => new() { Sender = sender, Interface = ObjectManagerExtensions.Interface, Member = "InterfacesRemoved" };

    /// <summary>Decodes the signal; null when the message is another signal or malformed.</summary>
    public static InterfacesRemoved? TryParse(Message message)
    {
        if (message is not { Interface: ObjectManagerExtensions.Interface, Member: "InterfacesRemoved" } || message.Signature.ToString() != "oas")
            return null;
        try
        {
            var body = message.ReadBody();
            return new InterfacesRemoved((ObjectPath)body[0], DBusValues.ToStrings(body[1]));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
