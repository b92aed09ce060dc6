using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MyMuse.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(string hex) => HardwareCommand.Write(Endpoints.Tx, Convert.FromHexString(hex.Replace(" ", "")));

    private static OutputCommand Vibrate(int value) => new(0, OutputType.Vibrate, value);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MyMuseLinkPlusProtocol(), "MM Massager");
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(1, "AA 55 06 01 01 01 01 FF")]
    [InlineData(3, "AA 55 06 01 01 01 03 FF")]
    public async Task Each_speed_is_a_packet(int speed, string hex)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MyMuseLinkPlusProtocol(), "MM Massager");
        Assert.Equal([Tx(hex)], await device.SendAsync(Vibrate(speed)));
    }

    [Fact]
    public async Task Speed_zero_and_stop_have_their_own_packet()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MyMuseLinkPlusProtocol(), "MM Massager");
        Assert.Equal([Tx("AA 55 06 AA 00 00 00 00")], device.Translate(Vibrate(0)));
        await device.SendAsync(Vibrate(2));
        Assert.Equal([Tx("AA 55 06 AA 00 00 00 00")], await device.StopAsync());
    }

    [Fact]
    public async Task Anything_but_vibrate_is_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MyMuseLinkPlusProtocol(), "MM Massager");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
