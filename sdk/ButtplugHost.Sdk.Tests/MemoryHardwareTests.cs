using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Sdk.Tests;

public class MemoryHardwareTests
{
    private static List<string> Received(MemoryHardware hardware)
    {
        var received = new List<string>();
        hardware.Notification += (_, n) => received.Add($"{n.Endpoint}:{Encoding.UTF8.GetString(n.Data)}");
        return received;
    }

    [Fact]
    public async Task A_scripted_reply_is_notified_on_a_subscribed_endpoint()
    {
        var hardware = MemoryHardware.Create("LVS-Test");
        hardware.AddReply(Endpoints.Tx, "DeviceType;", Endpoints.Rx, "Z:11:0082059AD3BD;");
        var received = Received(hardware);
        await hardware.SubscribeAsync(Endpoints.Rx, CancellationToken.None);
        await hardware.WriteAsync(Endpoints.Tx, "DeviceType;"u8.ToArray(), false, CancellationToken.None);
        await hardware.WriteAsync(Endpoints.Tx, "Battery;"u8.ToArray(), false, CancellationToken.None);
        Assert.Equal(["rx:Z:11:0082059AD3BD;"], received);
    }

    [Fact]
    public async Task Replies_are_not_delivered_without_a_subscription()
    {
        var hardware = MemoryHardware.Create("LVS-Test");
        hardware.AddReply(Endpoints.Tx, "DeviceType;", Endpoints.Rx, "Z:11:0082059AD3BD;");
        var received = Received(hardware);
        await hardware.WriteAsync(Endpoints.Tx, "DeviceType;"u8.ToArray(), false, CancellationToken.None);
        Assert.Empty(received);
        Assert.DoesNotContain(hardware.Operations, o => o.Kind == HardwareOperationKind.Notify);
    }

    [Fact]
    public async Task The_newest_matching_reply_wins_and_an_empty_prefix_matches_any_write()
    {
        var hardware = MemoryHardware.Create("Test");
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, [], Endpoints.Rx, "any"u8.ToArray()));
        hardware.AddReply(Endpoints.Tx, "Battery;", Endpoints.Rx, "old;");
        hardware.AddReply(Endpoints.Tx, "Battery;", Endpoints.Rx, "85;");
        var received = Received(hardware);
        await hardware.SubscribeAsync(Endpoints.Rx, CancellationToken.None);
        await hardware.WriteAsync(Endpoints.Tx, "Battery;"u8.ToArray(), false, CancellationToken.None);
        await hardware.WriteAsync(Endpoints.Tx, "Vibrate:1;"u8.ToArray(), false, CancellationToken.None);
        Assert.Equal(["rx:85;", "rx:any"], received);
    }

    [Fact]
    public async Task Operations_are_recorded_in_order_with_their_bytes_and_acknowledgement()
    {
        var hardware = MemoryHardware.Create("Test", Endpoints.Tx, Endpoints.RxBleBattery);
        hardware.SetReadValue(Endpoints.RxBleBattery, [77]);
        await hardware.WriteAsync(Endpoints.Tx, new byte[] { 1, 2 }, true, CancellationToken.None);
        var battery = await hardware.ReadAsync(Endpoints.RxBleBattery, CancellationToken.None);
        Assert.Equal([77], battery);
        Assert.Equal([HardwareOperationKind.Write, HardwareOperationKind.Read], hardware.Operations.Select(o => o.Kind));
        Assert.True(hardware.Operations[0].WithResponse);
        var write = Assert.Single(hardware.Writes);
        Assert.Equal(Endpoints.Tx, write.Endpoint);
        Assert.Equal([1, 2], write.Data);
        hardware.ClearOperations();
        Assert.Empty(hardware.Operations);
    }

    [Fact]
    public async Task Unknown_endpoints_and_disconnected_devices_throw_hardware_exceptions()
    {
        var hardware = MemoryHardware.Create("Test", Endpoints.Tx);
        var missing = await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync(Endpoints.Rx, new byte[] { 1 }, false, CancellationToken.None));
        Assert.Contains("'rx'", missing.Message);
        var disconnects = 0;
        hardware.Disconnected += (_, _) => disconnects++;
        await hardware.DisconnectAsync();
        await hardware.DisconnectAsync();
        Assert.Equal(1, disconnects);
        Assert.True(hardware.IsDisconnected);
        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync(Endpoints.Tx, new byte[] { 1 }, false, CancellationToken.None));
    }
}
