using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Htk.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(byte mode) => HardwareCommand.Write(Endpoints.Tx, [mode]);

    private static OutputCommand Cup(int index, int value) => new(index, OutputType.Vibrate, value);

    private static Task<ProtocolTestDevice> Connect() => ProtocolTestDevice.ConnectAsync(new HtkBmProtocol(), "HTK-BLE-BM001");

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await Connect();
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task One_mode_byte_says_which_cups_run()
    {
        await using var device = await Connect();
        Assert.Equal([Tx(12)], await device.SendAsync(Cup(0, 1)));
        Assert.Equal([Tx(11)], await device.SendAsync(Cup(1, 1)));
        Assert.Equal([Tx(13)], await device.SendAsync(Cup(0, 0)));
        Assert.Equal([Tx(15)], await device.SendAsync(Cup(1, 0)));
    }

    [Fact]
    public async Task Outputs_that_take_effect_together_are_one_packet()
    {
        await using var device = await Connect();
        Assert.Equal([Tx(11)], await device.SendAsync(Cup(0, 1), Cup(1, 1)));
        Assert.Equal([Tx(15)], await device.StopAsync());
    }

    [Fact]
    public async Task Stop_of_a_resting_toy_writes_nothing_after_the_first()
    {
        await using var device = await Connect();
        Assert.Equal([Tx(15)], await device.StopAsync());
        Assert.Empty(await device.StopAsync());
        await device.SendAsync(Cup(1, 1));
        Assert.Equal([Tx(15)], await device.StopAsync());
    }

    [Fact]
    public async Task Anything_but_vibrate_is_a_protocol_error()
    {
        await using var device = await Connect();
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(Cup(2, 1)));
    }
}
