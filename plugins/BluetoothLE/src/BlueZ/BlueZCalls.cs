using ButtplugHost.Plugins.BluetoothLE.Core;
using Tmds.DBus.Protocol;

namespace ButtplugHost.Plugins.BluetoothLE.BlueZ;

/// <summary>Writes a method call's arguments.</summary>
internal delegate void ArgumentWriter(ref MessageWriter writer);

/// <summary>Method calls to BlueZ (and the bus) whose D-Bus failures come back as <see cref="BleException"/> naming the D-Bus error.</summary>
internal static class BlueZCalls
{
    public static Task CallAsync(DBusConnection bus, string path, string @interface, string member, CancellationToken cancellationToken,
        string? signature = null, ArgumentWriter? arguments = null) =>
        Translate(bus.CallMethodAsync(Message(bus, BlueZNames.Service, path, @interface, member, signature, arguments)), cancellationToken);

    public static Task<T> CallAsync<T>(DBusConnection bus, string destination, string path, string @interface, string member,
        MessageValueReader<T> reader, CancellationToken cancellationToken, string? signature = null, ArgumentWriter? arguments = null) =>
        Translate(bus.CallMethodAsync(Message(bus, destination, path, @interface, member, signature, arguments), reader), cancellationToken);

    /// <summary>Whether a name (BlueZ's) has an owner on the bus.</summary>
    public static Task<bool> NameHasOwnerAsync(DBusConnection bus, string name, CancellationToken cancellationToken) =>
        CallAsync(bus, BlueZNames.Bus, BlueZNames.BusPath, BlueZNames.Bus, "NameHasOwner",
            static (m, _) => m.GetBodyReader().ReadBool(), cancellationToken, "s", (ref MessageWriter w) => w.WriteString(name));

    /// <summary>BlueZ's whole object tree.</summary>
    public static Task<Dictionary<string, Dictionary<string, Dictionary<string, VariantValue>>>> GetManagedObjectsAsync(DBusConnection bus, CancellationToken cancellationToken) =>
        CallAsync(bus, BlueZNames.Service, "/", BlueZNames.ObjectManager, "GetManagedObjects", BlueZObjects.ReadManagedObjects, cancellationToken);

    private static MessageBuffer Message(DBusConnection bus, string destination, string path, string @interface, string member,
        string? signature, ArgumentWriter? arguments)
    {
        var writer = bus.GetMessageWriter();
        writer.WriteMethodCallHeader(destination, path, @interface, member, signature, MessageFlags.None);
        arguments?.Invoke(ref writer);
        return writer.CreateMessage();
    }

    private static async Task Translate(Task call, CancellationToken cancellationToken)
    {
        try
        {
            await call.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            throw failure;
        }
    }

    private static async Task<T> Translate<T>(Task<T> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            throw failure;
        }
    }

    private static BleException? Failure(Exception e) => e switch
    {
        DBusErrorReplyException reply => new BleException($"{reply.ErrorName}: {reply.ErrorMessage}", reply),
        DBusConnectionException or ObjectDisposedException => new BleException($"the D-Bus connection to BlueZ is lost ({e.Message})", e),
        DBusMessageException => new BleException($"unexpected D-Bus reply ({e.Message})", e),
        _ => null,
    };
}
