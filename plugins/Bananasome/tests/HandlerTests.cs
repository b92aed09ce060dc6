using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Bananasome.Tests;

public class HandlerTests
{
    private static HardwareCommand Motors(byte oscillate, byte vibrate1, byte vibrate2) =>
        HardwareCommand.Write(Endpoints.Tx, [0xA0, 0x03, oscillate, vibrate1, vibrate2]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new BananasomeProtocol(), "火箭X7");
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Every_packet_carries_every_motor()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new BananasomeProtocol(), "火箭X7");
        Assert.Equal([Motors(0, 0x80, 0)], await device.SendAsync(device.LegacyScalar(1, OutputType.Vibrate, 0.5)));
        Assert.Equal([Motors(0, 0x80, 0)], device.RecordedWrites());
        Assert.Equal([Motors(10, 0x80, 0)], device.Translate(new OutputCommand(0, OutputType.Oscillate, 10)));
        Assert.Equal([Motors(10, 0x80, 255)], device.Translate(new OutputCommand(2, OutputType.Vibrate, 255)));
    }

    [Fact]
    public async Task Outputs_changing_together_give_one_packet()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new BananasomeProtocol(), "火箭X7");
        Assert.Equal([Motors(1, 2, 3)], device.Translate(new(0, OutputType.Oscillate, 1), new(1, OutputType.Vibrate, 2), new(2, OutputType.Vibrate, 3)));
        Assert.Equal([Motors(0, 0, 0)], await device.StopAsync());
        Assert.Equal([Motors(0, 0, 0)], device.RecordedWrites());
    }

    [Theory]
    [InlineData(0, OutputType.Vibrate)]
    [InlineData(1, OutputType.Oscillate)]
    [InlineData(3, OutputType.Vibrate)]
    public async Task Unsupported_output_is_a_protocol_error_and_changes_nothing(int feature, OutputType type)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new BananasomeProtocol(), "火箭X7");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(1, OutputType.Vibrate, 9), new OutputCommand(feature, type, 5)));
        Assert.Equal([Motors(0, 0, 0)], device.Handler.HandleStop());
    }
}
