using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Foreo.Tests;

public class ForeoTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);

    private static OutputCommand Vibrate(int speed) => new(0, OutputType.Vibrate, speed);

    [Theory]
    [InlineData("LUNA PLAYSMART2", 3)]
    [InlineData("LUNA play smart 2", 3)]
    [InlineData("LUNA PLAY SMART2", 3)]
    [InlineData("FOFO", 1)]
    [InlineData("LUNA fofo", 1)]
    [InlineData("UFO", 1)]
    [InlineData("UFO3mini", 1)]
    [InlineData("UFOMINI2", 1)]
    [InlineData("LUNA PLAY SMART", 0)]
    [InlineData("LUNA 3", 0)]
    [InlineData("LUNA 4 mini", 0)]
    [InlineData("BEAR2", 0)]
    [InlineData("KIWI derma", 0)]
    [InlineData(null, 0)]
    public void The_mode_byte_follows_the_advertised_name(string? name, byte mode) => Assert.Equal(mode, ForeoMode.FromName(name));

    [Theory]
    [InlineData("LUNA play smart2", 3)]
    [InlineData("UFO 2", 1)]
    [InlineData("BEAR 2", 0)]
    public async Task Vibrate_writes_command_mode_speed_with_response(string name, byte mode)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ForeoProtocol(), name);
        Assert.Empty(device.Hardware.Operations);
        Assert.Equal([Tx(0x01, mode, 0x0A)], await device.SendAsync(Vibrate(10)));
        Assert.Equal([Tx(0x01, mode, 0x0A)], device.RecordedWrites());
        Assert.Equal([Tx(0x01, mode, 0x03)], device.Translate(Vibrate(3)));
        Assert.Equal([Tx(0x01, mode, 0x00)], await device.StopAsync());
    }

    [Fact]
    public async Task A_vibrator_already_at_rest_is_not_stopped_again()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ForeoProtocol(), "KIWI");
        Assert.Equal([Tx(0x01, 0x00, 0x00)], device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
        device.Translate(Vibrate(7));
        Assert.Equal([Tx(0x01, 0x00, 0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task An_unknown_name_gets_the_default_model_and_mode_zero()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ForeoProtocol(), "UFO3led");
        Assert.False(device.Model.IsKnownModel);
        Assert.Equal("Foreo Device", device.Model.Name);
        // "ufo" in the name: mode 1.
        Assert.Equal([Tx(0x01, 0x01, 0x02)], device.Translate(Vibrate(2)));
    }

    [Fact]
    public async Task Any_other_output_is_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ForeoProtocol(), "UFO");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }

    [Fact]
    public async Task There_are_no_inputs()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new ForeoProtocol(), "UFO");
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
    }
}
