using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.DeepSire.Tests;

public class HandlerTests
{
    private static HardwareCommand Speed(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0x55, 0x04, 0x01, 0x00, 0x00, speed, 0xAA]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new DeepSireProtocol(), "IMP 3");
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Speed_is_framed_and_stop_sends_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new DeepSireProtocol(), "IMP 3");
        Assert.Equal([Speed(0x80)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Speed(0x80)], device.RecordedWrites());
        Assert.Equal([Speed(0xFF)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 255)));
        Assert.Equal([Speed(0)], await device.StopAsync());
        Assert.Equal([Speed(0)], device.RecordedWrites());
    }

    [Theory]
    [InlineData(0, OutputType.Oscillate)]
    [InlineData(1, OutputType.Vibrate)]
    public async Task Unsupported_output_is_a_protocol_error(int feature, OutputType type)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new DeepSireProtocol(), "IMP 3");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(feature, type, 5)));
    }
}
