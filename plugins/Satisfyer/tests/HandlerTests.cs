using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Satisfyer.Tests;

public class HandlerTests
{
    private static Task<ProtocolTestDevice> DualAsync() => TestDevice.ConnectAsync(TestDevice.CreateHardware([0x00, 0x00, 0x27, 0xB0]));

    [Fact]
    public async Task Stop_of_a_stopped_toy_sends_nothing()
    {
        await using var device = await DualAsync();
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Stop_after_one_vibrator_returned_to_rest_still_clears_the_other()
    {
        await using var device = await DualAsync();
        device.Vibrate((0, 1.0), (1, 1.0));
        Assert.Equal([TestDevice.Tx(0, 0, 0, 0, 100, 100, 100, 100)], device.Vibrate((0, 0)));
        Assert.Equal([TestDevice.Tx(0, 0, 0, 0, 0, 0, 0, 0)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task No_commands_no_packet()
    {
        await using var device = await DualAsync();
        Assert.Empty(device.Handler.HandleOutputs([]));
    }

    [Fact]
    public async Task Unsupported_output_is_refused_and_leaves_the_speeds_alone()
    {
        await using var device = await DualAsync();
        var error = Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs(
            [new OutputCommand(0, OutputType.Vibrate, 40), new OutputCommand(1, OutputType.Rotate, 10)]));
        Assert.Contains("Rotate", error.Message, StringComparison.Ordinal);
        Assert.Equal([TestDevice.Tx(0, 0, 0, 0, 5, 5, 5, 5)], device.Vibrate((1, 0.05)));
    }

    [Fact]
    public async Task Vibrator_beyond_the_model_is_refused()
    {
        await using var device = await DualAsync();
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(2, OutputType.Vibrate, 10)]));
    }

    [Fact]
    public async Task Battery_is_not_offered()
    {
        await using var device = await DualAsync();
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("250", 250)]
    [InlineData("0", null)]
    [InlineData("soon", null)]
    public void Keep_alive_interval_comes_from_configuration(string? text, int? expectedMs) =>
        Assert.Equal(
            expectedMs is null ? null : TimeSpan.FromMilliseconds(expectedMs.Value),
            SatisfyerPlugin.ReadKeepAliveInterval(text, NullLogger.Instance));
}
