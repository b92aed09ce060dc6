using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Realov.Tests;

public class HandlerTests
{
    private static HardwareCommand Packet(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0xC5, 0x55, speed, 0xAA]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new RealovProtocol(), "REALOV_VIBE");
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public async Task Every_speed_is_one_packet(int speed)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new RealovProtocol(), "REALOV_VIBE");
        Assert.Equal([Packet((byte)speed)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, speed)));
        Assert.Equal([Packet((byte)speed)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_is_speed_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new RealovProtocol(), "REALOV_VIBE");
        Assert.Equal([Packet(0)], await device.StopAsync());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new RealovProtocol(), "REALOV_VIBE");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 5)));
    }
}
