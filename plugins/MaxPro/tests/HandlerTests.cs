using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MaxPro.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(string hex) => HardwareCommand.Write(Endpoints.Tx, Convert.FromHexString(hex.Replace(" ", "")));

    private static OutputCommand Vibrate(int value) => new(0, OutputType.Vibrate, value);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MaxProProtocol(), "M2");
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(50, "55 04 07 FF FF 3F 32 5F 32 60")]   // 0x2FC + 2·0x32 = 0x360
    [InlineData(100, "55 04 07 FF FF 3F 64 5F 64 C4")]  // 0x2FC + 2·0x64 = 0x3C4
    [InlineData(1, "55 04 07 FF FF 3F 01 5F 01 FE")]
    public async Task Each_speed_is_a_packet_with_an_additive_check(int speed, string hex)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MaxProProtocol(), "M2");
        Assert.Equal([Tx(hex)], await device.SendAsync(Vibrate(speed)));
    }

    [Fact]
    public async Task Stop_writes_speed_zero()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MaxProProtocol(), "M2");
        await device.SendAsync(Vibrate(30));
        Assert.Equal([Tx("55 04 07 FF FF 3F 00 5F 00 FC")], await device.StopAsync());
    }

    [Fact]
    public async Task Anything_but_vibrate_is_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MaxProProtocol(), "M2");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
