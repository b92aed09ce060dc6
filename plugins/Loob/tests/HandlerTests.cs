using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Loob.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    private static OutputCommand Move(int position, uint duration) => new(0, OutputType.HwPositionWithDuration, position, duration);

    private static Task<ProtocolTestDevice> Connect() => ProtocolTestDevice.ConnectAsync(new LoobProtocol(), "LOOB");

    [Fact]
    public async Task Start_up_moves_to_1_in_500_ms_acknowledged()
    {
        await using var device = await Connect();
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, [0x00, 0x01, 0x01, 0xF4], withResponse: true)], device.RecordedWrites());
    }

    [Fact]
    public async Task A_move_is_position_and_duration_as_big_endian_words()
    {
        await using var device = await Connect();
        Assert.Equal([Tx(0x01, 0xFE, 0x00, 0xC8)], await device.SendAsync(Move(510, 200)));
        Assert.Equal([Tx(0x03, 0xE8, 0x00, 0x32)], await device.SendAsync(Move(1000, 50)));
    }

    [Fact]
    public async Task Position_0_is_sent_as_1_and_duration_0_as_1()
    {
        await using var device = await Connect();
        Assert.Equal([Tx(0x00, 0x01, 0x00, 0x01)], device.Translate(Move(0, 0)));
    }

    [Fact]
    public async Task A_duration_beyond_the_word_is_held_at_65535()
    {
        await using var device = await Connect();
        Assert.Equal([Tx(0x01, 0xF4, 0xFF, 0xFF)], device.Translate(Move(500, 100_000)));
        Assert.Equal([Tx(0x01, 0xF4, 0xFF, 0xFF)], device.Translate(Move(500, 65_535)));
    }

    [Fact]
    public async Task Stop_leaves_the_stroker_where_it_is()
    {
        await using var device = await Connect();
        await device.SendAsync(Move(700, 300));
        Assert.Empty(await device.StopAsync());
    }

    [Fact]
    public async Task Anything_but_a_timed_position_is_a_protocol_error()
    {
        await using var device = await Connect();
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Vibrate, 1)));
    }
}
