using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Xibao.Tests;

public class HandlerTests
{
    private static HardwareCommand Packet(byte speed, byte check) =>
        HardwareCommand.Write(Endpoints.Tx, [0x66, 0x3A, 0x00, 0x06, 0x00, 0x06, 0x01, 0x02, 0x00, 0x02, 0x04, speed, check]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new XibaoProtocol(), "CCYB_1");
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(1, 0xB6)]
    [InlineData(0x4A, 0xFF)]
    [InlineData(0x4B, 0x00)]
    [InlineData(99, 0x18)]
    public async Task The_check_byte_is_the_speed_plus_B5_wrapping(int speed, int check)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new XibaoProtocol(), "CCYB_1");
        Assert.Equal([Packet((byte)speed, (byte)check)], await device.SendAsync(new OutputCommand(0, OutputType.Oscillate, speed)));
        Assert.Equal([Packet((byte)speed, (byte)check)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_is_speed_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new XibaoProtocol(), "CCYB_1");
        Assert.Equal([Packet(0, 0xB5)], await device.StopAsync());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new XibaoProtocol(), "CCYB_1");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Vibrate, 5)));
    }
}
