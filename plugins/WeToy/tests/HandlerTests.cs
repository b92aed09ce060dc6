using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.WeToy.Tests;

public class HandlerTests
{
    private static readonly HardwareCommand Off = HardwareCommand.Write(Endpoints.Tx, [0x80, 0x03], withResponse: true);

    private static HardwareCommand Speed(byte value) => HardwareCommand.Write(Endpoints.Tx, [0xB2, value], withResponse: true);

    [Fact]
    public async Task Start_up_switches_the_toy_off()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new WeToyProtocol(), "WeToy");
        Assert.Equal([Off], device.RecordedWrites());
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    public async Task Speed_n_is_B2_n_minus_1(int speed, int value)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new WeToyProtocol(), "WeToy");
        Assert.Equal([Speed((byte)value)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, speed)));
        Assert.Equal([Speed((byte)value)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_and_speed_0_are_off()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new WeToyProtocol(), "WeToy");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 3));
        Assert.Equal([Off], await device.StopAsync());
        Assert.Equal([Off], device.Translate(new OutputCommand(0, OutputType.Vibrate, 0)));
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new WeToyProtocol(), "WeToy");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
