using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.NextLevelRacing.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(string text) => HardwareCommand.Write(Endpoints.Tx, text);

    private static OutputCommand Motor(int index, int value) => new(index, OutputType.Vibrate, value);

    private static Task<ProtocolTestDevice> Connect() =>
        ProtocolTestDevice.ConnectAsync(new NextLevelRacingProtocol(), "COM3", endpoints: [Endpoints.Tx, Endpoints.Rx]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await Connect();
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Each_motor_is_a_line_with_its_index_and_decimal_speed()
    {
        await using var device = await Connect();
        Assert.Equal([Tx("M0255\r"), Tx("M71\r"), Tx("M340\r")], await device.SendAsync(Motor(0, 255), Motor(7, 1), Motor(3, 40)));
    }

    [Fact]
    public async Task Stop_brings_every_motor_not_at_rest_to_0()
    {
        await using var device = await Connect();
        await device.SendAsync(Motor(2, 128), Motor(5, 9));
        await device.SendAsync(Motor(5, 0));
        // Motors never driven are not known to be at rest: the first stop writes them too.
        Assert.Equal([Tx("M00\r"), Tx("M10\r"), Tx("M20\r"), Tx("M30\r"), Tx("M40\r"), Tx("M60\r"), Tx("M70\r")], await device.StopAsync());
        await device.SendAsync(Motor(6, 200));
        Assert.Equal([Tx("M60\r")], await device.StopAsync());
    }

    [Fact]
    public async Task Anything_but_vibrate_is_a_protocol_error()
    {
        await using var device = await Connect();
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
