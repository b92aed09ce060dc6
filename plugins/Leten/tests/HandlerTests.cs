using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Leten.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);

    private static OutputCommand Vibrate(int value) => new(0, OutputType.Vibrate, value);

    [Fact]
    public async Task Start_up_writes_04_01_then_the_stop_acknowledged()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LetenProtocol(), "F537-LT");
        Assert.Equal([Tx(0x04, 0x01), Tx(0x02, 0x00)], device.RecordedWrites());
    }

    [Fact]
    public async Task Each_speed_is_an_acknowledged_packet()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LetenProtocol(), "T528-LT");
        Assert.Equal([Tx(0x02, 0x19)], await device.SendAsync(Vibrate(25)));
        Assert.Equal([Tx(0x02, 0x01)], await device.SendAsync(Vibrate(1)));
        Assert.Equal([Tx(0x02, 0x00)], await device.StopAsync());
    }

    [Fact]
    public async Task A_toy_that_refuses_the_start_up_packet_does_not_connect()
    {
        var hardware = MemoryHardware.Create("F520B-LT", [.. ProtocolTestDevice.DefinedEndpoints(new LetenProtocol().Definition)]);
        await hardware.DisconnectAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => ProtocolTestDevice.ConnectAsync(new LetenProtocol(), hardware));
    }

    [Fact]
    public async Task Anything_but_vibrate_is_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LetenProtocol(), "F520A-LT");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
