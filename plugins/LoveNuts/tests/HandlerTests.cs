using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.LoveNuts.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(string hex) => HardwareCommand.Write(Endpoints.Tx, Convert.FromHexString(hex.Replace(" ", "")));

    private static OutputCommand Vibrate(int value) => new(0, OutputType.Vibrate, value);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LoveNutsProtocol(), "Love_Nuts");
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(15, "45564F4C FFFFFFFFFFFFFFFFFFFF 00FF")]
    [InlineData(1, "45564F4C 11111111111111111111 00FF")]
    [InlineData(10, "45564F4C AAAAAAAAAAAAAAAAAAAA 00FF")]
    public async Task The_speed_fills_both_nibbles_of_ten_bytes(int speed, string hex)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LoveNutsProtocol(), "Love_Nuts");
        Assert.Equal([Tx(hex)], await device.SendAsync(Vibrate(speed)));
    }

    [Fact]
    public async Task Stop_writes_speed_zero()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LoveNutsProtocol(), "Love_Nuts");
        await device.SendAsync(Vibrate(7));
        Assert.Equal([Tx("45564F4C 00000000000000000000 00FF")], await device.StopAsync());
    }

    [Fact]
    public async Task Anything_but_vibrate_is_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LoveNutsProtocol(), "Love_Nuts");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
