using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Amorelie.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    [Fact]
    public async Task Start_up_writes_03()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AmorelieJoyProtocol(), "4D05");
        Assert.Equal("Amorelie Joy Cha-Cha", device.Model.Name);
        Assert.Equal([Tx(0x03)], device.RecordedWrites());
    }

    [Theory]
    [InlineData(0.25, 25)]
    [InlineData(0.333, 34)]
    [InlineData(1.0, 100)]
    public async Task Vibrate_is_steady_pattern_with_the_speed(double speed, byte expected)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AmorelieJoyProtocol(), "4D02");
        Assert.Equal([Tx(0x01, 0x01, expected)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, speed)));
        Assert.Equal([Tx(0x01, 0x01, expected)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_sets_speed_zero()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AmorelieJoyProtocol(), "4D07");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 40));
        Assert.Equal([Tx(0x01, 0x01, 0x00)], await device.StopAsync());
    }

    [Fact]
    public async Task Other_outputs_are_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AmorelieJoyProtocol(), "4D01");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Constrict, 5)));
    }
}
