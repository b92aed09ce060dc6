using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.JeJoue.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(byte pattern, byte speed) => HardwareCommand.Write(Endpoints.Tx, [pattern, speed]);

    private static OutputCommand Motor(int index, int value) => new(index, OutputType.Vibrate, value);

    private static Task<ProtocolTestDevice> Connect() => ProtocolTestDevice.ConnectAsync(new JeJoueProtocol(), "Je Joue");

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await Connect();
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task The_first_motor_is_pattern_2_the_second_pattern_3()
    {
        await using var device = await Connect();
        Assert.Equal([Tx(2, 4)], await device.SendAsync(Motor(0, 4)));
        Assert.Equal([Tx(1, 0)], await device.SendAsync(Motor(0, 0)));
        Assert.Equal([Tx(3, 5)], await device.SendAsync(Motor(1, 5)));
    }

    [Fact]
    public async Task When_both_run_the_first_motor_wins_as_with_the_reference()
    {
        await using var device = await Connect();
        Assert.Equal([Tx(2, 1)], await device.SendAsync(Motor(0, 1), Motor(1, 5)));
        Assert.Equal([Tx(3, 5)], await device.SendAsync(Motor(0, 0)));
    }

    [Fact]
    public async Task Stop_is_one_packet_and_leaves_out_motors_at_rest()
    {
        await using var device = await Connect();
        await device.SendAsync(Motor(0, 3), Motor(1, 2));
        Assert.Equal([Tx(1, 0)], await device.StopAsync());
        Assert.Empty(await device.StopAsync());
    }

    [Fact]
    public async Task Anything_but_vibrate_is_a_protocol_error()
    {
        await using var device = await Connect();
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
