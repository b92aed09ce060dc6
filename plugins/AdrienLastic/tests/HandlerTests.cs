using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.AdrienLastic.Tests;

public class HandlerTests
{
    private static HardwareCommand Motor(string text) => HardwareCommand.Write(Endpoints.Tx, text, withResponse: true);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AdrienLasticProtocol(), "LVS-S001");
        Assert.Equal("Adrien Lastic Palpitation", device.Model.Name);
        Assert.Empty(device.Hardware.Operations);
    }

    [Theory]
    [InlineData(0, "MotorValue:00;")]
    [InlineData(8, "MotorValue:08;")]
    [InlineData(16, "MotorValue:16;")]
    public async Task Vibrate_is_a_two_digit_text(int value, string text)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AdrienLasticProtocol(), "LVS-S002");
        Assert.Equal([Motor(text)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, value)));
        Assert.Equal([Motor(text)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_writes_0_once()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AdrienLasticProtocol(), "LVS-S002");
        Assert.Equal([Motor("MotorValue:02;")], device.Vibrate((0, 0.1)));
        Assert.Equal([Motor("MotorValue:00;")], await device.StopAsync());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AdrienLasticProtocol(), "LVS-S002");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
