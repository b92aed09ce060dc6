using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.TryFun.Tests;

public class HandlerTests
{
    private static HardwareCommand Ack(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);

    private static HardwareCommand NoAck(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    [Theory]
    [InlineData("TRYFUN-ONE", "tryfun")]
    [InlineData("TF-BHPLUS", "tryfun-blackhole")]
    [InlineData("TF-META2", "tryfun-meta2")]
    public async Task No_start_up_packets(string name, string protocol)
    {
        IProtocol p = protocol switch { "tryfun" => new TryFunProtocol(), "tryfun-blackhole" => new TryFunBlackHoleProtocol(), _ => new TryFunMeta2Protocol() };
        await using var device = await ProtocolTestDevice.ConnectAsync(p, name);
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Yuan_oscillates_and_rotates_with_acknowledged_checked_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new TryFunProtocol(), "TRYFUN-ONE");
        Assert.Equal([Ack(0xAA, 0x02, 0x07, 0x09, 0xF0)], await device.SendAsync(new OutputCommand(0, OutputType.Oscillate, 9)));
        Assert.Equal([Ack(0xAA, 0x02, 0x07, 0x09, 0xF0)], device.RecordedWrites());
        Assert.Equal([Ack(0xAA, 0x02, 0x08, 0x03, 0xF5)], await device.SendAsync(new OutputCommand(1, OutputType.Rotate, 3)));
        Assert.Equal([Ack(0xAA, 0x02, 0x07, 0x00, 0xF9), Ack(0xAA, 0x02, 0x08, 0x00, 0xF8)], await device.StopAsync());
    }

    [Theory]
    [InlineData(1, 0x02, 0x01, 0x00, 0xFC)]
    [InlineData(4, 0x02, 0x04, 0x00, 0xF9)]
    [InlineData(0, 0x01, 0x02, 0x01, 0xFC)]
    public async Task Surge_Pro_vibration(int speed, int on, int s, int off, int last)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new TryFunProtocol(), "TF-SPRAY");
        Assert.Equal("TryFun Surge Pro", device.Model.Name);
        Assert.Equal([Ack(0x00, 0x02, 0x00, 0x05, (byte)on, (byte)s, 0x01, (byte)off, (byte)last)],
            await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, speed)));
    }

    [Fact]
    public async Task Black_Hole_counts_its_packets_across_outputs()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new TryFunBlackHoleProtocol(), "TF-BHPLUS");
        Assert.Equal([NoAck(0x00, 0x02, 0x00, 0x03, 0x09, 0x32, 0xC5)], await device.SendAsync(new OutputCommand(1, OutputType.Vibrate, 50)));
        Assert.Equal([NoAck(0x00, 0x02, 0x00, 0x03, 0x09, 0x32, 0xC5)], device.RecordedWrites());
        Assert.Equal([NoAck(0x01, 0x02, 0x00, 0x03, 0x0C, 0x32, 0xC2)], await device.SendAsync(new OutputCommand(0, OutputType.Oscillate, 50)));
        Assert.Equal([NoAck(0x02, 0x02, 0x00, 0x03, 0x0C, 0x00, 0xF4), NoAck(0x03, 0x02, 0x00, 0x03, 0x09, 0x00, 0xF7)], await device.StopAsync());
    }

    [Fact]
    public async Task Rock_stops_only_its_vibrator()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new TryFunBlackHoleProtocol(), "TF-ROCK");
        Assert.Equal("TryFun Rock", device.Model.Name);
        Assert.Equal([NoAck(0x00, 0x02, 0x00, 0x03, 0x09, 0x00, 0xF7)], await device.StopAsync());
    }

    [Fact]
    public async Task The_packet_counter_wraps_at_256()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new TryFunMeta2Protocol(), "TF-META2");
        for (var i = 0; i < 255; i++)
            device.Translate(new OutputCommand(1, OutputType.Vibrate, 1));
        Assert.Equal(0xFF, ((HardwareWrite)device.Translate(new OutputCommand(1, OutputType.Vibrate, 1)).Single()).Data[0]);
        Assert.Equal(0x00, ((HardwareWrite)device.Translate(new OutputCommand(1, OutputType.Vibrate, 1)).Single()).Data[0]);
    }

    [Theory]
    [InlineData(0, 0xFF)]
    [InlineData(1, 0xFE)]
    [InlineData(100, 0x9B)]
    [InlineData(-1, 0x01)]
    [InlineData(-100, 0x64)]
    public void Meta_2_rotation_flips_the_direction(int speed, int expected) =>
        Assert.Equal(expected, TryFunMeta2Handler.RotationByte(speed));

    [Fact]
    public async Task Meta_2_stop_sends_every_output_in_feature_order()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new TryFunMeta2Protocol(), "TF-META2");
        Assert.Equal(
            [
                NoAck(0x00, 0x02, 0x00, 0x05, 0x21, 0x05, 0x0B, 0x00, 0xCF),
                NoAck(0x01, 0x02, 0x00, 0x05, 0x21, 0x05, 0x08, 0x00, 0xD2),
                NoAck(0x02, 0x02, 0x00, 0x05, 0x21, 0x05, 0x0E, 0xFF, 0xCD),
            ],
            await device.StopAsync());
    }

    [Fact]
    public async Task Unsupported_outputs_are_protocol_errors()
    {
        await using var yuan = await ProtocolTestDevice.ConnectAsync(new TryFunProtocol(), "TRYFUN-ONE");
        Assert.Throws<ProtocolException>(() => yuan.Translate(new OutputCommand(0, OutputType.Constrict, 1)));
        await using var blackHole = await ProtocolTestDevice.ConnectAsync(new TryFunBlackHoleProtocol(), "TF-BHPLUS");
        Assert.Throws<ProtocolException>(() => blackHole.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
        await using var meta = await ProtocolTestDevice.ConnectAsync(new TryFunMeta2Protocol(), "TF-META2");
        Assert.Throws<ProtocolException>(() => meta.Translate(new OutputCommand(0, OutputType.Constrict, 1)));
    }
}
