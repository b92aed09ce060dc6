using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.XInput.Tests;

/// <summary>Byte-exact: the reference's packet, feature 1 (left motor) first, little-endian.</summary>
public sealed class HandlerTests
{
    private static Task<ProtocolTestDevice> ConnectAsync(byte battery = 2)
    {
        var hardware = new MemoryHardware(new DeviceIdentity { Transport = "xinput", Bus = BusKind.XInput, Address = "XInputController1", Name = "XInputController1" }, [Endpoints.Tx, Endpoints.Rx]);
        hardware.SetReadValue(Endpoints.Rx, [battery]);
        return ProtocolTestDevice.ConnectAsync(new XInputProtocol(), hardware);
    }

    [Fact]
    public async Task One_packet_holds_both_motors()
    {
        await using var pad = await ConnectAsync();
        Assert.Equal("XBox (XInput) Compatible Gamepad", pad.Model.Name);
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, [0x00, 0x00, 0xe8, 0x03])], pad.Translate(new OutputCommand(0, OutputType.Vibrate, 1000)));
        // Feature 0 keeps its speed when feature 1 changes.
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, [0xff, 0xff, 0xe8, 0x03])], pad.Translate(new OutputCommand(1, OutputType.Vibrate, 65535)));
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, [0x01, 0x00, 0x02, 0x00])],
            pad.Translate(new OutputCommand(0, OutputType.Vibrate, 2), new OutputCommand(1, OutputType.Vibrate, 1)));
    }

    [Fact]
    public async Task Stop_sets_both_motors_to_0()
    {
        await using var pad = await ConnectAsync();
        pad.Translate(new OutputCommand(0, OutputType.Vibrate, 500));
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, [0, 0, 0, 0])], pad.Handler.HandleStop());
    }

    [Fact]
    public async Task Half_speed_from_a_legacy_float()
    {
        await using var pad = await ConnectAsync();
        // ceil(65535 * 0.5) = 32768 = 0x8000 on feature 0 (the right motor, second).
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, [0, 0, 0x00, 0x80])], pad.Vibrate((0, 0.5)));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 33)]
    [InlineData(2, 66)]
    [InlineData(3, 100)]
    public async Task Battery_levels_map_to_percent(byte level, int percent)
    {
        await using var pad = await ConnectAsync(level);
        Assert.Equal(percent, await pad.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
    }

    [Fact]
    public async Task Other_outputs_are_refused()
    {
        await using var pad = await ConnectAsync();
        Assert.Throws<ProtocolException>(() => pad.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
        Assert.Throws<ProtocolException>(() => pad.Translate(new OutputCommand(2, OutputType.Vibrate, 1)));
    }

    [Fact]
    public void Definition_and_plugin()
    {
        var definition = new XInputProtocol().Definition;
        Assert.NotNull(definition.Communication.Single().Xinput);
        Assert.Equal(2, definition.Defaults.Features!.Count);
        Assert.All(definition.Defaults.Features, f => Assert.Equal(new ValueRange(0, 65535), f.Output![OutputType.Vibrate].Value));
        var builder = new RecordingPluginBuilder();
        new XInputPlugin().Configure(builder);
        Assert.Equal(["xinput"], builder.Transports.Select(t => t.Name));
        Assert.Equal(["xinput"], builder.Protocols.Select(p => p.Name));
    }
}
