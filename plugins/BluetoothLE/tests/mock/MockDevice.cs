using Tmds.DBus.Protocol;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Mock;

/// <summary>A mock LE device: its GATT table, connection state and faults.</summary>
public sealed class MockDevice(BluezMock mock, string path)
{
    /// <summary>The Device1 object path.</summary>
    public string Path { get; } = path;

    /// <summary>Adds a primary GATT service.</summary>
    public async Task<MockService> AddServiceAsync(Guid uuid) =>
        new(mock, await mock.GattMockPathAsync("AddGattService", "os", (ref MessageWriter w) =>
        {
            w.WriteObjectPath(Path);
            w.WriteString(uuid.ToString("D"));
        }));

    /// <summary>Whether BlueZ (the mock) considers the device connected.</summary>
    public async Task<bool> IsConnectedAsync() =>
        MockBus.Plain(await MockBus.GetPropertyAsync(mock.Control, "org.bluez", Path, "org.bluez.Device1", "Connected")) is true;

    /// <summary>The device goes out of range (Connected turns false without a Disconnect call).</summary>
    public Task DropConnectionAsync() => mock.GattMockAsync("DropConnection", "o", (ref MessageWriter w) => w.WriteObjectPath(Path));

    /// <summary>BlueZ forgets the device (InterfacesRemoved for it and its GATT objects).</summary>
    public Task RemoveAsync() => mock.GattMockAsync("RemoveLeDevice", "o", (ref MessageWriter w) => w.WriteObjectPath(Path));

    /// <summary>A new advertisement with a (new) name and RSSI.</summary>
    public Task AdvertiseAsync(string name, short rssi) => mock.GattMockAsync("Advertise", "osn", (ref MessageWriter w) =>
    {
        w.WriteObjectPath(Path);
        w.WriteString(name);
        w.WriteInt16(rssi);
    });

    /// <summary>Makes a Device1 method (Connect, Disconnect) fail with a D-Bus error name ("" to clear).</summary>
    public Task SetErrorAsync(string method, string errorName) => MockErrors.SetAsync(mock, Path, method, errorName);
}

/// <summary>A mock GATT service.</summary>
public sealed class MockService(BluezMock mock, string path)
{
    private static readonly string[] DefaultFlags = ["read", "write", "write-without-response", "notify"];

    /// <summary>The GattService1 object path.</summary>
    public string Path { get; } = path;

    /// <summary>Adds a characteristic with the given flags (e.g. write, write-without-response, notify, read).</summary>
    public async Task<MockCharacteristic> AddCharacteristicAsync(Guid uuid, params string[] flags) =>
        new(mock, await mock.GattMockPathAsync("AddGattCharacteristic", "osas", (ref MessageWriter w) =>
        {
            w.WriteObjectPath(Path);
            w.WriteString(uuid.ToString("D"));
            w.WriteArray(flags.Length == 0 ? DefaultFlags : flags);
        }));
}

/// <summary>A mock GATT characteristic: records writes, answers with notifications, serves reads.</summary>
public sealed class MockCharacteristic(BluezMock mock, string path)
{
    /// <summary>The GattCharacteristic1 object path.</summary>
    public string Path { get; } = path;

    /// <summary>When exactly <paramref name="when"/> is written here, <paramref name="reply"/> is notified on <paramref name="on"/>.</summary>
    public Task AddReplyAsync(byte[] when, MockCharacteristic on, byte[] reply) => mock.GattMockAsync("AddReply", "oayoay", (ref MessageWriter w) =>
    {
        w.WriteObjectPath(Path);
        w.WriteArray(when);
        w.WriteObjectPath(on.Path);
        w.WriteArray(reply);
    });

    /// <summary>ASCII form of <see cref="AddReplyAsync(byte[], MockCharacteristic, byte[])"/> (e.g. "DeviceType;" → "Z:11:0082059AD3BD;").</summary>
    public Task AddReplyAsync(string when, MockCharacteristic on, string reply) =>
        AddReplyAsync(System.Text.Encoding.ASCII.GetBytes(when), on, System.Text.Encoding.ASCII.GetBytes(reply));

    /// <summary>Sets the value ReadValue returns.</summary>
    public Task SetValueAsync(byte[] value) => WithValueAsync("SetValue", value);

    /// <summary>The device notifies (delivered only while notifications are on).</summary>
    public Task NotifyAsync(byte[] value) => WithValueAsync("Notify", value);

    /// <summary>Every write so far: the bytes and the write type ("request", "command" or "").</summary>
    public Task<IReadOnlyList<(byte[] Data, string Type)>> GetWritesAsync() =>
        mock.GattMockAsync("GetWrites", "o", (ref MessageWriter w) => w.WriteObjectPath(Path), static (m, _) =>
        {
            var reader = m.GetBodyReader();
            var writes = new List<(byte[], string)>();
            var end = reader.ReadArrayStart(DBusType.Struct);
            while (reader.HasNext(end))
            {
                reader.AlignStruct();
                writes.Add((reader.ReadArrayOfByte(), reader.ReadString()));
            }
            return (IReadOnlyList<(byte[] Data, string Type)>)writes;
        });

    /// <summary>Whether notifications are on.</summary>
    public async Task<bool> IsNotifyingAsync() =>
        MockBus.Plain(await MockBus.GetPropertyAsync(mock.Control, "org.bluez", Path, "org.bluez.GattCharacteristic1", "Notifying")) is true;

    /// <summary>Makes a method (WriteValue, ReadValue, StartNotify, StopNotify) fail with a D-Bus error name ("" to clear).</summary>
    public Task SetErrorAsync(string method, string errorName) => MockErrors.SetAsync(mock, Path, method, errorName);

    private Task WithValueAsync(string method, byte[] value) => mock.GattMockAsync(method, "oay", (ref MessageWriter w) =>
    {
        w.WriteObjectPath(Path);
        w.WriteArray(value);
    });
}

/// <summary>Fault injection shared by devices and characteristics.</summary>
internal static class MockErrors
{
    public static Task SetAsync(BluezMock mock, string path, string method, string errorName) => mock.GattMockAsync("SetError", "oss", (ref MessageWriter w) =>
    {
        w.WriteObjectPath(path);
        w.WriteString(method);
        w.WriteString(errorName);
    });
}
