using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Hismith.Tests;

public class HismithMiniTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    private static OutputCommand Out(int index, OutputType type, int value) => new(index, type, value);

    [Fact]
    public async Task Two_vibrators_use_channels_three_and_five()
    {
        var device = await TestDevice.ConnectAsync(new HismithMiniProtocol(), "Eropair Rabbit", 0x31, 0x01);
        Assert.Equal("Eropair Rabbit Vibrator", device.Device.Configuration.Name);
        Assert.Equal([Tx(0xCC, 0x03, 0x14, 0x17), Tx(0xCC, 0x05, 0x1e, 0x23)],
            await device.SendAsync(Out(0, OutputType.Vibrate, 20), Out(1, OutputType.Vibrate, 30)));
        Assert.Equal([Tx(0xCC, 0x03, 0x00, 0x03), Tx(0xCC, 0x05, 0x00, 0x05)], await device.StopAsync());
    }

    [Theory]
    [InlineData(0x31, 0x02, "Eropair Thrusting Vibrating Dildo")]
    [InlineData(0x22, 0x02, "Sinloli Ethel")]
    public async Task Thruster_with_a_vibrator(byte hi, byte lo, string name)
    {
        var device = await TestDevice.ConnectAsync(new HismithMiniProtocol(), "Eropair X", hi, lo);
        Assert.Equal(name, device.Device.Configuration.Name);
        Assert.Equal([Tx(0xCC, 0x03, 0x28, 0x2b), Tx(0xCC, 0x05, 0x64, 0x69)],
            await device.SendAsync(Out(0, OutputType.Oscillate, 40), Out(1, OutputType.Vibrate, 100)));
    }

    [Fact]
    public async Task Air_pump_as_second_feature_uses_channel_five()
    {
        var device = await TestDevice.ConnectAsync(new HismithMiniProtocol(), "Sinloli Cosima", 0x22, 0x04);
        Assert.Equal("Sinloli Cosima", device.Device.Configuration.Name);
        Assert.Equal([Tx(0xCC, 0x03, 0x05, 0x08), Tx(0xCC, 0x05, 0x07, 0x0c)],
            await device.SendAsync(Out(0, OutputType.Oscillate, 5), Out(1, OutputType.Constrict, 7)));
        Assert.Equal([Tx(0xCC, 0x03, 0x00, 0x03), Tx(0xCC, 0x05, 0x00, 0x05)], await device.StopAsync());
    }

    [Fact]
    public async Task Air_pump_as_first_feature_uses_channel_three()
    {
        var device = await TestDevice.ConnectAsync(new HismithMiniProtocol(), "Eropair Cup", 0x21, 0x01);
        Assert.Equal("Eropair Cup", device.Device.Configuration.Name);
        Assert.Equal([Tx(0xCC, 0x03, 0x07, 0x0a)], await device.SendAsync(Out(0, OutputType.Constrict, 7)));
    }

    [Fact]
    public async Task Piupiu_sprays_and_has_nothing_to_stop()
    {
        var device = await TestDevice.ConnectAsync(new HismithMiniProtocol(), "Hismith Piupiu", 0x40, 0x02);
        Assert.Equal("Sinloli Piupiu", device.Device.Configuration.Name);
        Assert.Equal([Tx(0xCC, 0x0B, 0x01, 0x0C)], await device.SendAsync(Out(0, OutputType.Spray, 1)));
        Assert.Equal([Tx(0xCC, 0x0B, 0x01, 0x0C)], device.RecordedWrites());
        Assert.Empty(await device.StopAsync());
    }

    [Fact]
    public async Task Unknown_model_oscillates_with_mini_packets()
    {
        var device = await TestDevice.ConnectAsync(new HismithProtocol(), "HISMITH", 0x99, 0x99);
        Assert.False(device.Device.Configuration.IsKnownModel);
        Assert.Equal([Tx(0xCC, 0x03, 0x01, 0x04)], await device.SendAsync(Out(0, OutputType.Oscillate, 1)));
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error()
    {
        var device = await TestDevice.ConnectAsync(new HismithMiniProtocol(), "Auxfun-Box", 0x40, 0x01);
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([Out(0, OutputType.Led, 5)]));
    }
}
