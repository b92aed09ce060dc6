using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.LoveDistance.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    [Fact]
    public async Task Start_up_writes_the_vibrator_off_then_enables_the_toy()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LoveDistanceProtocol(), "REACH G");
        Assert.Equal("Love Distance Reach G", device.Model.Name);
        Assert.Equal([Tx(0xF3, 0x00, 0x00), Tx(0xF4, 0x01)], device.RecordedWrites());
    }

    [Theory]
    [InlineData(0.5, 61)]
    [InlineData(1.0, 121)]
    [InlineData(0.01, 2)]
    public async Task Vibrate_writes_the_speed(double speed, byte expected)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LoveDistanceProtocol(), "MAG");
        Assert.Equal([Tx(0xF3, 0x00, expected)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, speed)));
        Assert.Equal([Tx(0xF3, 0x00, expected)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_sets_the_vibrator_to_zero()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LoveDistanceProtocol(), "RECEIVE");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 121));
        Assert.Equal([Tx(0xF3, 0x00, 0x00)], await device.StopAsync());
    }

    [Fact]
    public async Task Every_model_takes_its_whole_range()
    {
        foreach (var name in new LoveDistanceProtocol().Definition.Configurations.SelectMany(c => c.Identifier))
        {
            await using var device = await ProtocolTestDevice.ConnectAsync(new LoveDistanceProtocol(), name);
            Assert.Equal([Tx(0xF3, 0x00, 121), Tx(0xF3, 0x00, 0)], device.Translate(device.OutputRangeEnds().ToArray()));
        }
    }

    [Fact]
    public async Task Other_outputs_are_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LoveDistanceProtocol(), "SPAN");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 5)));
    }

    [Fact]
    public async Task A_failed_start_up_write_fails_the_connection()
    {
        var hardware = MemoryHardware.Create("LINK", Endpoints.Rx);
        await Assert.ThrowsAsync<HardwareException>(() => ProtocolTestDevice.ConnectAsync(new LoveDistanceProtocol(), hardware));
    }
}
