using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Youcups.Tests;

public class HandlerTests
{
    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new YoucupsProtocol(), "Youcups");
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(1, "$SYS,1?")]
    [InlineData(8, "$SYS,8?")]
    public async Task Every_speed_is_one_text_command(int speed, string text)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new YoucupsProtocol(), "Youcups");
        HardwareCommand[] expected = [HardwareCommand.Write(Endpoints.Tx, text)];
        Assert.Equal(expected, await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, speed)));
        Assert.Equal(expected, device.RecordedWrites());
        Assert.False(((HardwareWrite)expected[0]).WithResponse);
    }

    [Fact]
    public async Task Stop_is_speed_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new YoucupsProtocol(), "Youcups");
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, "$SYS,0?")], await device.StopAsync());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new YoucupsProtocol(), "Youcups");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Oscillate, 5)));
    }
}
