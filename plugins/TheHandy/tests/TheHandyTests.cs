using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.TheHandy.Tests;

public class TheHandyTests
{
    private static HardwareCommand Tx(string hex) => HardwareCommand.Write(Endpoints.Tx, Hex.Bytes(hex), withResponse: true);

    private static OutputCommand Move(int position, uint duration) => new(0, OutputType.HwPositionWithDuration, position, duration);

    [Fact]
    public async Task Connecting_needs_no_handshake()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new TheHandyProtocol(), "The Handy");
        Assert.Equal("The Handy", device.Device.Configuration.Name);
        Assert.Empty(device.Hardware.Operations);
    }

    // Payload{Messages: [Message{LinearCmd{Id: 2, DeviceIndex: 0, Vectors: [{Index: 0, Duration, Position}]}}]}
    //   0A len  Payload.Messages
    //   9A 19 len  Message.LinearCmd (field 403)
    //   08 02  Id = 2;  1A len  Vectors
    //   10 varint  Duration;  19 + 8 bytes  Position (double)
    [Theory]
    [InlineData(50, 500u, "0A 13 9A 19 10 08 02 1A 0C 10 F4 03 19 00 00 00 00 00 00 E0 3F")]
    [InlineData(100, 1000u, "0A 13 9A 19 10 08 02 1A 0C 10 E8 07 19 00 00 00 00 00 00 F0 3F")]
    [InlineData(30, 200u, "0A 13 9A 19 10 08 02 1A 0C 10 C8 01 19 33 33 33 33 33 33 D3 3F")]
    // Position 0 and duration 0 are proto3 defaults and left out: an empty vector.
    [InlineData(0, 0u, "0A 07 9A 19 04 08 02 1A 00")]
    [InlineData(0, 300u, "0A 0A 9A 19 07 08 02 1A 03 10 AC 02")]
    public async Task Linear_command_bytes(int position, uint duration, string expected)
    {
        var device = await ProtocolTestDevice.ConnectAsync(new TheHandyProtocol(), "The Handy");
        Assert.Equal([Tx(expected)], await device.SendAsync(Move(position, duration)));
        Assert.Equal([Tx(expected)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_has_nothing_to_send()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new TheHandyProtocol(), "The Handy");
        Assert.Empty(await device.StopAsync());
    }

    [Fact]
    public async Task Other_outputs_are_rejected()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new TheHandyProtocol(), "The Handy");
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 1)]));
    }

    [Fact]
    public void Ping_is_payload_with_ping_999() =>
        Assert.Equal(Hex.Bytes("0A 06 B2 06 03 08 E7 07"), HandyPlugMessages.Ping());

    [Fact]
    public async Task Keep_alive_pings_after_each_idle_interval_if_configured_and_stops_with_the_handler()
    {
        var clock = new FakeTimeProvider();
        var hardware = MemoryHardware.Create("The Handy", Endpoints.Tx);
        var device = await ProtocolTestDevice.ConnectAsync(new TheHandyProtocol(new TheHandyOptions { KeepAliveSeconds = 5 }, clock), hardware);
        var ping = Tx("0A 06 B2 06 03 08 E7 07");

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal([ping], device.RecordedWrites());

        // A command postpones the ping; it is not repeated itself.
        clock.Advance(TimeSpan.FromSeconds(4));
        await device.SendAsync(Move(50, 500));
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Single(device.RecordedWrites());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(ping, device.RecordedWrites()[^1]);

        await device.Handler.DisposeAsync();
        var count = hardware.Writes.Count;
        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal(count, hardware.Writes.Count);
    }

    [Fact]
    public async Task No_keep_alive_by_default()
    {
        var clock = new FakeTimeProvider();
        var hardware = MemoryHardware.Create("The Handy", Endpoints.Tx);
        await using var device = await ProtocolTestDevice.ConnectAsync(new TheHandyProtocol(new TheHandyOptions(), clock), hardware);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(hardware.Writes);
    }
}
