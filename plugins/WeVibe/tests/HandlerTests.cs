using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.WeVibe.Tests;

/// <summary>Behaviour beyond the reference scenarios: state kept between commands, bad input, extremes.</summary>
public class HandlerTests
{
    [Fact]
    public async Task A_change_to_one_motor_resends_the_other_motors_last_speed()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new WeVibe8BitProtocol(), "Vector");
        device.Handler.HandleOutputs([new OutputCommand(1, OutputType.Vibrate, 4)]);
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x07, 0x0a, 0x03, 0x00, 0x00)],
            device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 7)]));
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x03, 0x0a, 0x01, 0x00, 0x00)],
            device.Handler.HandleOutputs([new OutputCommand(1, OutputType.Vibrate, 0)]));
    }

    [Theory]
    [InlineData("wevibe", "4plus", 15, 15, 0xff, 0x00, 0x03)]
    [InlineData("wevibe", "4plus", 1, 0, 0x10, 0x00, 0x03)]
    [InlineData("wevibe-8bit", "Nova 2", 27, 27, 30, 30, 0x03)]
    [InlineData("wevibe-chorus", "Sync 2", 30, 1, 30, 1, 0x03)]
    [InlineData("wevibe-chorus", "Sync 2", 30, 0, 30, 0, 0x01)]
    public async Task Full_range_speeds_encode_as_the_reference_does(string protocolName, string name, int internalSpeed, int externalSpeed, int b3, int b4, int b5)
    {
        var device = await ProtocolTestDevice.ConnectAsync(ProtocolNamed(protocolName), name);
        var commands = device.Handler.HandleOutputs(
            [new OutputCommand(0, OutputType.Vibrate, internalSpeed), new OutputCommand(1, OutputType.Vibrate, externalSpeed)]);
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, (byte)b3, (byte)b4, (byte)b5, 0x00, 0x00)], commands);
    }

    [Fact]
    public async Task Stop_after_stop_still_sends_the_off_frame()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new WeVibeChorusProtocol(), "Sync O");
        var off = TestDevice.Tx(0x0f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00);
        Assert.Equal([off], device.Handler.HandleStop());
        Assert.Equal([off], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Single_motor_toys_reject_a_second_motor_and_other_outputs()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new WeVibeProtocol(), "Pivot");
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(1, OutputType.Vibrate, 3)]));
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Rotate, 3)]));
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 300)]));
        // A rejected batch leaves the state untouched.
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x22, 0x00, 0x03, 0x00, 0x00)],
            device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 2)]));
    }

    [Fact]
    public async Task No_commands_means_no_writes()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new WeVibeProtocol(), "4plus");
        Assert.Empty(device.Handler.HandleOutputs([]));
    }

    [Fact]
    public async Task Unknown_names_fall_back_to_the_protocol_defaults()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new WeVibe8BitProtocol(), "Some New Toy");
        Assert.False(device.Model.IsKnownModel);
        Assert.Equal("WeVibe 8-bit Device", device.Model.Name);
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x0f, 0x0f, 0x03, 0x00, 0x00)], device.Vibrate((0, 1.0)));
    }

    private static IProtocol ProtocolNamed(string name) => name switch
    {
        "wevibe" => new WeVibeProtocol(),
        "wevibe-8bit" => new WeVibe8BitProtocol(),
        "wevibe-chorus" => new WeVibeChorusProtocol(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
