using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Meese.Tests;

public class HandlerTests
{
    private static HardwareCommand Motor(byte motor, byte speed) => HardwareCommand.Write(Endpoints.Tx, [0x01, 0x80, motor, speed], withResponse: true);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MeeseProtocol(), "Meese-cd");
        Assert.Empty(device.Hardware.Operations);
    }

    [Fact]
    public async Task Each_vibrator_is_its_own_acknowledged_packet()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MeeseProtocol(), "Meese-V389");
        Assert.Equal([Motor(1, 5)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Motor(1, 5)], device.RecordedWrites());
        Assert.Equal([Motor(1, 10), Motor(2, 3)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 10), new OutputCommand(1, OutputType.Vibrate, 3)));
        Assert.Equal([Motor(1, 0), Motor(2, 0)], await device.StopAsync());
        Assert.Equal([Motor(1, 0), Motor(2, 0)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_leaves_out_a_vibrator_already_at_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MeeseProtocol(), "Meese-V389");
        device.Translate(new OutputCommand(0, OutputType.Vibrate, 4), new OutputCommand(1, OutputType.Vibrate, 0));
        Assert.Equal([Motor(1, 0)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Outputs_the_model_lacks_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MeeseProtocol(), "Meese-cd");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(1, OutputType.Vibrate, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
