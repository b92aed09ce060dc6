using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.IToys.Tests;

public class HandlerTests
{
    private static HardwareCommand Vibrate(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0xA0, 0x01, 0x00, 0x00, speed, 0xFF]);

    private static HardwareCommand Oscillate(byte on, byte speed) => HardwareCommand.Write(Endpoints.Tx, [0xA0, 0x06, on, 0x00, on, speed]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new IToysProtocol(), "26-021-B");
        Assert.Empty(device.Hardware.Operations);
    }

    [Fact]
    public async Task Seagull_vibrates_and_stops()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new IToysProtocol(), "26-021-B");
        Assert.Equal([Vibrate(2)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Vibrate(2)], device.RecordedWrites());
        Assert.Equal([Vibrate(0)], await device.StopAsync());
        Assert.Equal([Vibrate(0)], device.RecordedWrites());
    }

    [Fact]
    public async Task Oscillation_switches_on_with_a_speed_and_off_at_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new IToysProtocol(), "ASF-001-BT-R");
        Assert.Equal([Oscillate(1, 255)], device.Translate(new OutputCommand(0, OutputType.Oscillate, 255)));
        Assert.Equal([Oscillate(1, 1)], device.Translate(new OutputCommand(0, OutputType.Oscillate, 1)));
        Assert.Equal([Oscillate(0, 0)], await device.StopAsync());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Twinkling_Stars_stops_both_outputs()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new IToysProtocol(), "SML-2310-SZ-B");
        Assert.Equal([Vibrate(3), Oscillate(1, 0xE6)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 3), new OutputCommand(1, OutputType.Oscillate, 0xE6)));
        Assert.Equal([Vibrate(0), Oscillate(0, 0)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new IToysProtocol(), "26-021-B");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
