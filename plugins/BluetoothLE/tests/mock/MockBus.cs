using Tmds.DBus.Protocol;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Mock;

/// <summary>Writes a method call's arguments.</summary>
public delegate void MockArguments(ref MessageWriter writer);

/// <summary>The few D-Bus calls the mock fixture makes (Tmds.DBus.Protocol).</summary>
public static class MockBus
{
    /// <summary>Calls a method with no reply value.</summary>
    public static Task CallAsync(DBusConnection bus, string destination, string path, string @interface, string member,
        string? signature = null, MockArguments? arguments = null) =>
        bus.CallMethodAsync(Message(bus, destination, path, @interface, member, signature, arguments));

    /// <summary>Calls a method and reads its reply.</summary>
    public static Task<T> CallAsync<T>(DBusConnection bus, string destination, string path, string @interface, string member,
        MessageValueReader<T> reader, string? signature = null, MockArguments? arguments = null) =>
        bus.CallMethodAsync(Message(bus, destination, path, @interface, member, signature, arguments), reader);

    /// <summary>org.freedesktop.DBus.Properties.Get.</summary>
    public static Task<VariantValue> GetPropertyAsync(DBusConnection bus, string destination, string path, string @interface, string name) =>
        CallAsync(bus, destination, path, "org.freedesktop.DBus.Properties", "Get", static (m, _) => m.GetBodyReader().ReadVariantValue(), "ss",
            (ref MessageWriter w) =>
            {
                w.WriteString(@interface);
                w.WriteString(name);
            });

    /// <summary>Whether a name has an owner on the bus.</summary>
    public static Task<bool> NameHasOwnerAsync(DBusConnection bus, string name) =>
        CallAsync(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner",
            static (m, _) => m.GetBodyReader().ReadBool(), "s", (ref MessageWriter w) => w.WriteString(name));

    /// <summary>Reads a single string or object path reply.</summary>
    public static string ReadPath(Message message, object? state) => message.GetBodyReader().ReadObjectPathAsString();

    /// <summary>Reads a single string reply.</summary>
    public static string ReadString(Message message, object? state) => message.GetBodyReader().ReadString();

    /// <summary>A variant as a plain value: strings, booleans, string arrays; anything else as text.</summary>
    public static object Plain(VariantValue value) => value.Type switch
    {
        VariantValueType.Variant => Plain(value.GetVariantValue()),
        VariantValueType.String => value.GetString(),
        VariantValueType.Bool => value.GetBool(),
        VariantValueType.Array when value.ItemType == VariantValueType.String => value.GetArray<string>(),
        _ => value.ToString(),
    };

    private static MessageBuffer Message(DBusConnection bus, string destination, string path, string @interface, string member,
        string? signature, MockArguments? arguments)
    {
        var writer = bus.GetMessageWriter();
        writer.WriteMethodCallHeader(destination, path, @interface, member, signature, MessageFlags.None);
        arguments?.Invoke(ref writer);
        return writer.CreateMessage();
    }
}
