using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.ActiveJoy.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ActiveJoyProtocol(), "SS-TD-YDTD-001");
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task A_speed_switches_the_motor_on_and_0_switches_it_off()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ActiveJoyProtocol(), "SS-TD-YDTD-001");
        Assert.Equal([Tx(0xB0, 0x01, 0x00, 0x00, 0x01, 0x80)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Tx(0xB0, 0x01, 0x00, 0x00, 0x01, 0x80)], device.RecordedWrites());
        Assert.Equal([Tx(0xB0, 0x01, 0x00, 0x00, 0x01, 0x01)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 1)));
        Assert.Equal([Tx(0xB0, 0x01, 0x00, 0x00, 0x00, 0x00)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 0)));
    }

    [Fact]
    public async Task Stop_switches_the_motor_off()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ActiveJoyProtocol(), "SS-TD-YDTD-001");
        Assert.Equal([Tx(0xB0, 0x01, 0x00, 0x00, 0x00, 0x00)], await device.StopAsync());
        Assert.Equal([Tx(0xB0, 0x01, 0x00, 0x00, 0x00, 0x00)], device.RecordedWrites());
    }

    [Theory]
    [InlineData(0, OutputType.Rotate)]
    [InlineData(1, OutputType.Vibrate)]
    public async Task Unsupported_output_is_a_protocol_error(int feature, OutputType type)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ActiveJoyProtocol(), "SS-TD-YDTD-001");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(feature, type, 5)));
    }
}
