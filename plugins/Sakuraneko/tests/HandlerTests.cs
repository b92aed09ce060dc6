using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Sakuraneko.Tests;

public class HandlerTests
{
    private static HardwareCommand Vibrate(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0xA1, 0x08, 0x01, 0x00, 0x00, 0x00, 0x64, speed, 0x00, 0x64, 0xDF, 0x55]);

    private static HardwareCommand Rotate(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0xA2, 0x08, 0x01, 0x00, 0x00, 0x00, 0x64, speed, 0x00, 0x32, 0xDF, 0x55]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SakuranekoProtocol(), "sakuraneko-02");
        Assert.Empty(device.Hardware.Operations);
    }

    [Fact]
    public async Task Vibrate_and_stop()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SakuranekoProtocol(), "sakuraneko-03");
        Assert.Equal([Vibrate(50)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Vibrate(50)], device.RecordedWrites());
        Assert.Equal([Vibrate(0)], await device.StopAsync());
        Assert.Equal([Vibrate(0)], device.RecordedWrites());
    }

    [Fact]
    public async Task Koikoi_rotates_with_its_own_packet_and_stops_only_what_runs()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SakuranekoProtocol(), "sakuraneko-04");
        Assert.Equal([Vibrate(75), Rotate(50)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 75), new OutputCommand(1, OutputType.Rotate, 50)));
        Assert.Equal([Vibrate(0)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 0)));
        Assert.Equal([Rotate(0)], device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SakuranekoProtocol(), "sakuraneko-04");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Oscillate, 5)));
    }
}
