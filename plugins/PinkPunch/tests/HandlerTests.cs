using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.PinkPunch.Tests;

public class HandlerTests
{
    private static HardwareCommand Speed(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0x09, speed], withResponse: true);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PinkPunchProtocol(), "PinkPunch_Peachu");
        Assert.Equal("Pink Punch Peachu", device.Model.Name);
        Assert.Empty(device.Hardware.Operations);
    }

    [Fact]
    public async Task Vibrate_writes_the_speed_with_response_and_stop_writes_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PinkPunchProtocol(), "Pink_Punch");
        Assert.Equal([Speed(50)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Speed(50)], device.RecordedWrites());
        Assert.Equal([Speed(100)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 100)));
        Assert.Equal([Speed(0)], await device.StopAsync());
        Assert.Equal([Speed(0)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_of_a_resting_vibrator_sends_nothing()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PinkPunchProtocol(), "Pink_Punch");
        Assert.Equal([Speed(0)], device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PinkPunchProtocol(), "Pink_Punch");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 5)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(1, OutputType.Vibrate, 5)));
    }
}
