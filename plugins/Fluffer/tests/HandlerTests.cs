using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Fluffer.Tests;

public class HandlerTests
{
    private static async Task<ProtocolTestDevice> ConnectAsync(string name) =>
        await ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(), TestDevice.Create(name, null));

    private static OutputCommand Out(int index, OutputType type, int value) => new(index, type, value);

    [Fact]
    public async Task Vibrator_at_full_speed_then_stopped()
    {
        await using var device = await ConnectAsync("FDGTHING");
        Assert.Equal([TestDevice.Tx(Packets.VibrateFull)], await device.SendAsync(Out(0, OutputType.Vibrate, 100)));
        Assert.Equal([TestDevice.Tx(Packets.VibrateFull)], device.RecordedWrites());
        Assert.Equal([TestDevice.Tx(Packets.Stop)], await device.StopAsync());
    }

    [Fact]
    public async Task Buck_vibrator_and_thruster_share_one_packet()
    {
        await using var device = await ConnectAsync("MB Link 201");
        Assert.Equal("MotorBunny Buck (Fluffer version)", device.Model.Name);
        Assert.Equal([TestDevice.Tx(Packets.Buck50And25)], device.Translate(Out(0, OutputType.Vibrate, 50), Out(1, OutputType.Oscillate, 25)));
        Assert.Equal([TestDevice.Tx(Packets.Stop)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Classic_rotating_backwards_adds_100()
    {
        await using var device = await ConnectAsync("MBO");
        Assert.Equal("MotorBunny Classic (Fluffer version)", device.Model.Name);
        Assert.Equal([TestDevice.Tx(Packets.ClassicBackwards30)], device.Translate(Out(1, OutputType.Rotate, -30)));
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error()
    {
        await using var device = await ConnectAsync("FDG2G");
        Assert.Throws<ProtocolException>(() => device.Translate(Out(0, OutputType.Constrict, 5)));
        Assert.Throws<ProtocolException>(() => device.Translate(Out(2, OutputType.Vibrate, 5)));
    }
}
