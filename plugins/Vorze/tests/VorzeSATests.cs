using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Vorze.Tests;

public class VorzeSATests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);

    private static OutputCommand Rotate(int index, int value) => new(index, OutputType.Rotate, value);

    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    [Fact]
    public async Task Single_rotator_full_speed_clockwise_sets_the_direction_bit()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new VorzeSAProtocol(), "CycSA");
        Assert.Equal([Tx(0x01, 0x01, 0xE3)], await device.SendAsync(Rotate(0, 99)));
        Assert.Equal([Tx(0x01, 0x01, 0x01)], await device.SendAsync(Rotate(0, -1)));
    }

    [Fact]
    public async Task Dual_rotator_rejects_a_bad_batch_without_changing_state()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new VorzeSAProtocol(), "UFO-TW");
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([Rotate(1, 10), Vibrate(0, 5)]));
        Assert.Equal([Tx(0x05, 0x85, 0x80)], await device.SendAsync(Rotate(0, 5)));
        Assert.Empty(device.Handler.HandleOutputs([]));
    }

    [Theory]
    [InlineData("Bach smart", 0x06)]
    [InlineData("ROCKET", 0x07)]
    public async Task Single_vibrator_sends_model_vibrate_speed(string name, byte model)
    {
        var device = await ProtocolTestDevice.ConnectAsync(new VorzeSAProtocol(), name);
        Assert.Equal([Tx(model, 0x03, 50)], await device.SendAsync(Vibrate(0, 50)));
        Assert.Equal([Tx(model, 0x03, 100)], await device.SendAsync(Vibrate(0, 100)));
        Assert.Equal([Tx(model, 0x03, 100)], device.RecordedWrites());
        Assert.Equal([Tx(model, 0x03, 0)], await device.StopAsync());
    }

    [Theory]
    [InlineData("OMORFI")]
    [InlineData("OMOR")]
    public async Task Dual_vibrator_sends_both_speeds_in_one_packet(string name)
    {
        var device = await ProtocolTestDevice.ConnectAsync(new VorzeSAProtocol(), name);
        Assert.Equal("Vorze Omorfi", device.Device.Configuration.Name);
        Assert.Equal([Tx(0x09, 40, 0)], await device.SendAsync(Vibrate(0, 40)));
        Assert.Equal([Tx(0x09, 40, 99)], await device.SendAsync(Vibrate(1, 99)));
        Assert.Equal([Tx(0x09, 10, 20)], await device.SendAsync(Vibrate(0, 10), Vibrate(1, 20)));
        Assert.Equal([Tx(0x09, 0, 0)], await device.StopAsync());
        Assert.Equal([Tx(0x09, 0, 0)], device.RecordedWrites());
    }

    [Fact]
    public async Task Piston_derives_speed_from_distance_and_duration()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new VorzeSAProtocol(), "VorzePiston");
        Assert.Equal("Vorze Piston", device.Device.Configuration.Name);

        // 0 → 99 in 500 ms: full stroke 200·500/99 ms ≈ 1010 ms, (1010/6658)^-1.21 ≈ 9.8 → 9.
        Assert.Equal([Tx(0x03, 99, 9)],
            await device.SendAsync(new OutputCommand(0, OutputType.HwPositionWithDuration, 99, 500)));
        // 99 → 49 in 100 ms: 200·100/50 = 400 ms, (400/6658)^-1.21 ≈ 30.1 → 30.
        Assert.Equal([Tx(0x03, 49, 30)],
            await device.SendAsync(new OutputCommand(0, OutputType.HwPositionWithDuration, 49, 100)));
        // Same position again: no distance, full speed.
        Assert.Equal([Tx(0x03, 49, 100)],
            await device.SendAsync(new OutputCommand(0, OutputType.HwPositionWithDuration, 49, 1000)));
        // A zero duration asks for the impossible: capped at full speed.
        Assert.Equal([Tx(0x03, 0, 100)],
            await device.SendAsync(new OutputCommand(0, OutputType.HwPositionWithDuration, 0, 0)));
        Assert.Equal([Tx(0x03, 0, 100)], device.RecordedWrites());
    }

    [Fact]
    public async Task Piston_has_nothing_to_stop()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new VorzeSAProtocol(), "VorzePiston");
        Assert.Empty(await device.StopAsync());
    }

    [Fact]
    public void Piston_speed_curve()
    {
        Assert.Equal(100, PistonSpeed.For(0, 1000));
        Assert.Equal(1, PistonSpeed.For(200, 6658));
        Assert.Equal(0, PistonSpeed.For(200, 100000));
        // Distances above a full stroke are capped.
        Assert.Equal(PistonSpeed.For(200, 1000), PistonSpeed.For(400, 1000));
    }

    [Fact]
    public async Task Wrong_output_type_is_a_protocol_error()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new VorzeSAProtocol(), "CycSA");
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([Vibrate(0, 5)]));
        var bach = await ProtocolTestDevice.ConnectAsync(new VorzeSAProtocol(), "Bach smart");
        Assert.Throws<ProtocolException>(() => bach.Handler.HandleOutputs([Rotate(0, 5)]));
    }

    [Fact]
    public async Task Identifier_is_the_advertised_name()
    {
        var hardware = Sdk.Testing.MemoryHardware.Create("UFOSA", Endpoints.Tx);
        Assert.Equal("UFOSA", await new VorzeSAProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public async Task Unknown_device_name_has_no_handler()
    {
        await Assert.ThrowsAsync<ProtocolException>(() => ProtocolTestDevice.ConnectAsync(new VorzeSAProtocol(), "Mystery"));
    }

    [Theory]
    [InlineData("UFO-TW", VorzePacketLayout.DualRotator, VorzeDeviceCode.UfoTw)]
    [InlineData("ufosa", VorzePacketLayout.SingleRotator, VorzeDeviceCode.Ufo)]
    [InlineData("CycSA", VorzePacketLayout.SingleRotator, VorzeDeviceCode.Cyclone)]
    [InlineData("Bach smart", VorzePacketLayout.SingleVibrator, VorzeDeviceCode.Bach)]
    [InlineData("ROCKET", VorzePacketLayout.SingleVibrator, VorzeDeviceCode.Rocket)]
    [InlineData("OMOR", VorzePacketLayout.DualVibrator, VorzeDeviceCode.Omorfi)]
    [InlineData("VorzePiston", VorzePacketLayout.Piston, VorzeDeviceCode.Piston)]
    public void Model_kind_from_name(string name, VorzePacketLayout layout, VorzeDeviceCode code) =>
        Assert.Equal(new VorzeModelKind(layout, code), VorzeModelKind.FromName(name));
}
