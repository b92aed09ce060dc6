using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.ManNuo.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(string hex) => HardwareCommand.Write(Endpoints.Tx, Convert.FromHexString(hex.Replace(" ", "")), withResponse: true);

    private static OutputCommand Vibrate(int value) => new(0, OutputType.Vibrate, value);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ManNuoProtocol(), "LXCDVP");
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(1, "AA5506010101 01FA03")]
    [InlineData(2, "AA5506010101 02FA00")]
    [InlineData(3, "AA5506010101 03FA01")]
    public async Task Each_speed_is_an_acknowledged_packet_with_an_xor_check(int speed, string hex)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ManNuoProtocol(), "Sex toys");
        Assert.Equal([Tx(hex)], await device.SendAsync(Vibrate(speed)));
    }

    [Fact]
    public async Task Stop_writes_speed_zero()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ManNuoProtocol(), "MANO PRODUCT");
        await device.SendAsync(Vibrate(3));
        Assert.Equal([Tx("AA 55 06 01 01 01 00 FA 02")], await device.StopAsync());
    }

    [Fact]
    public async Task Anything_but_vibrate_is_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ManNuoProtocol(), "Sex Toys");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
