using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Cowgirl.Tests;

public class HandlerTests
{
    private static HardwareCommand Packet(byte vibrate, byte rotate) => HardwareCommand.Write(Endpoints.Tx, [0x00, 0x01, vibrate, rotate], withResponse: true);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new CowgirlProtocol(), "THE UNICORN");
        Assert.Empty(device.Hardware.Operations);
    }

    [Fact]
    public async Task Every_packet_carries_both_motors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new CowgirlProtocol(), "THE COWGIRL");
        Assert.Equal([Packet(0x80, 0x00)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Packet(0x80, 0x00)], device.RecordedWrites());
        Assert.Equal([Packet(0x80, 0x40)], device.Translate(new OutputCommand(1, OutputType.Rotate, 0x40)));
        Assert.Equal([Packet(0xC0, 0x80)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 0xC0), new OutputCommand(1, OutputType.Rotate, 0x80)));
    }

    [Fact]
    public async Task Stop_is_one_packet_with_both_at_0_and_then_nothing()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new CowgirlProtocol(), "THE COWGIRL");
        device.Translate(new OutputCommand(0, OutputType.Vibrate, 255), new OutputCommand(1, OutputType.Rotate, 255));
        Assert.Equal([Packet(0, 0)], await device.StopAsync());
        Assert.Equal([Packet(0, 0)], device.RecordedWrites());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error_and_changes_nothing()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new CowgirlProtocol(), "THE COWGIRL");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Vibrate, 9), new OutputCommand(0, OutputType.Rotate, 9)));
        Assert.Equal([Packet(0, 0)], device.Handler.HandleStop());
    }
}
