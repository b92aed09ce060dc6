using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.KGoal.Tests;

public class DefinitionTests
{
    [Fact]
    public void Two_pressure_inputs_to_subscribe_to_and_a_battery_to_read()
    {
        var definition = new KGoalBoostProtocol().Definition;
        var model = definition.Resolve("Boost");
        Assert.Equal("KGoal Boost", model.Name);
        Assert.All(model.Features, f => Assert.Null(f.Output));
        Assert.Equal(["Pressure (Normalized)", "Pressure (Raw)", "Battery Level"], model.Features.Select(f => f.Description));
        Assert.Equal(
            ["Pressure Subscribe 0-2000", "Pressure Subscribe 0-2000", "Battery Read 0-100"],
            model.Features.Select(f =>
            {
                var (type, input) = Assert.Single(f.Input!);
                var range = Assert.Single(input.Value);
                return $"{type} {string.Join("/", input.Command)} {range.Min}-{range.Max}";
            }));
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new KGoalBoostProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["Boost"], btle.Names);
        Assert.Equal(Guid.Parse("10c2be2d-d2d5-b7a8-5f42-e2468c9ebbf5"), btle.Services[Guid.Parse("8e7c6065-7656-17ad-1b41-b53d1a548e0d")]["rxpressure"]);
        Assert.Equal(Guid.Parse("00002a19-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000180f-0000-1000-8000-00805f9b34fb")]["rxblebattery"]);
    }
}
