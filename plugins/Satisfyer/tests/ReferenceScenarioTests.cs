namespace ButtplugHost.Plugins.Satisfyer.Tests;

/// <summary>The reference server's Satisfyer device test cases, step by step.</summary>
public class ReferenceScenarioTests
{
    [Fact]
    public async Task Single_vibrator_hot_spot()
    {
        // Model 10005 in the model characteristic.
        await using var device = await TestDevice.ConnectAsync(TestDevice.CreateHardware([0x00, 0x00, 0x27, 0x15]));
        Assert.Equal("Satisfyer Hot Spot", device.Model.Name);
        Assert.Equal(
            ["Read rxblemodel [0,0,39,21]", "Write command [1] ack", "Write tx [0,0,0,0]"],
            device.Log());

        Assert.Equal([TestDevice.Tx(0x32, 0x32, 0x32, 0x32)], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.Tx(0, 0, 0, 0)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Dual_vibrator_double_desire()
    {
        // Model 10160.
        await using var device = await TestDevice.ConnectAsync(TestDevice.CreateHardware([0x00, 0x00, 0x27, 0xB0]));
        Assert.Equal("Satisfyer Double Desire", device.Model.Name);
        Assert.Equal(
            ["Read rxblemodel [0,0,39,176]", "Write command [1] ack", "Write tx [0,0,0,0,0,0,0,0]"],
            device.Log());

        Assert.Equal([TestDevice.Tx(0x32, 0x32, 0x32, 0x32, 0x19, 0x19, 0x19, 0x19)], device.Vibrate((0, 0.5), (1, 0.25)));
        Assert.Equal([TestDevice.Tx(0x4B, 0x4B, 0x4B, 0x4B, 0x32, 0x32, 0x32, 0x32)], device.Vibrate((0, 0.75), (1, 0.5)));
        Assert.Equal([TestDevice.Tx(0, 0, 0, 0, 0, 0, 0, 0)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Triple_vibrator_double_flex()
    {
        // Model 10065.
        await using var device = await TestDevice.ConnectAsync(TestDevice.CreateHardware([0x00, 0x00, 0x27, 0x51], name: "SF Double Flex"));
        Assert.Equal("Satisfyer Double Flex", device.Model.Name);
        Assert.Equal(
            ["Read rxblemodel [0,0,39,81]", "Write command [1] ack", "Write tx [0,0,0,0,0,0,0,0,0,0,0,0]"],
            device.Log());

        Assert.Equal([TestDevice.Tx(0x32, 0x32, 0x32, 0x32, 0x19, 0x19, 0x19, 0x19, 0, 0, 0, 0)], device.Vibrate((0, 0.5), (1, 0.25)));
        Assert.Equal([TestDevice.Tx(0x4B, 0x4B, 0x4B, 0x4B, 0x32, 0x32, 0x32, 0x32, 0, 0, 0, 0)], device.Vibrate((0, 0.75), (1, 0.5)));
        // The host passes only what changed: vibrator 2.
        Assert.Equal([TestDevice.Tx(0x4B, 0x4B, 0x4B, 0x4B, 0x32, 0x32, 0x32, 0x32, 0x19, 0x19, 0x19, 0x19)], device.Vibrate((2, 0.25)));
        Assert.Equal([TestDevice.Tx(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Commands_execute_on_the_hardware_as_translated()
    {
        await using var device = await TestDevice.ConnectAsync(TestDevice.CreateHardware([0x00, 0x00, 0x27, 0xB0]));
        device.Hardware.ClearOperations();
        foreach (var command in device.Vibrate((1, 1.0)))
            await command.ExecuteAsync(device.Hardware, CancellationToken.None);
        Assert.Equal(["Write tx [0,0,0,0,100,100,100,100]"], device.Log());
    }
}
