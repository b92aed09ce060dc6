using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.MysteryVibe.Tests;

public class HandlerTests
{
    private static HardwareCommand Vibe(params byte[] data) => HardwareCommand.Write(Endpoints.TxVibrate, data);

    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    // A fake clock that never moves: no keep-alive interferes with these tests.
    private static Task<ProtocolTestDevice> ConnectAsync(string name) =>
        ProtocolTestDevice.ConnectAsync(new MysteryVibeV2Protocol(new FakeTimeProvider()), name);

    [Theory]
    [InlineData("6907 MV1", 3)]
    [InlineData("6908 MV1", 6)]
    [InlineData("6909 MV2", 4)]
    [InlineData("6914 MV1", 4)]
    [InlineData("6915 MV1", 1)]
    public async Task Start_up_sets_the_mode_then_stops_every_motor(string name, int motors)
    {
        await using var device = await ConnectAsync(name);
        Assert.Equal([HardwareCommand.Write(Endpoints.TxMode, [0x03, 0x02, 0x40], withResponse: true), Vibe(new byte[motors])], device.RecordedWrites());
    }

    [Fact]
    public async Task Every_packet_carries_every_motor()
    {
        await using var device = await ConnectAsync("6909 MV1");
        Assert.Equal([Vibe(0x00, 0x38, 0x00, 0x00)], await device.SendAsync(Vibrate(1, 56)));
        Assert.Equal([Vibe(0x00, 0x38, 0x00, 0x00)], device.RecordedWrites());
        Assert.Equal([Vibe(0x01, 0x38, 0x02, 0x03)], device.Translate(Vibrate(0, 1), Vibrate(2, 2), Vibrate(3, 3)));
        Assert.Equal([Vibe(0x00, 0x00, 0x00, 0x00)], await device.StopAsync());
    }

    [Fact]
    public async Task Other_outputs_and_missing_motors_are_protocol_errors()
    {
        await using var device = await ConnectAsync("6915 MV1");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(Vibrate(1, 1)));
        Assert.Equal([Vibe(0x00)], device.Handler.HandleStop());
    }
}
