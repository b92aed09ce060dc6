using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Zalo.Tests;

public class HandlerTests
{
    private static HardwareCommand Packet(byte state, byte motor0, byte motor1) => HardwareCommand.Write(Endpoints.Tx, [state, motor0, motor1], withResponse: true);

    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ZaloProtocol(), "ZALO-King");
        Assert.Empty(device.Hardware.Operations);
    }

    [Fact]
    public async Task Every_packet_carries_both_motors_and_a_motor_at_0_is_sent_as_1()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ZaloProtocol(), "ZALO-Queen");
        Assert.Equal([Packet(0x01, 0x04, 0x01)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Packet(0x01, 0x04, 0x01)], device.RecordedWrites());
        Assert.Equal([Packet(0x01, 0x04, 0x08)], device.Translate(Vibrate(1, 8)));
        Assert.Equal([Packet(0x01, 0x01, 0x08)], device.Translate(Vibrate(0, 0)));
        Assert.Equal([Packet(0x02, 0x01, 0x01)], device.Translate(Vibrate(1, 0)));
    }

    [Fact]
    public async Task Outputs_changing_together_and_the_stop_give_one_packet()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ZaloProtocol(), "ZALO-King");
        Assert.Equal([Packet(0x01, 0x03, 0x07)], device.Translate(Vibrate(0, 3), Vibrate(1, 7)));
        Assert.Equal([Packet(0x02, 0x01, 0x01)], await device.StopAsync());
        Assert.Equal([Packet(0x02, 0x01, 0x01)], device.RecordedWrites());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Jeanne_has_one_motor()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ZaloProtocol(), "ZALO-Jeanne");
        Assert.Equal([Packet(0x01, 0x08, 0x01)], device.Translate(Vibrate(0, 8)));
        Assert.Throws<ProtocolException>(() => device.Translate(Vibrate(1, 8)));
        Assert.Equal([Packet(0x02, 0x01, 0x01)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error_and_changes_nothing()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ZaloProtocol(), "ZALO-King");
        Assert.Throws<ProtocolException>(() => device.Translate(Vibrate(0, 5), new OutputCommand(1, OutputType.Rotate, 5)));
        Assert.Equal([Packet(0x02, 0x01, 0x01)], device.Handler.HandleStop());
    }
}
