using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Kizuna.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(string text) => HardwareCommand.Write(Endpoints.Tx, text);

    private static Task<ProtocolTestDevice> Connect() =>
        ProtocolTestDevice.ConnectAsync(new KizunaProtocol(), "/dev/ttyUSB0", endpoints: [Endpoints.Tx, Endpoints.Rx]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await Connect();
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(1, "1\r\n")]
    [InlineData(5, "5\r\n")]
    [InlineData(9, "9\r\n")]
    public async Task Each_speed_is_its_digit_and_a_line_end(int speed, string line)
    {
        await using var device = await Connect();
        Assert.Equal([Tx(line)], await device.SendAsync(new OutputCommand(0, OutputType.Rotate, speed)));
    }

    [Fact]
    public async Task Stop_writes_0()
    {
        await using var device = await Connect();
        await device.SendAsync(new OutputCommand(0, OutputType.Rotate, 4));
        Assert.Equal([Tx("0\r\n")], await device.StopAsync());
    }

    [Fact]
    public async Task Anything_but_a_rotation_of_0_to_9_is_a_protocol_error()
    {
        await using var device = await Connect();
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Vibrate, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 10)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, -1)));
    }
}
