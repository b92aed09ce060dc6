using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Aneros.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AnerosProtocol(), "Massage Demo");
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Each_vibrator_is_its_own_packet()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AnerosProtocol(), "Massage Demo");
        Assert.Equal([Tx(0xF1, 0x40)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Tx(0xF1, 0x40)], device.RecordedWrites());
        Assert.Equal([Tx(0xF1, 127), Tx(0xF2, 1)], device.Translate(new(0, OutputType.Vibrate, 127), new(1, OutputType.Vibrate, 1)));
    }

    [Fact]
    public async Task Stop_sets_both_vibrators_to_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AnerosProtocol(), "Massage Demo");
        Assert.Equal([Tx(0xF1, 0), Tx(0xF2, 0)], await device.StopAsync());
        Assert.Equal([Tx(0xF1, 0), Tx(0xF2, 0)], device.RecordedWrites());
    }

    [Theory]
    [InlineData(0, OutputType.Rotate)]
    [InlineData(2, OutputType.Vibrate)]
    public async Task Unsupported_output_is_a_protocol_error(int feature, OutputType type)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new AnerosProtocol(), "Massage Demo");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(feature, type, 5)));
    }
}
