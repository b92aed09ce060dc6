using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MagicMotion.Tests;

/// <summary>The reference server's Magic Motion device test cases, step by step.</summary>
public class ReferenceScenarioTests
{
    private static byte[] V1(byte speed) => [0x0b, 0xff, 0x04, 0x0a, 0x32, 0x32, 0x00, 0x04, 0x08, speed, 0x64, 0x00];

    private static byte[] V2(byte m0, byte m1) => [0x10, 0xff, 0x04, 0x0a, 0x32, 0x0a, 0x00, 0x04, 0x08, m0, 0x64, 0x00, 0x04, 0x08, m1, 0x64, 0x01];

    private static byte[] V3(byte speed) => [0x0b, 0xff, 0x04, 0x0a, 0x46, 0x46, 0x00, 0x04, 0x08, speed, 0x64, 0x00];

    private static byte[] V4(byte m0, byte m1) => [0x10, 0xff, 0x04, 0x0a, 0x32, 0x32, 0x00, 0x04, 0x08, m0, 0x64, 0x00, 0x04, 0x08, m1, 0x64, 0x01];

    [Fact]
    public async Task V1_magic_cell()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V1(), "Magic Cell");
        Assert.Equal("MagicMotion Dante/Candy/Rise", device.Model.Name);
        Assert.Empty(device.Hardware.Operations);

        Assert.Equal([TestDevice.Tx(V1(0x32))], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.Tx(V1(0x00))], device.Handler.HandleStop());
    }

    [Fact]
    public async Task V2_eidolon()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V2(), "Eidolon");
        Assert.Equal("MagicMotion Eidolon", device.Model.Name);

        Assert.Equal([TestDevice.Tx(V2(0x32, 0x19))], device.Vibrate((0, 0.5), (1, 0.25)));
        Assert.Equal([TestDevice.Tx(V2(0x4b, 0x32))], device.Vibrate((0, 0.75), (1, 0.5)));
        Assert.Equal([TestDevice.Tx(V2(0x00, 0x32))], device.Vibrate((0, 0)));
        Assert.Equal([TestDevice.Tx(V2(0x00, 0x00))], device.Handler.HandleStop());
    }

    [Fact]
    public async Task V2_equinox()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V2(), "Sword");
        Assert.Equal("MagicMotion Equinox", device.Model.Name);

        Assert.Equal([TestDevice.Tx(V2(0x32, 0x00))], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.Tx(V2(0x4b, 0x00))], device.Vibrate((0, 0.75)));
        Assert.Equal([TestDevice.Tx(V2(0x00, 0x00))], device.Handler.HandleStop());
    }

    [Fact]
    public async Task V3_krush_with_77_steps()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V3(), "Krush");
        Assert.Equal("LoveLife Krush", device.Model.Name);

        Assert.Equal([TestDevice.Tx(V3(0x27))], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.Tx(V3(0x3a))], device.Vibrate((0, 0.75)));
        Assert.Equal([TestDevice.Tx(V3(0x00))], device.Handler.HandleStop());
    }

    [Fact]
    public async Task V4_bobi_two_motors_with_response()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V4(), "bobi2");
        Assert.Equal("MagicMotion Bobi", device.Model.Name);

        Assert.Equal([TestDevice.Tx(V4(0x32, 0x19), true)], device.Vibrate((0, 0.5), (1, 0.25)));
        Assert.Equal([TestDevice.Tx(V4(0x4b, 0x32), true)], device.Vibrate((0, 0.75), (1, 0.5)));
        Assert.Equal([TestDevice.Tx(V4(0x00, 0x32), true)], device.Vibrate((0, 0)));
        Assert.Equal([TestDevice.Tx(V4(0x00, 0x00), true)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task V4_nyx_single_motor_fills_both_places()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V4(), "nyx");
        Assert.Equal("MagicMotion Nyx", device.Model.Name);

        Assert.Equal([TestDevice.Tx(V4(0x32, 0x32), true)], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.Tx(V4(0x4b, 0x4b), true)], device.Vibrate((0, 0.75)));
        Assert.Equal([TestDevice.Tx(V4(0x00, 0x00), true)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Translated_writes_reach_the_hardware_byte_for_byte()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V4(), "umi");
        foreach (var command in device.Vibrate((0, 1.0), (1, 0.01)))
            await command.ExecuteAsync(device.Hardware, CancellationToken.None);
        var write = Assert.Single(device.Hardware.Operations);
        Assert.Equal(V4(100, 1), write.Data);
        Assert.True(write.WithResponse);
        Assert.Equal("tx", write.Endpoint);
    }
}
