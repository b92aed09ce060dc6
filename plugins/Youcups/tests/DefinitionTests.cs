using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Youcups.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_Warrior_II_has_one_vibrator_of_0_to_8()
    {
        var model = new YoucupsProtocol().Definition.Resolve("Youcups");
        Assert.Equal("Youcups Warrior II", model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 8), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new YoucupsProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["Youcups"], btle.Names);
        var service = btle.Services[Guid.Parse("0000fee9-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("d44bc439-abfd-45a2-b575-925416129600"), service["tx"]);
    }
}
