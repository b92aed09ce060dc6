using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.JoyHub.Tests;

public class HandlerTests
{
    internal static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    private static OutputCommand Out(int feature, OutputType type, int value) => new(feature, type, value);

    internal static Task<ProtocolTestDevice> Connect(string name, TimeProvider? time = null) =>
        ProtocolTestDevice.ConnectAsync(new JoyHubProtocol(time), name);

    [Fact]
    public async Task There_is_no_initialisation()
    {
        await using var device = await Connect("J-MoonHorn");
        Assert.Empty(device.Hardware.Operations);
    }

    [Theory]
    [InlineData(0, OutputType.Vibrate, "J-MoonHorn", 0)]
    [InlineData(1, OutputType.Vibrate, "J-Diego", 1)]
    [InlineData(2, OutputType.Vibrate, "J-Petalwish2", 2)]
    [InlineData(3, OutputType.Oscillate, "J-Ringstar", 3)]
    [InlineData(2, OutputType.Rotate, "J-Virtuoso", 2)]
    [InlineData(3, OutputType.Rotate, "J-RoseLin", 3)]
    public async Task A_motor_s_speed_goes_in_its_feature_s_slot(int feature, OutputType type, string name, int slot)
    {
        await using var device = await Connect(name);
        var expected = new byte[] { 0xA0, 0x03, 0, 0, 0, 0, 0xAA };
        expected[2 + slot] = 0xC8;
        Assert.Equal([Tx(expected)], await device.SendAsync(Out(feature, type, 200)));
        Assert.Equal([Tx(expected)], device.RecordedWrites());
    }

    [Fact]
    public async Task The_motor_packet_carries_every_motor_s_latest_speed()
    {
        await using var device = await Connect("J-Diego");
        Assert.Equal([Tx(0xA0, 0x03, 0x10, 0x00, 0x00, 0x00, 0xAA)], device.Translate(Out(0, OutputType.Oscillate, 0x10)));
        Assert.Equal([Tx(0xA0, 0x03, 0x10, 0x20, 0x00, 0x00, 0xAA)], device.Translate(Out(1, OutputType.Vibrate, 0x20)));
        // Both at once: one packet.
        Assert.Equal([Tx(0xA0, 0x03, 0xFF, 0x01, 0x00, 0x00, 0xAA)], device.Translate(Out(0, OutputType.Oscillate, 0xFF), Out(1, OutputType.Vibrate, 0x01)));
    }

    [Theory]
    [InlineData(5, OutputType.Constrict, 9, new byte[] { 0xA0, 0x0D, 0x00, 0x00, 0x09, 0xFF })]
    [InlineData(5, OutputType.Constrict, 0, new byte[] { 0xA0, 0x0D, 0x00, 0x00, 0x00, 0xFF })]
    [InlineData(6, OutputType.Temperature, 1, new byte[] { 0xA0, 0x04, 0x01, 0x00, 0x01, 0xFF })]
    [InlineData(6, OutputType.Temperature, 0, new byte[] { 0xA0, 0x04, 0x00, 0x00, 0x00, 0x00 })]
    public async Task Moon_horn_suction_and_heater(int feature, OutputType type, int value, byte[] packet)
    {
        await using var device = await Connect("J-MoonHorn");
        Assert.Equal([Tx(packet)], device.Translate(Out(feature, type, value)));
    }

    [Theory]
    [InlineData(4, new byte[] { 0xA0, 0x07, 0x01, 0x00, 0x04, 0xFF })]
    [InlineData(1, new byte[] { 0xA0, 0x07, 0x01, 0x00, 0x01, 0xFF })]
    [InlineData(0, new byte[] { 0xA0, 0x07, 0x00, 0x00, 0x00, 0xFF })]
    public async Task Suction_on_feature_4_has_its_own_packet_with_an_on_flag(int level, byte[] packet)
    {
        await using var device = await Connect("J-RoseLin");
        Assert.Equal([Tx(packet)], device.Translate(Out(4, OutputType.Constrict, level)));
    }

    [Theory]
    [InlineData(1, new byte[] { 0xA0, 0x14, 0x01, 0x00, 0x01, 0xFF })]
    [InlineData(0, new byte[] { 0xA0, 0x14, 0x00, 0x00, 0x00, 0x00 })]
    public async Task Light(int value, byte[] packet)
    {
        await using var device = await Connect("J-Rainbow");
        Assert.Equal([Tx(packet)], device.Translate(Out(6, OutputType.Led, value)));
    }

    [Fact]
    public async Task Stop_brings_every_output_not_at_rest_to_zero()
    {
        await using var device = await Connect("J-Rainbow");
        device.Translate(Out(0, OutputType.Vibrate, 100), Out(6, OutputType.Led, 1));
        Assert.Equal([Tx(0xA0, 0x03, 0, 0, 0, 0, 0xAA), Tx(0xA0, 0x14, 0, 0, 0, 0)], device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
        device.Translate(Out(6, OutputType.Led, 1));
        Assert.Equal([Tx(0xA0, 0x14, 0, 0, 0, 0)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Stop_of_two_motors_is_one_packet()
    {
        await using var device = await Connect("J-Diego");
        device.Translate(Out(0, OutputType.Oscillate, 5), Out(1, OutputType.Vibrate, 6));
        // Oscillate, vibrate, heater (never set, so not known to be off).
        Assert.Equal([Tx(0xA0, 0x03, 0, 0, 0, 0, 0xAA), Tx(0xA0, 0x04, 0, 0, 0, 0)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task A_motor_beyond_feature_3_or_an_unknown_output_is_a_protocol_error()
    {
        await using var device = await Connect("J-MoonHorn");
        Assert.Throws<ProtocolException>(() => device.Translate(Out(4, OutputType.Vibrate, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(Out(0, OutputType.Position, 1)));
    }

    [Fact]
    public async Task Unknown_names_get_the_default_vibrator()
    {
        await using var device = await Connect("J-Future");
        Assert.False(device.Model.IsKnownModel);
        Assert.Equal("JoyHub Device", device.Model.Name);
        Assert.Equal([Tx(0xA0, 0x03, 0x80, 0, 0, 0, 0xAA)], device.Vibrate((0, 0.5)));
    }
}
