using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.FeelingSo.Tests;

public class HandlerTests
{
    private static HardwareCommand Motors(byte vibrate, byte oscillate) =>
        HardwareCommand.Write(Endpoints.Tx, [0xAA, 0x40, 0x03, vibrate, oscillate, 0x14, 0x19]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FeelingSoProtocol(), "Flair Feel");
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Every_packet_carries_both_motors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FeelingSoProtocol(), "Flair Feel");
        Assert.Equal([Motors(10, 0)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Motors(10, 0)], device.RecordedWrites());
        Assert.Equal([Motors(10, 19)], device.Translate(new OutputCommand(1, OutputType.Oscillate, 19)));
        Assert.Equal([Motors(1, 2)], device.Translate(new(0, OutputType.Vibrate, 1), new(1, OutputType.Oscillate, 2)));
    }

    [Fact]
    public async Task Stop_sets_both_to_0_in_one_packet()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FeelingSoProtocol(), "Flair Feel");
        device.Translate(new(0, OutputType.Vibrate, 5), new(1, OutputType.Oscillate, 6));
        Assert.Equal([Motors(0, 0)], await device.StopAsync());
        Assert.Equal([Motors(0, 0)], device.RecordedWrites());
    }

    [Theory]
    [InlineData(0, OutputType.Oscillate)]
    [InlineData(1, OutputType.Vibrate)]
    [InlineData(2, OutputType.Vibrate)]
    public async Task Unsupported_output_is_a_protocol_error_and_changes_nothing(int feature, OutputType type)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FeelingSoProtocol(), "Flair Feel");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Vibrate, 9), new OutputCommand(feature, type, 5)));
        Assert.Equal([Motors(0, 0)], device.Handler.HandleStop());
    }
}
