using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Motorbunny.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(string hex) => HardwareCommand.Write(Endpoints.Tx, Convert.FromHexString(hex.Replace(" ", "")));

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MotorbunnyProtocol(), "MB LINK 201");
        Assert.Empty(device.Hardware.Operations);
    }

    [Fact]
    public async Task Vibrate_repeats_speed_and_14_seven_times_with_their_sum()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MotorbunnyProtocol(), "MB Controller");
        HardwareCommand[] half = [Tx("ff 80 14 80 14 80 14 80 14 80 14 80 14 80 14 0c ec")];
        Assert.Equal(half, await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal(half, device.RecordedWrites());
        // 7 · (0xFF + 0x14) = 0x785: the sum keeps its low byte.
        Assert.Equal([Tx("ff ff 14 ff 14 ff 14 ff 14 ff 14 ff 14 ff 14 85 ec")], device.Translate(new OutputCommand(0, OutputType.Vibrate, 255)));
        Assert.Equal([Tx("f0 00 00 00 00 ec")], device.Translate(new OutputCommand(0, OutputType.Vibrate, 0)));
    }

    [Fact]
    public async Task Rotate_direction_is_2A_clockwise_and_29_counter_clockwise()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MotorbunnyProtocol(), "MB Controller");
        Assert.Equal([Tx("af 2a 80 2a 80 2a 80 2a 80 2a 80 2a 80 2a 80 a6 ec")], device.Translate(new OutputCommand(1, OutputType.Rotate, 128)));
        Assert.Equal([Tx("af 29 c0 29 c0 29 c0 29 c0 29 c0 29 c0 29 c0 5f ec")], device.Translate(new OutputCommand(1, OutputType.Rotate, -192)));
        Assert.Equal([Tx("a0 00 00 00 00 ec")], device.Translate(new OutputCommand(1, OutputType.Rotate, 0)));
    }

    [Fact]
    public async Task Stop_sends_the_off_packet_of_each_running_output()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MotorbunnyProtocol(), "MB Controller");
        device.Translate(new OutputCommand(0, OutputType.Vibrate, 10), new OutputCommand(1, OutputType.Rotate, -10));
        Assert.Equal([Tx("f0 00 00 00 00 ec"), Tx("a0 00 00 00 00 ec")], await device.StopAsync());
        Assert.Equal([Tx("f0 00 00 00 00 ec"), Tx("a0 00 00 00 00 ec")], device.RecordedWrites());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MotorbunnyProtocol(), "MB Controller");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Oscillate, 1)));
    }
}
