using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.NexusRevo.Tests;

public class HandlerTests
{
    private static HardwareCommand Vibration(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0xAA, 0x01, 0x01, 0x00, 0x01, speed], withResponse: true);

    private static HardwareCommand Rotation(byte r) => HardwareCommand.Write(Endpoints.Tx, [0xAA, 0x01, 0x02, 0x00, r, 0x00], withResponse: true);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new NexusRevoProtocol(), "XW-LW3");
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public async Task Vibration_speed_is_the_last_byte(int speed)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new NexusRevoProtocol(), "XW-LW3");
        Assert.Equal([Vibration((byte)speed)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, speed)));
        Assert.Equal([Vibration((byte)speed)], device.RecordedWrites());
    }

    [Theory]
    [InlineData(-2, 2)]
    [InlineData(-1, 1)]
    [InlineData(1, 3)]
    [InlineData(2, 4)]
    public async Task Clockwise_rotation_adds_2(int speed, int r)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new NexusRevoProtocol(), "XW-LW3");
        Assert.Equal([Rotation((byte)r)], await device.SendAsync(new OutputCommand(1, OutputType.Rotate, speed)));
    }

    [Fact]
    public async Task Stop_stops_the_vibrator_then_the_rotator()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new NexusRevoProtocol(), "XW-LW3");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 4), new OutputCommand(1, OutputType.Rotate, -2));
        Assert.Equal([Vibration(0), Rotation(0)], await device.StopAsync());
    }

    [Fact]
    public async Task Outputs_on_the_wrong_feature_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new NexusRevoProtocol(), "XW-LW3");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(1, OutputType.Vibrate, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
