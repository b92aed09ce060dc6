using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Omobo.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_ViVegg_has_one_vibrator_of_0_to_100()
    {
        var model = new OmoboProtocol().Definition.Resolve("S6");
        Assert.Equal("Omobo ViVegg Vibrator", model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 100), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new OmoboProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["S6"], btle.Names);
        var service = btle.Services[Guid.Parse("0000ffb0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffb2-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
