using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.WeToy.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_MiNa_has_one_vibrator_of_0_to_3()
    {
        var model = new WeToyProtocol().Definition.Resolve("WeToy");
        Assert.Equal("WeToy MiNa", model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 3), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new WeToyProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["WeToy"], btle.Names);
        var service = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff3-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
