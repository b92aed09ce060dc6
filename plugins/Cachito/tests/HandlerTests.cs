using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Cachito.Tests;

public class HandlerTests
{
    private static HardwareCommand First(byte level) => HardwareCommand.Write(Endpoints.Tx, [0x02, 0x01, level, 0x00]);

    private static HardwareCommand Second(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0x03, 0x02, speed, 0x00]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new CachitoProtocol(), "CCTXueGao");
        Assert.Empty(device.Hardware.Operations);
    }

    [Fact]
    public async Task Each_vibrator_has_its_own_packet()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new CachitoProtocol(), "CCTSK");
        Assert.Equal([First(3)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([First(3)], device.RecordedWrites());
        Assert.Equal([First(5), Second(100)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 5), new OutputCommand(1, OutputType.Vibrate, 100)));
        Assert.Equal([First(0), Second(0)], await device.StopAsync());
        Assert.Equal([First(0), Second(0)], device.RecordedWrites());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new CachitoProtocol(), "CCTSK");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(2, OutputType.Vibrate, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
