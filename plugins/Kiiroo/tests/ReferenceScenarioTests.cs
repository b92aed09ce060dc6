using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Kiiroo.Tests;

/// <summary>The reference server's device test cases for Kiiroo toys, step by step.</summary>
public class ReferenceScenarioTests
{
    [Fact]
    public async Task PowerShot_sends_both_motors_in_one_frame_with_response()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooPowerShotProtocol(), "PowerShot");
        Assert.Equal("Kiiroo PowerShot", device.Model.Name);
        Assert.Empty(device.Hardware.Operations);

        Assert.Equal([TestDevice.TxWithResponse(0x01, 0x00, 0x00, 0x32, 0x00, 0x00)], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.TxWithResponse(0x01, 0x00, 0x00, 0x32, 0x64, 0x00)], device.Vibrate((1, 1.0)));
        Assert.Equal([TestDevice.TxWithResponse(0x01, 0x00, 0x00, 0x00, 0x00, 0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task ProWand_flags_running_and_repeats_the_speed()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooProWandProtocol(), "ProWand");
        Assert.Equal("Kiiroo ProWand", device.Model.Name);
        Assert.Empty(device.Hardware.Operations);

        Assert.Equal([TestDevice.Tx(0x00, 0x00, 0x64, 0xff, 0x80, 0x80)], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.Tx(0x00, 0x00, 0x64, 0xff, 0xff, 0xff)], device.Vibrate((0, 1.0)));
        Assert.Equal([TestDevice.Tx(0x00, 0x00, 0x64, 0x00, 0x00, 0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Spot_puts_the_speed_in_the_last_byte()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooSpotProtocol(), "SPOT W1");
        Assert.Equal("Kiiroo Spot", device.Model.Name);
        Assert.Empty(device.Hardware.Operations);

        Assert.Equal([TestDevice.Tx(0x00, 0xff, 0x00, 0x00, 0x00, 0x32)], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.Tx(0x00, 0xff, 0x00, 0x00, 0x00, 0x64)], device.Vibrate((0, 1.0)));
        Assert.Equal([TestDevice.Tx(0x00, 0xff, 0x00, 0x00, 0x00, 0x00)], device.Handler.HandleStop());
    }
}
