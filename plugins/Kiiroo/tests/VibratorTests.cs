using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Kiiroo.Tests;

/// <summary>kiiroo-v2-vibrator, and the vibrators' battery reads and error cases.</summary>
public class VibratorTests
{
    [Fact]
    public async Task V2_vibrator_always_sends_three_motor_bytes()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV2VibratorProtocol(), "Pearl2");
        Assert.Equal("Kiiroo Pearl 2", device.Model.Name);
        Assert.Empty(device.Hardware.Operations);
        Assert.Equal([TestDevice.Tx(0x32, 0x00, 0x00)], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.Tx(0x00, 0x00, 0x00)], device.Handler.HandleStop());
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(1, OutputType.Vibrate, 50)]));
    }

    [Fact]
    public async Task V2_vibrator_keeps_each_motor_until_changed()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV2VibratorProtocol(), "Virtual Blowbot");
        Assert.Equal([TestDevice.Tx(0x0a, 0x14, 0x1e)], device.Vibrate((0, 0.1), (1, 0.2), (2, 0.3)));
        Assert.Equal([TestDevice.Tx(0x0a, 0x64, 0x1e)], device.Vibrate((1, 1.0)));
        Assert.Equal([TestDevice.Tx(0x00, 0x00, 0x00)], device.Handler.HandleStop());
        Assert.Equal([TestDevice.Tx(0x00, 0x00, 0x01)], device.Vibrate((2, 0.001)));
    }

    [Fact]
    public async Task A_refused_batch_changes_no_motor()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooPowerShotProtocol(), "PowerShot");
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs(
            [new OutputCommand(0, OutputType.Vibrate, 50), new OutputCommand(2, OutputType.Vibrate, 50)]));
        Assert.Equal([TestDevice.TxWithResponse(0x01, 0x00, 0x00, 0x00, 0x07, 0x00)],
            device.Handler.HandleOutputs([new OutputCommand(1, OutputType.Vibrate, 7)]));
        Assert.Empty(device.Handler.HandleOutputs([]));
    }

    [Theory]
    [InlineData("kiiroo-powershot", "PowerShot", 2)]
    [InlineData("kiiroo-prowand", "ProWand", 1)]
    [InlineData("kiiroo-prowand", "Luxus", 1)]
    [InlineData("kiiroo-spot", "SPOT W1", 1)]
    public async Task Battery_is_the_first_byte_of_the_ble_battery_level(string protocolName, string name, int featureIndex)
    {
        var device = await ProtocolTestDevice.ConnectAsync(Protocol(protocolName), name, hw => hw.SetReadValue(Endpoints.RxBleBattery, [64, 1, 2]));
        Assert.Equal(64, await device.Handler.ReadInputAsync(featureIndex, InputType.Battery, CancellationToken.None));
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(featureIndex, InputType.Rssi, CancellationToken.None));
    }

    [Fact]
    public async Task An_empty_battery_answer_is_an_error()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooSpotProtocol(), "SPOT W1", hw => hw.SetReadValue(Endpoints.RxBleBattery, []));
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribing_to_the_battery_is_refused()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooProWandProtocol(), "ProWand");
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.SubscribeInputAsync(1, InputType.Battery, CancellationToken.None));
    }

    [Theory]
    [InlineData("kiiroo-prowand", "ProWand")]
    [InlineData("kiiroo-spot", "SPOT W1")]
    [InlineData("kiiroo-powershot", "PowerShot")]
    [InlineData("kiiroo-v2-vibrator", "Titan")]
    public async Task Vibrators_refuse_other_outputs(string protocolName, string name)
    {
        var device = await ProtocolTestDevice.ConnectAsync(Protocol(protocolName), name);
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Rotate, 1)]));
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.HwPositionWithDuration, 1, 100)]));
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(7, OutputType.Vibrate, 1)]));
    }

    private static IProtocol Protocol(string name) => name switch
    {
        "kiiroo-powershot" => new KiirooPowerShotProtocol(),
        "kiiroo-prowand" => new KiirooProWandProtocol(),
        "kiiroo-spot" => new KiirooSpotProtocol(),
        "kiiroo-v2-vibrator" => new KiirooV2VibratorProtocol(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
