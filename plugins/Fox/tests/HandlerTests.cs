using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Fox.Tests;

public class HandlerTests
{
    private static HardwareCommand Speed(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0x03, 0x01, 0x01, 0xFE, speed]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FoxProtocol(), "FOX");
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(0.25, 1)]
    [InlineData(0.5, 2)]
    [InlineData(1.0, 3)]
    public async Task Legacy_speeds_round_up_to_the_3_steps(double speed, byte step)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FoxProtocol(), "FOX M70 Pro");
        Assert.Equal([Speed(step)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, speed)));
        Assert.Equal([Speed(step)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_sends_speed_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FoxProtocol(), "FOX");
        Assert.Equal([Speed(0)], await device.StopAsync());
        Assert.Equal([Speed(0)], device.RecordedWrites());
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FoxProtocol(), "FOX");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
