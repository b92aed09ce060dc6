using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Sexverse.Tests;

/// <summary>sexverse-v2 to v5: a packet per motor, byte for byte.</summary>
public class MotorPacketTests
{
    private static HardwareCommand Tx(bool ack, params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, ack);

    private static OutputCommand Out(int index, OutputType type, int value) => new(index, type, value);

    [Fact]
    public async Task V2_starts_with_AA_04_and_numbers_motors_from_1()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV2Protocol(), "NBQ-B619RX");
        Assert.Equal([Tx(true, 0xAA, 0x04)], device.RecordedWrites());
        Assert.Equal([Tx(true, 0xAA, 0x03, 0x01, 0x01, 0x64, 0x14), Tx(true, 0xAA, 0x03, 0x01, 0x03, 0x64, 0x07)],
            device.Translate(Out(0, OutputType.Oscillate, 20), Out(2, OutputType.Vibrate, 7)));
        // Every motor not known to be at rest is stopped: the receiver vibrator (feature 1) was never set.
        Assert.Equal([Tx(true, 0xAA, 0x03, 0x01, 0x01, 0x64, 0x00), Tx(true, 0xAA, 0x03, 0x01, 0x02, 0x64, 0x00), Tx(true, 0xAA, 0x03, 0x01, 0x03, 0x64, 0x00)],
            device.Handler.HandleStop());
        // Now all are at rest: a second stop sends nothing.
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task V2_single_vibrator_and_unsupported_outputs()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV2Protocol(), "LB-W01");
        Assert.Equal([Tx(true, 0xAA, 0x03, 0x01, 0x01, 0x64, 0x0A)], device.Translate(Out(0, OutputType.Vibrate, 10)));
        Assert.Throws<ProtocolException>(() => device.Translate(Out(0, OutputType.Rotate, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(Out(1, OutputType.Vibrate, 1)));
    }

    [Fact]
    public async Task V3_packets_put_the_speed_before_the_motor()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV3Protocol(new FakeTimeProvider()), "TA-S001A");
        Assert.Empty(device.RecordedWrites());
        Assert.Equal([Tx(true, 0xA1, 0x04, 0x14, 0x01)], await device.SendAsync(Out(0, OutputType.Vibrate, 20)));
        Assert.Equal([Tx(true, 0xA1, 0x04, 0x03, 0x02)], await device.SendAsync(Out(1, OutputType.Oscillate, 3)));
        Assert.Equal([Tx(true, 0xA1, 0x04, 0x00, 0x01), Tx(true, 0xA1, 0x04, 0x00, 0x02)], await device.StopAsync());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Theory]
    [InlineData("TAY001")]
    [InlineData("TAY006")]
    [InlineData("TAY009")]
    public async Task V3_tay_vibrator(string name)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV3Protocol(new FakeTimeProvider()), name);
        Assert.Equal([Tx(true, 0xA1, 0x04, 0x0B, 0x01)], device.Translate(Out(0, OutputType.Vibrate, 11)));
        Assert.Throws<ProtocolException>(() => device.Translate(Out(0, OutputType.Oscillate, 1)));
    }

    [Theory]
    [InlineData("CFG1 vibrator")]
    [InlineData("HJ2024N01")]
    [InlineData("BC1847")]
    [InlineData("BC1816")]
    public async Task V4_vibrator(string name)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV4Protocol(), name);
        Assert.Empty(device.RecordedWrites());
        Assert.Equal([Tx(true, 0xBB, 0x01, 0x63, 0x66)], await device.SendAsync(Out(0, OutputType.Vibrate, 99)));
        Assert.Equal([Tx(true, 0xBB, 0x01, 0x00, 0x66)], await device.StopAsync());
    }

    [Theory]
    [InlineData("CBW02")]
    [InlineData("CB-WXW03")]
    public async Task V5_vibrator_unacknowledged(string name)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV5Protocol(), name);
        Assert.Empty(device.RecordedWrites());
        Assert.Equal([Tx(false, 0xAA, 0x03, 0x03, 0x64, 0x00, 0x00, 0x00)], device.Translate(Out(0, OutputType.Vibrate, 100)));
        Assert.Equal([Tx(false, 0xAA, 0x03, 0x03, 0x00, 0x00, 0x00, 0x00)], device.Handler.HandleStop());
        Assert.Throws<ProtocolException>(() => device.Translate(Out(0, OutputType.Constrict, 1)));
    }

    [Fact]
    public async Task A_stop_before_any_command_stops_every_motor()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV2Protocol(), "HH010");
        Assert.Equal([Tx(true, 0xAA, 0x03, 0x01, 0x01, 0x64, 0x00), Tx(true, 0xAA, 0x03, 0x01, 0x02, 0x64, 0x00)], device.Handler.HandleStop());
    }
}
