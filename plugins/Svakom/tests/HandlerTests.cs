using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using static ButtplugHost.Plugins.Svakom.Tests.TestDevice;

namespace ButtplugHost.Plugins.Svakom.Tests;

public class HandlerTests
{
    [Fact]
    public async Task Unsupported_output_is_refused_and_leaves_the_state_alone()
    {
        var device = await ConnectAsync("svakom-v4", "ERICA");
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs(
            [new OutputCommand(0, OutputType.Vibrate, 9), new OutputCommand(1, OutputType.Rotate, 1)]));
        Assert.Equal([Tx(0x55, 0x03, 0x02, 0x00, 0x01, 0x02, 0x00)], device.Vibrate((1, 0.2)));
    }

    [Fact]
    public async Task Vibrator_the_variant_cannot_address_is_refused()
    {
        var v4 = await ConnectAsync("svakom-v4", "ERICA");
        Assert.Throws<ProtocolException>(() => v4.Handler.HandleOutputs([new OutputCommand(2, OutputType.Vibrate, 1)]));
        var iker = await ConnectAsync("svakom-iker", "Iker");
        Assert.Throws<ProtocolException>(() => iker.Handler.HandleOutputs([new OutputCommand(2, OutputType.Vibrate, 1)]));
    }

    [Fact]
    public async Task Value_beyond_a_byte_is_refused()
    {
        var device = await ConnectAsync("svakom-dice", "ZhiAi");
        var error = Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 256)]));
        Assert.Contains("256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_twice_sends_nothing_the_second_time()
    {
        var device = await ConnectAsync("svakom-v5", "Mora Neo");
        Assert.Equal(2, device.Stop().Count);
        Assert.Empty(device.Stop());
        Assert.Empty(device.Handler.HandleOutputs([]));
    }

    [Fact]
    public async Task No_inputs_are_offered()
    {
        var device = await ConnectAsync("svakom-v1", "Aogu SCB");
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
    }

    [Fact]
    public void Unknown_protocol_name_is_an_argument_error() =>
        Assert.Throws<ArgumentException>(() => SvakomProtocol.Named("svakom-v7"));
}
