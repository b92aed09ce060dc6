using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.DeviceWebSocket.Tests;

public class HardwareTests
{
    private static readonly CommunicationSpecifier LovenseSpecifier = new() { Websocket = new WebSocketSpecifier { Name = "LVSDevice" } };

    private static async Task<(TransportFixture Fixture, ClientWebSocket Device, IHardware Hardware)> ConnectedAsync(string address = "e1")
    {
        var fixture = await TransportFixture.StartAsync();
        var device = await fixture.IdentifyAsync("LVSDevice", address);
        var found = await fixture.Host.NextFoundAsync();
        var hardware = await fixture.Transport.ConnectAsync(found, LovenseSpecifier, CancellationToken.None);
        return (fixture, device, hardware);
    }

    [Fact]
    public async Task Writes_to_tx_arrive_as_binary_messages()
    {
        var (fixture, device, hardware) = await ConnectedAsync();
        await using var _ = fixture;
        Assert.Equal(["tx", "rx"], hardware.Endpoints);

        await hardware.WriteAsync(Endpoints.Tx, Encoding.ASCII.GetBytes("Vibrate:20;"), false, CancellationToken.None);
        await hardware.WriteAsync(Endpoints.Tx, new byte[] { 0, 1, 255 }, true, CancellationToken.None);

        var first = await TransportFixture.ReceiveAsync(device);
        Assert.Equal(WebSocketMessageType.Binary, first.Type);
        Assert.Equal("Vibrate:20;", Encoding.ASCII.GetString(first.Data));
        var second = await TransportFixture.ReceiveAsync(device);
        Assert.Equal(WebSocketMessageType.Binary, second.Type);
        Assert.Equal(new byte[] { 0, 1, 255 }, second.Data);
    }

    [Fact]
    public async Task Binary_and_text_messages_from_the_device_are_rx_notifications()
    {
        var (fixture, device, hardware) = await ConnectedAsync();
        await using var _ = fixture;
        var notifications = Channel.CreateUnbounded<HardwareNotification>();
        hardware.Notification += (_, n) => notifications.Writer.TryWrite(n);
        await hardware.SubscribeAsync(Endpoints.Rx, CancellationToken.None);

        await TransportFixture.SendTextAsync(device, "Z:11:0082059AD3BD;");
        await TransportFixture.SendBinaryAsync(device, [1, 2, 3]);

        using var timeout = new CancellationTokenSource(5000);
        var text = await notifications.Reader.ReadAsync(timeout.Token);
        Assert.Equal(Endpoints.Rx, text.Endpoint);
        Assert.Equal("Z:11:0082059AD3BD;", Encoding.UTF8.GetString(text.Data));
        var binary = await notifications.Reader.ReadAsync(timeout.Token);
        Assert.Equal(new byte[] { 1, 2, 3 }, binary.Data);
    }

    [Fact]
    public async Task Messages_sent_before_the_host_connects_are_dropped()
    {
        await using var fixture = await TransportFixture.StartAsync();
        var device = await fixture.IdentifyAsync("LVSDevice", "early");
        var found = await fixture.Host.NextFoundAsync();
        await TransportFixture.SendTextAsync(device, "too early");
        await Task.Delay(100);

        var hardware = await fixture.Transport.ConnectAsync(found, LovenseSpecifier, CancellationToken.None);
        var notifications = Channel.CreateUnbounded<HardwareNotification>();
        hardware.Notification += (_, n) => notifications.Writer.TryWrite(n);
        await TransportFixture.SendTextAsync(device, "on time");

        using var timeout = new CancellationTokenSource(5000);
        Assert.Equal("on time", Encoding.UTF8.GetString((await notifications.Reader.ReadAsync(timeout.Token)).Data));
    }

    [Fact]
    public async Task The_device_closing_its_socket_is_a_disconnect()
    {
        var (fixture, device, hardware) = await ConnectedAsync();
        await using var _ = fixture;
        var disconnected = new TaskCompletionSource();
        hardware.Disconnected += (_, _) => disconnected.TrySetResult();

        await device.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

        await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync(Endpoints.Tx, new byte[] { 1 }, false, CancellationToken.None));
        await Assert.ThrowsAsync<HardwareException>(() => fixture.Transport.ConnectAsync(hardware.Identity, LovenseSpecifier, CancellationToken.None));
    }

    [Fact]
    public async Task The_device_vanishing_without_a_close_is_a_disconnect()
    {
        var (fixture, device, hardware) = await ConnectedAsync();
        await using var _ = fixture;
        var disconnected = new TaskCompletionSource();
        hardware.Disconnected += (_, _) => disconnected.TrySetResult();

        device.Abort();

        await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Disconnecting_from_the_server_side_closes_the_socket_once()
    {
        var (fixture, device, hardware) = await ConnectedAsync();
        await using var _ = fixture;
        var disconnects = 0;
        hardware.Disconnected += (_, _) => Interlocked.Increment(ref disconnects);

        var closing = hardware.DisconnectAsync();
        var reply = await TransportFixture.ReceiveAsync(device);
        Assert.Equal(WebSocketMessageType.Close, reply.Type);
        await device.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        await closing;
        await hardware.DisconnectAsync();

        Assert.Equal(1, disconnects);
    }

    [Fact]
    public async Task A_device_can_be_connected_only_once_and_reconnecting_replaces_it()
    {
        var (fixture, device, hardware) = await ConnectedAsync("same");
        await using var _ = fixture;
        await Assert.ThrowsAsync<HardwareException>(() => fixture.Transport.ConnectAsync(hardware.Identity, LovenseSpecifier, CancellationToken.None));
        var disconnected = new TaskCompletionSource();
        hardware.Disconnected += (_, _) => disconnected.TrySetResult();

        var again = await fixture.IdentifyAsync("LVSDevice", "same");
        var found = await fixture.Host.NextFoundAsync();
        await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var newer = await fixture.Transport.ConnectAsync(found, LovenseSpecifier, CancellationToken.None);
        await newer.WriteAsync(Endpoints.Tx, new byte[] { 7 }, false, CancellationToken.None);
        Assert.Equal(new byte[] { 7 }, (await TransportFixture.ReceiveAsync(again)).Data);
    }

    [Fact]
    public async Task Only_tx_is_writable_and_nothing_is_readable()
    {
        var (fixture, _, hardware) = await ConnectedAsync();
        await using var __ = fixture;
        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync(Endpoints.Command, new byte[] { 1 }, false, CancellationToken.None));
        await Assert.ThrowsAsync<HardwareException>(() => hardware.ReadAsync(Endpoints.Rx, CancellationToken.None));
        await Assert.ThrowsAsync<HardwareException>(() => hardware.SubscribeAsync(Endpoints.RxBleBattery, CancellationToken.None));
    }
}
