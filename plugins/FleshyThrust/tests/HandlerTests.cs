using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.FleshyThrust.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FleshyThrustProtocol(), "BT05");
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task A_move_is_the_position_and_the_duration_in_two_bytes()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FleshyThrustProtocol(), "BT05");
        Assert.Equal([Tx(54, 0x03, 0xE8)], await device.SendAsync(device.LegacyLinear(0, 0.3, 1000)));
        Assert.Equal([Tx(54, 0x03, 0xE8)], device.RecordedWrites());
        Assert.Equal([Tx(180, 0x00, 0x00)], device.Translate(new OutputCommand(0, OutputType.HwPositionWithDuration, 180, 0)));
    }

    [Fact]
    public async Task Only_the_low_16_bits_of_a_long_duration_are_sent()
    {
        // 100000 ms = 0x186A0: the reference masks the two bytes it sends, so does this plugin.
        await using var device = await ProtocolTestDevice.ConnectAsync(new FleshyThrustProtocol(), "BT05");
        Assert.Equal([Tx(10, 0x86, 0xA0)], device.Translate(new OutputCommand(0, OutputType.HwPositionWithDuration, 10, 100000)));
    }

    [Fact]
    public async Task Stop_leaves_the_stroker_where_it_is()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FleshyThrustProtocol(), "BT05");
        Assert.Empty(await device.StopAsync());
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new FleshyThrustProtocol(), "BT05");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Vibrate, 5)));
    }
}
