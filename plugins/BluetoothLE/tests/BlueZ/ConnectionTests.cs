using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.BlueZ;

/// <summary>Connecting to the mock device and using its GATT endpoints.</summary>
public class ConnectionTests : MockBlueZTestBase
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private async Task<(BluetoothLETransport Transport, DeviceIdentity Identity)> FindLovenseAsync()
    {
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = await StartTransportAsync(host);
        await transport.StartScanningAsync(CancellationToken.None);
        await host.WaitUntilAsync(h => h.Found.Count > 0, "device found");
        await transport.StopScanningAsync(CancellationToken.None);
        return (transport, host.Found[0]);
    }

    private static Task<HardwareNotification> NextNotification(IHardware hardware)
    {
        var next = new TaskCompletionSource<HardwareNotification>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(object? sender, HardwareNotification n)
        {
            hardware.Notification -= Handler;
            next.TrySetResult(n);
        }
        hardware.Notification += Handler;
        return next.Task.WaitAsync(Wait);
    }

    [Fact]
    public async Task Connect_maps_endpoints_and_writes_arrive_exactly()
    {
        await Mock.AddAdapterAsync();
        var (device, tx, _) = await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();

        var hardware = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        Assert.True(await device.IsConnectedAsync());
        Assert.Equal(["rx", "tx"], hardware.Endpoints.Order());
        Assert.Same(identity, hardware.Identity);

        await hardware.WriteAsync("tx", Ascii("Vibrate:20;"), withResponse: false, CancellationToken.None);
        await hardware.WriteAsync("tx", new byte[] { 0x00, 0xFF, 0x10 }, withResponse: true, CancellationToken.None);
        var writes = await tx.GetWritesAsync();
        Assert.Equal(2, writes.Count);
        Assert.Equal(Ascii("Vibrate:20;"), writes[0].Data);
        Assert.Equal("command", writes[0].Type);
        Assert.Equal(new byte[] { 0x00, 0xFF, 0x10 }, writes[1].Data);
        Assert.Equal("request", writes[1].Type);
    }

    [Fact]
    public async Task Notifications_arrive_on_the_subscribed_endpoint()
    {
        await Mock.AddAdapterAsync();
        var (_, _, rx) = await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();
        var hardware = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);

        await hardware.SubscribeAsync("rx", CancellationToken.None);
        Assert.True(await rx.IsNotifyingAsync());

        var reply = NextNotification(hardware);
        await hardware.WriteAsync("tx", Ascii("DeviceType;"), false, CancellationToken.None);
        var notification = await reply;
        Assert.Equal("rx", notification.Endpoint);
        Assert.Equal(Ascii("Z:11:0082059AD3BD;"), notification.Data);

        reply = NextNotification(hardware);
        await hardware.WriteAsync("tx", Ascii("Battery;"), true, CancellationToken.None);
        Assert.Equal(Ascii("85;"), (await reply).Data);

        await hardware.UnsubscribeAsync("rx", CancellationToken.None);
        Assert.False(await rx.IsNotifyingAsync());
    }

    [Fact]
    public async Task Read_returns_the_characteristic_value_without_a_notification()
    {
        await Mock.AddAdapterAsync();
        var (_, _, rx) = await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();
        var hardware = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        var notifications = 0;
        hardware.Notification += (_, _) => Interlocked.Increment(ref notifications);

        await rx.SetValueAsync([0x55, 0x01]);
        Assert.Equal(new byte[] { 0x55, 0x01 }, await hardware.ReadAsync("rx", CancellationToken.None));
        // Not subscribed: a value change is no notification.
        await rx.NotifyAsync([0x01]);
        await hardware.ReadAsync("rx", CancellationToken.None);
        Assert.Equal(0, Volatile.Read(ref notifications));
    }

    [Fact]
    public async Task Disconnect_is_seen_by_the_device_and_raised_once()
    {
        await Mock.AddAdapterAsync();
        var (device, _, _) = await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();
        var hardware = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        var disconnected = 0;
        hardware.Disconnected += (_, _) => Interlocked.Increment(ref disconnected);

        await hardware.DisconnectAsync();
        await hardware.DisconnectAsync();
        Assert.False(await device.IsConnectedAsync());
        await Task.Delay(100); // let the Connected=false signal arrive too; it must not raise a second event
        Assert.Equal(1, Volatile.Read(ref disconnected));
        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync("tx", Ascii("x"), false, CancellationToken.None));

        // The device can be connected again.
        var again = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        Assert.True(await device.IsConnectedAsync());
        await again.DisconnectAsync();
    }

    [Fact]
    public async Task Device_dropping_the_connection_raises_Disconnected()
    {
        await Mock.AddAdapterAsync();
        var (device, _, _) = await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();
        var hardware = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.Disconnected += (_, _) => disconnected.TrySetResult();

        await device.DropConnectionAsync();
        await disconnected.Task.WaitAsync(Wait);
        var error = await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync("tx", Ascii("x"), false, CancellationToken.None));
        Assert.Contains("disconnected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Device_removed_by_BlueZ_raises_Disconnected()
    {
        await Mock.AddAdapterAsync();
        var (device, _, _) = await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();
        var hardware = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.Disconnected += (_, _) => disconnected.TrySetResult();

        await device.RemoveAsync();
        await disconnected.Task.WaitAsync(Wait);
        await Assert.ThrowsAsync<HardwareException>(() => transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None));
    }

    [Fact]
    public async Task BlueZ_error_on_write_is_a_HardwareException_naming_the_error()
    {
        await Mock.AddAdapterAsync();
        var (_, tx, _) = await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();
        var hardware = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);

        await tx.SetErrorAsync("WriteValue", "org.bluez.Error.NotPermitted");
        var error = await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync("tx", Ascii("Vibrate:1;"), false, CancellationToken.None));
        Assert.Contains("org.bluez.Error.NotPermitted", error.Message, StringComparison.Ordinal);
        Assert.Contains("tx", error.Message, StringComparison.Ordinal);

        await tx.SetErrorAsync("WriteValue", "");
        await hardware.WriteAsync("tx", Ascii("Vibrate:1;"), false, CancellationToken.None);
    }

    [Fact]
    public async Task Subscribe_error_is_a_HardwareException()
    {
        await Mock.AddAdapterAsync();
        var (_, _, rx) = await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();
        var hardware = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        await rx.SetErrorAsync("StartNotify", "org.bluez.Error.NotSupported");
        var error = await Assert.ThrowsAsync<HardwareException>(() => hardware.SubscribeAsync("rx", CancellationToken.None));
        Assert.Contains("org.bluez.Error.NotSupported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_endpoint_is_a_HardwareException()
    {
        await Mock.AddAdapterAsync();
        await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();
        var hardware = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        var error = await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync("firmware", Ascii("x"), false, CancellationToken.None));
        Assert.Contains("firmware", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_refused_by_BlueZ_is_a_HardwareException_and_can_be_retried()
    {
        await Mock.AddAdapterAsync();
        var (device, _, _) = await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();
        await device.SetErrorAsync("Connect", "org.bluez.Error.Failed");
        var error = await Assert.ThrowsAsync<HardwareException>(() => transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None));
        Assert.Contains("org.bluez.Error.Failed", error.Message, StringComparison.Ordinal);

        await device.SetErrorAsync("Connect", "");
        var hardware = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        Assert.Contains("tx", hardware.Endpoints);
    }

    [Fact]
    public async Task Device_without_the_expected_services_is_refused_and_left_disconnected()
    {
        await Mock.AddAdapterAsync();
        var device = await Mock.AddDeviceAsync(TestDevices.Address, "LVS-Odd");
        var other = await device.AddServiceAsync(Guid.Parse("0000180f-0000-1000-8000-00805f9b34fb"));
        await other.AddCharacteristicAsync(Guid.Parse("00002a19-0000-1000-8000-00805f9b34fb"), "read");
        var (transport, identity) = await FindLovenseAsync();

        var error = await Assert.ThrowsAsync<HardwareException>(() => transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None));
        Assert.Contains("0000180f-0000-1000-8000-00805f9b34fb", error.Message, StringComparison.Ordinal);
        Assert.False(await device.IsConnectedAsync());
    }

    [Fact]
    public async Task Non_BLE_specifier_is_refused()
    {
        await Mock.AddAdapterAsync();
        await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();
        await Assert.ThrowsAsync<HardwareException>(() => transport.ConnectAsync(identity, new CommunicationSpecifier { Serial = new() }, CancellationToken.None));
    }

    [Fact]
    public async Task Stopping_the_transport_disconnects_devices()
    {
        await Mock.AddAdapterAsync();
        var (device, _, _) = await TestDevices.AddLovenseAsync(Mock);
        var (transport, identity) = await FindLovenseAsync();
        var hardware = await transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        var disconnected = 0;
        hardware.Disconnected += (_, _) => Interlocked.Increment(ref disconnected);
        await transport.StopAsync(CancellationToken.None);
        Assert.Equal(1, disconnected);
        Assert.False(await device.IsConnectedAsync());
    }
}
