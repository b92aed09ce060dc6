using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Sexverse.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    private static OutputCommand Out(int index, OutputType type, int value) => new(index, type, value);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV1Protocol(), "Rex");
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Bucue_thruster_is_a_type_4_motor()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV1Protocol(), "LY213A01");
        // 23^07^06^81^04^10^82^03^20 = 0x16
        Assert.Equal([Tx(0x23, 0x07, 0x06, 0x81, 0x04, 0x10, 0x82, 0x03, 0x20, 0x16)],
            await device.SendAsync(Out(0, OutputType.Oscillate, 0x10), Out(1, OutputType.Vibrate, 0x20)));
        Assert.Equal([Tx(0x23, 0x07, 0x06, 0x81, 0x04, 0x10, 0x82, 0x03, 0x20, 0x16)], device.RecordedWrites());
        Assert.Equal([Tx(0x23, 0x07, 0x06, 0x81, 0x04, 0x00, 0x82, 0x03, 0x00, 0x26)], await device.StopAsync());
    }

    [Theory]
    [InlineData("LY199B01")]
    [InlineData("LY234A01")]
    [InlineData("LY271A01")]
    [InlineData("LY270A01")]
    [InlineData("Unknown")]
    public async Task Single_vibrators_at_full_speed(string name)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV1Protocol(), name);
        // 23^07^03^81^03^FF = 0x5A
        Assert.Equal([Tx(0x23, 0x07, 0x03, 0x81, 0x03, 0xFF, 0x5A)], device.Translate(Out(0, OutputType.Vibrate, 255)));
        Assert.Equal([Tx(0x23, 0x07, 0x03, 0x81, 0x03, 0x00, 0xA5)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Every_packet_carries_the_last_speed_of_every_motor()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV1Protocol(), "Olis");
        device.Translate(Out(2, OutputType.Rotate, 0x40));
        var packet = Assert.IsType<HardwareWrite>(device.Translate(Out(0, OutputType.Vibrate, 0x01)).Single()).Data;
        Assert.Equal(new byte[] { 0x23, 0x07, 0x09, 0x81, 0x03, 0x01, 0x82, 0x03, 0x00, 0x83, 0x06, 0x40 }, packet[..^1]);
        Assert.Equal(packet[..^1].Aggregate((byte)0, (x, b) => (byte)(x ^ b)), packet[^1]);
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error_and_changes_nothing()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV1Protocol(), "Cali");
        Assert.Throws<ProtocolException>(() => device.Translate(Out(0, OutputType.Vibrate, 9), Out(1, OutputType.Rotate, 5)));
        Assert.Equal([Tx(0x23, 0x07, 0x06, 0x81, 0x03, 0x00, 0x82, 0x04, 0x00, 0x26)], device.Handler.HandleStop());
    }
}
