using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.ServeU.Tests;

public class HandlerTests
{
    private static HardwareCommand Move(byte position, byte speed) => HardwareCommand.Write(Endpoints.Tx, [0x01, position, speed]);

    private static OutputCommand To(int position, uint duration) => new(0, OutputType.HwPositionWithDuration, position, duration);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ServeUProtocol(), "ServeU");
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Speed_counts_from_the_last_position_sent()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ServeUProtocol(), "ServeU");
        // From 0 at connection: 40 units in 1 s is 40 u/s, speed 20.
        Assert.Equal([Move(40, 20)], await device.SendAsync(To(40, 1000)));
        Assert.Equal([Move(40, 20)], device.RecordedWrites());
        // 40 back to 0 in 2 s: 20 u/s, speed 10.
        Assert.Equal([Move(0, 10)], await device.SendAsync(To(0, 2000)));
        // Staying at 0: speed 0.
        Assert.Equal([Move(0, 0)], await device.SendAsync(To(0, 500)));
    }

    [Fact]
    public async Task Stop_leaves_the_stroker_where_it_is()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ServeUProtocol(), "ServeU");
        await device.SendAsync(To(70, 300));
        Assert.Empty(await device.StopAsync());
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ServeUProtocol(), "ServeU");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Position, 10)));
    }
}
