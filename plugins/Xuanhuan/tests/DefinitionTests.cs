using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Xuanhuan.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_masturbator_has_one_vibrator_of_0_to_10()
    {
        var model = new XuanhuanProtocol().Definition.Resolve("QUXIN");
        Assert.Equal("Xuanhuan Masturbator", model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 10), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new XuanhuanProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["QUXIN"], btle.Names);
        var service = btle.Services[Guid.Parse("0000fffe-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fe02-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
