using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Kiiroo.Tests;

public class KiirooV2Tests
{
    [Theory]
    [InlineData("Launch", "Fleshlight Launch")]
    [InlineData("Onyx2", "Kiiroo Onyx 2")]
    public async Task Init_puts_the_firmware_in_command_mode(string name, string model)
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV2Protocol(), name);
        Assert.Equal(model, device.Model.Name);
        Assert.Equal([HardwareCommand.Write(Endpoints.Firmware, [0x00], withResponse: true)], device.RecordedWrites());
    }

    [Fact]
    public async Task Linear_moves_send_position_then_speed()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV2Protocol(), "Launch");
        // Linear position 1.0 → trunc(99 · 1.0) = 99; 0.25 → trunc(24.75) = 24.
        Assert.Equal([TestDevice.Tx(99, 40)], device.Linear(0, 1.0, 500));
        Assert.Equal([TestDevice.Tx(24, 51)], device.Linear(0, 0.25, 300));
        Assert.Equal([TestDevice.Tx(24, 0)], device.Linear(0, 0.25, 300));
        Assert.Equal([TestDevice.Tx(0, 255)], device.Linear(0, 0, 0));
    }

    [Fact]
    public async Task Stop_sends_nothing_and_vibrate_is_refused()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV2Protocol(), "Launch");
        Assert.Empty(device.Handler.HandleStop());
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 10)]));
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.HwPositionWithDuration, 10)]));
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
    }
}
