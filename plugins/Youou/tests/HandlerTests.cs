using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Youou.Tests;

public class HandlerTests
{
    private static HardwareCommand Packet(byte id, byte speed, byte on, byte check) =>
        HardwareCommand.Write(Endpoints.Tx, [0xAA, 0x55, id, 0x02, 0x03, 0x01, speed, on, check, 0xFF, 0, 0, 0, 0, 0, 0, 0]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new YououProtocol(), "VX001_1");
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Packets_are_counted_and_checked_with_XOR()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new YououProtocol(), "VX001_1");
        // AA^55^00^02^03^01^10^01 = EE; the next packet's counter is 1.
        Assert.Equal([Packet(0, 0x10, 1, 0xEE)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 0x10)));
        Assert.Equal([Packet(0, 0x10, 1, 0xEE)], device.RecordedWrites());
        Assert.Equal([Packet(1, 0x10, 1, 0xEF)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 0x10)));
        Assert.Equal([Packet(2, 0x00, 0, 0xFD)], await device.StopAsync());
    }

    [Fact]
    public async Task The_counter_wraps_at_256()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new YououProtocol(), "VX001_1");
        for (var i = 0; i < 255; i++)
            device.Translate(new OutputCommand(0, OutputType.Vibrate, 1));
        var last = (HardwareWrite)device.Translate(new OutputCommand(0, OutputType.Vibrate, 1)).Single();
        Assert.Equal(0xFF, last.Data[2]);
        var wrapped = (HardwareWrite)device.Translate(new OutputCommand(0, OutputType.Vibrate, 1)).Single();
        Assert.Equal(0x00, wrapped.Data[2]);
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new YououProtocol(), "VX001_1");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
