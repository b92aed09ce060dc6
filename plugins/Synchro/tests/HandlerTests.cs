using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Synchro.Tests;

public class HandlerTests
{
    private static HardwareCommand Packet(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0xA1, 0x01, speed, 0x77, 0x55]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SynchroProtocol(), "synchro2");
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(1, 0x01)]
    [InlineData(6, 0x06)]
    [InlineData(-1, 0x81)]
    [InlineData(-6, 0x86)]
    public async Task Direction_is_bit_7(int speed, int expected)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SynchroProtocol(), "synchro2");
        Assert.Equal([Packet((byte)expected)], await device.SendAsync(new OutputCommand(0, OutputType.Rotate, speed)));
        Assert.Equal([Packet((byte)expected)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_is_speed_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SynchroProtocol(), "synchro EX");
        await device.SendAsync(new OutputCommand(0, OutputType.Rotate, -3));
        Assert.Equal([Packet(0)], await device.StopAsync());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SynchroProtocol(), "Shinkuro");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Vibrate, 5)));
    }
}
