using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Picobong.Tests;

public class HandlerTests
{
    private static HardwareCommand Packet(byte mode, byte speed) => HardwareCommand.Write(Endpoints.Tx, [0x01, mode, speed]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PicobongProtocol(), "Picobong Egg");
        Assert.Equal("Picobong Diver", device.Model.Name);
        Assert.Empty(device.Hardware.Operations);
    }

    [Theory]
    [InlineData(1, 0x01)]
    [InlineData(5, 0x05)]
    [InlineData(10, 0x0A)]
    public async Task A_running_speed_is_sent_in_mode_1(int value, byte speed)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PicobongProtocol(), "Surfer");
        Assert.Equal([Packet(0x01, speed)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, value)));
        Assert.Equal([Packet(0x01, speed)], device.RecordedWrites());
    }

    [Fact]
    public async Task Speed_0_and_stop_are_mode_FF()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PicobongProtocol(), "Life guard");
        Assert.Equal([Packet(0x01, 0x05)], device.Vibrate((0, 0.5)));
        Assert.Equal([Packet(0xFF, 0x00)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 0)));
        Assert.Empty(device.Handler.HandleStop());
        Assert.Equal([Packet(0x01, 0x0A)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 10)));
        Assert.Equal([Packet(0xFF, 0x00)], await device.StopAsync());
        Assert.Equal([Packet(0xFF, 0x00)], device.RecordedWrites());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PicobongProtocol(), "Diver");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Oscillate, 5)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(1, OutputType.Vibrate, 5)));
    }
}
