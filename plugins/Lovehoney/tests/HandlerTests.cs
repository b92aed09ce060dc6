using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Lovehoney.Tests;

public class HandlerTests
{
    private static HardwareCommand Packet(byte motor, byte speed) => HardwareCommand.Write(Endpoints.Tx, [0xF3, motor, speed], withResponse: true);

    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LovehoneyDesireProtocol(), "LOVE EGG");
        Assert.Empty(device.Hardware.Operations);
    }

    [Fact]
    public async Task A_one_motor_toy_always_uses_motor_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LovehoneyDesireProtocol(), "KNICKER VIBE");
        Assert.Equal([Packet(0, 64)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Packet(0, 64)], device.RecordedWrites());
        Assert.Equal([Packet(0, 0)], await device.StopAsync());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Two_motors_at_different_speeds_are_set_apart_and_at_the_same_speed_together()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LovehoneyDesireProtocol(), "PROSTATE VIBE");
        Assert.Equal([Packet(1, 64), Packet(2, 0)], device.Translate(Vibrate(0, 64)));
        Assert.Equal([Packet(1, 13), Packet(2, 64)], device.Translate(Vibrate(0, 13), Vibrate(1, 64)));
        Assert.Equal([Packet(0, 64)], device.Translate(Vibrate(0, 64)));
        Assert.Equal([Packet(0, 0)], await device.StopAsync());
        Assert.Equal([Packet(0, 0)], device.RecordedWrites());
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error_and_changes_nothing()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LovehoneyDesireProtocol(), "LOVE EGG");
        Assert.Throws<ProtocolException>(() => device.Translate(Vibrate(0, 5), Vibrate(1, 5)));
        Assert.Equal([Packet(0, 0)], device.Handler.HandleStop());
    }
}
