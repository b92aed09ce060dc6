using ButtplugHost.DBus;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Mock;

/// <summary>A mock LE device: its GATT table, connection state and faults.</summary>
public sealed class MockDevice(BluezMock mock, ObjectPath path)
{
    /// <summary>The Device1 object path.</summary>
    public ObjectPath Path { get; } = path;

    /// <summary>Adds a primary GATT service.</summary>
    public async Task<MockService> AddServiceAsync(Guid uuid)
    {
        var reply = await mock.GattMockAsync("AddGattService", "os", Path, uuid.ToString("D"));
        return new MockService(mock, (ObjectPath)reply[0]);
    }

    /// <summary>Whether BlueZ (the mock) considers the device connected.</summary>
    public async Task<bool> IsConnectedAsync() =>
        (await mock.Control.GetPropertyAsync("org.bluez", Path, "org.bluez.Device1", "Connected")).Value is true;

    /// <summary>The device goes out of range (Connected turns false without a Disconnect call).</summary>
    public Task DropConnectionAsync() => mock.GattMockAsync("DropConnection", "o", Path);

    /// <summary>BlueZ forgets the device (InterfacesRemoved for it and its GATT objects).</summary>
    public Task RemoveAsync() => mock.GattMockAsync("RemoveLeDevice", "o", Path);

    /// <summary>A new advertisement with a (new) name and RSSI.</summary>
    public Task AdvertiseAsync(string name, short rssi) => mock.GattMockAsync("Advertise", "osn", Path, name, rssi);

    /// <summary>Makes a Device1 method (Connect, Disconnect) fail with a D-Bus error name ("" to clear).</summary>
    public Task SetErrorAsync(string method, string errorName) => mock.GattMockAsync("SetError", "oss", Path, method, errorName);
}

/// <summary>A mock GATT service.</summary>
public sealed class MockService(BluezMock mock, ObjectPath path)
{
    private static readonly string[] DefaultFlags = ["read", "write", "write-without-response", "notify"];

    /// <summary>The GattService1 object path.</summary>
    public ObjectPath Path { get; } = path;

    /// <summary>Adds a characteristic with the given flags (e.g. write, write-without-response, notify, read).</summary>
    public async Task<MockCharacteristic> AddCharacteristicAsync(Guid uuid, params string[] flags)
    {
        var reply = await mock.GattMockAsync("AddGattCharacteristic", "osas", Path, uuid.ToString("D"),
            flags.Length == 0 ? DefaultFlags : flags);
        return new MockCharacteristic(mock, (ObjectPath)reply[0]);
    }
}

/// <summary>A mock GATT characteristic: records writes, answers with notifications, serves reads.</summary>
public sealed class MockCharacteristic(BluezMock mock, ObjectPath path)
{
    /// <summary>The GattCharacteristic1 object path.</summary>
    public ObjectPath Path { get; } = path;

    /// <summary>When exactly <paramref name="when"/> is written here, <paramref name="reply"/> is notified on <paramref name="on"/>.</summary>
    public Task AddReplyAsync(byte[] when, MockCharacteristic on, byte[] reply) =>
        mock.GattMockAsync("AddReply", "oayoay", Path, when, on.Path, reply);

    /// <summary>ASCII form of <see cref="AddReplyAsync(byte[], MockCharacteristic, byte[])"/> (e.g. "DeviceType;" → "Z:11:0082059AD3BD;").</summary>
    public Task AddReplyAsync(string when, MockCharacteristic on, string reply) =>
        AddReplyAsync(System.Text.Encoding.ASCII.GetBytes(when), on, System.Text.Encoding.ASCII.GetBytes(reply));

    /// <summary>Sets the value ReadValue returns.</summary>
    public Task SetValueAsync(byte[] value) => mock.GattMockAsync("SetValue", "oay", Path, value);

    /// <summary>The device notifies (delivered only while notifications are on).</summary>
    public Task NotifyAsync(byte[] value) => mock.GattMockAsync("Notify", "oay", Path, value);

    /// <summary>Every write so far: the bytes and the write type ("request", "command" or "").</summary>
    public async Task<IReadOnlyList<(byte[] Data, string Type)>> GetWritesAsync()
    {
        var reply = await mock.GattMockAsync("GetWrites", "o", Path);
        return ((object[])reply[0]).Cast<object[]>().Select(w => ((byte[])w[0], (string)w[1])).ToList();
    }

    /// <summary>Whether notifications are on.</summary>
    public async Task<bool> IsNotifyingAsync() =>
        (await mock.Control.GetPropertyAsync("org.bluez", Path, "org.bluez.GattCharacteristic1", "Notifying")).Value is true;

    /// <summary>Makes a method (WriteValue, ReadValue, StartNotify, StopNotify) fail with a D-Bus error name ("" to clear).</summary>
    public Task SetErrorAsync(string method, string errorName) => mock.GattMockAsync("SetError", "oss", Path, method, errorName);
}
