using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.VibCrafter.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    [Fact]
    public async Task Every_text_carries_both_motors()
    {
        await using var device = await TestDevice.ConnectAsync("be gentle");
        Assert.Equal("VibCrafter Harlow", device.Model.Name);
        Assert.Equal([Tx(Packets.Speeds5000)], await device.SendAsync(Vibrate(0, 50)));
        Assert.Equal([Tx(Packets.Speeds5000)], device.RecordedWrites());
        Assert.Equal([Tx(Packets.Speeds5050)], device.Translate(Vibrate(1, 50)));
        Assert.Equal([Tx(Packets.Speeds0099)], device.Translate(Vibrate(0, 0), Vibrate(1, 99)));
    }

    [Fact]
    public async Task Stop_is_one_text_with_both_at_0_and_then_nothing()
    {
        await using var device = await TestDevice.ConnectAsync("Hayden");
        device.Translate(Vibrate(0, 50), Vibrate(1, 50));
        Assert.Equal([Tx(Packets.Speeds0000)], await device.StopAsync());
        Assert.Equal([Tx(Packets.Speeds0000)], device.RecordedWrites());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Janna_has_one_motor_and_sends_00_for_the_second()
    {
        await using var device = await TestDevice.ConnectAsync("Janna");
        Assert.Equal("VibCrafter Janna", device.Model.Name);
        Assert.Equal([Tx(Packets.Speeds9900)], device.Translate(Vibrate(0, 99)));
        Assert.Throws<ProtocolException>(() => device.Translate(Vibrate(1, 5)));
        Assert.Equal([Tx(Packets.Speeds0000)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error_and_changes_nothing()
    {
        await using var device = await TestDevice.ConnectAsync("Nidalee");
        Assert.Throws<ProtocolException>(() => device.Translate(Vibrate(0, 50), new OutputCommand(1, OutputType.Rotate, 5)));
        Assert.Equal([Tx(Packets.Speeds0000)], device.Handler.HandleStop());
    }
}
