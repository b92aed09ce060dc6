using ButtplugHost.Plugins.BluetoothLE.Core;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Core;

/// <summary>Connected devices in the core: endpoints, writes, reads, notifications, disconnects and faults.</summary>
public class CoreConnectionTests : FakeStack
{
    private static byte[] Ascii(string text) => FakeDevice.Ascii(text);

    [Fact]
    public async Task Writes_reach_the_mapped_characteristic_with_and_without_response()
    {
        await StartAsync();
        var (hardware, connection) = await ConnectLovenseAsync();
        Assert.Equal(["rx", "tx"], hardware.Endpoints.Order());

        await hardware.WriteAsync("tx", Ascii("Vibrate:20;"), withResponse: false, CancellationToken.None);
        await hardware.WriteAsync("tx", new byte[] { 0x00, 0xFF }, withResponse: true, CancellationToken.None);
        var writes = connection.Writes.ToList();
        Assert.Equal(2, writes.Count);
        Assert.All(writes, w => Assert.Equal(connection.Device.Tx, w.On));
        Assert.Equal(Ascii("Vibrate:20;"), writes[0].Data);
        Assert.False(writes[0].WithResponse);
        Assert.Equal(new byte[] { 0x00, 0xFF }, writes[1].Data);
        Assert.True(writes[1].WithResponse);
    }

    [Fact]
    public async Task Identification_by_notification_on_the_subscribed_endpoint()
    {
        await StartAsync();
        var (hardware, connection) = await ConnectLovenseAsync();
        await hardware.SubscribeAsync("rx", CancellationToken.None);
        Assert.True(connection.IsNotifying(connection.Device.Rx));

        var reply = NextNotification(hardware);
        await hardware.WriteAsync("tx", Ascii("DeviceType;"), false, CancellationToken.None);
        var notification = await reply;
        Assert.Equal("rx", notification.Endpoint);
        Assert.Equal(Ascii("Z:11:0082059AD3BD;"), notification.Data);

        await hardware.UnsubscribeAsync("rx", CancellationToken.None);
        Assert.False(connection.IsNotifying(connection.Device.Rx));
    }

    [Fact]
    public async Task Battery_read_returns_the_value_and_is_no_notification()
    {
        await StartAsync();
        var (hardware, connection) = await ConnectLovenseAsync();
        connection.Device.Values[connection.Device.Rx] = [0x55];
        var notifications = 0;
        hardware.Notification += (_, _) => Interlocked.Increment(ref notifications);

        Assert.Equal(new byte[] { 0x55 }, await hardware.ReadAsync("rx", CancellationToken.None));
        connection.Notify(connection.Device.Rx, [0x01]);
        Assert.Equal(0, Volatile.Read(ref notifications));
    }

    [Fact]
    public async Task Disconnect_is_raised_once_and_the_device_can_connect_again()
    {
        await StartAsync();
        var (hardware, connection) = await ConnectLovenseAsync();
        var disconnected = 0;
        hardware.Disconnected += (_, _) => Interlocked.Increment(ref disconnected);

        await hardware.DisconnectAsync();
        await hardware.DisconnectAsync();
        connection.Lose("late OS event");
        Assert.True(connection.DisconnectCalled);
        Assert.Equal(1, Volatile.Read(ref disconnected));
        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync("tx", Ascii("x"), false, CancellationToken.None));

        var again = await Transport.ConnectAsync(hardware.Identity, TestDevices.Lovense(), CancellationToken.None);
        await again.WriteAsync("tx", Ascii("Vibrate:1;"), false, CancellationToken.None);
    }

    [Fact]
    public async Task Device_vanishing_mid_write_fails_the_write_as_disconnected_and_raises_Disconnected()
    {
        await StartAsync();
        var (hardware, connection) = await ConnectLovenseAsync();
        var disconnected = Disconnection(hardware);
        connection.WriteGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var write = hardware.WriteAsync("tx", Ascii("Vibrate:20;"), false, CancellationToken.None);
        await connection.WriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        connection.Lose("the device went out of range");
        connection.WriteGate.SetResult();

        var error = await Assert.ThrowsAsync<HardwareException>(() => write);
        Assert.Contains("disconnected (the device went out of range)", error.Message, StringComparison.Ordinal);
        await disconnected.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Empty(connection.Writes);
    }

    [Fact]
    public async Task An_OS_error_is_a_HardwareException_naming_it_and_the_endpoint()
    {
        await StartAsync();
        var (hardware, connection) = await ConnectLovenseAsync();
        connection.Device.WriteError = "fake.Error.NotPermitted: no";
        var error = await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync("tx", Ascii("x"), false, CancellationToken.None));
        Assert.Contains("fake.Error.NotPermitted", error.Message, StringComparison.Ordinal);
        Assert.Contains("tx", error.Message, StringComparison.Ordinal);

        connection.Device.WriteError = null;
        await hardware.WriteAsync("tx", Ascii("x"), false, CancellationToken.None);
    }

    [Fact]
    public async Task Unknown_endpoint_is_a_HardwareException_listing_the_known_ones()
    {
        await StartAsync();
        var (hardware, _) = await ConnectLovenseAsync();
        var error = await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync("firmware", Ascii("x"), false, CancellationToken.None));
        Assert.Contains("firmware", error.Message, StringComparison.Ordinal);
        Assert.Contains("tx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_without_the_expected_services_is_refused_and_disconnected()
    {
        await StartAsync();
        var odd = new FakeDevice(TestDevices.Address, "LVS-Odd", new BleCharacteristic(Guid.Parse("0000180f-0000-1000-8000-00805f9b34fb"), Guid.NewGuid(), "x"));
        Adapter.Devices[odd.Address] = odd;
        var identity = await FindAsync(odd);
        var error = await Assert.ThrowsAsync<HardwareException>(() => Transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None));
        Assert.Contains("0000180f-0000-1000-8000-00805f9b34fb", error.Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(Adapter.Connections).DisconnectCalled);
    }

    [Fact]
    public async Task A_refused_connection_names_the_OS_error_and_can_be_retried()
    {
        await StartAsync();
        var device = FakeDevice.Lovense(TestDevices.Address);
        device.ConnectError = "fake.Error.Failed: page timeout";
        Adapter.Devices[device.Address] = device;
        var identity = await FindAsync(device);
        var error = await Assert.ThrowsAsync<HardwareException>(() => Transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None));
        Assert.Contains("fake.Error.Failed", error.Message, StringComparison.Ordinal);

        device.ConnectError = null;
        var hardware = await Transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        Assert.Contains("tx", hardware.Endpoints);
    }

    [Fact]
    public async Task A_connection_that_hangs_times_out_as_a_HardwareException()
    {
        Adapter.BeforeConnect = (_, token) => Task.Delay(Timeout.Infinite, token);
        Adapter.Devices[TestDevices.Address] = FakeDevice.Lovense(TestDevices.Address);
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = new BluetoothLETransport(new BluetoothLEOptions { ConnectTimeoutSeconds = 1 }, Logs.CreateLogger("test"), Adapter);
        await transport.StartAsync(host, CancellationToken.None);
        var error = await Assert.ThrowsAsync<HardwareException>(() => transport.ConnectAsync(Identity(), TestDevices.Lovense(), CancellationToken.None));
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        await transport.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_cancelled_connection_is_forgotten()
    {
        await StartAsync();
        Adapter.BeforeConnect = (_, token) => Task.Delay(Timeout.Infinite, token);
        Adapter.Devices[TestDevices.Address] = FakeDevice.Lovense(TestDevices.Address);
        using var cancel = new CancellationTokenSource();
        var connect = Transport.ConnectAsync(Identity(), TestDevices.Lovense(), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connect);
        Adapter.BeforeConnect = null;
        await Transport.ConnectAsync(Identity(), TestDevices.Lovense(), CancellationToken.None);
    }

    private static Sdk.Transports.DeviceIdentity Identity() =>
        new() { Transport = "btle", Bus = Sdk.Transports.BusKind.BluetoothLE, Address = TestDevices.Address };

    [Fact]
    public async Task A_non_BLE_specifier_is_refused()
    {
        await StartAsync();
        await Assert.ThrowsAsync<HardwareException>(() => Transport.ConnectAsync(
            Identity(), new CommunicationSpecifier { Serial = new() }, CancellationToken.None));
    }

    [Fact]
    public async Task Stopping_the_transport_disconnects_every_device()
    {
        await StartAsync();
        var (hardware, connection) = await ConnectLovenseAsync();
        var disconnected = 0;
        hardware.Disconnected += (_, _) => Interlocked.Increment(ref disconnected);
        await Transport.StopAsync(CancellationToken.None);
        Assert.Equal(1, disconnected);
        Assert.True(connection.DisconnectCalled);
    }
}
