using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Xibao.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_cup_has_one_oscillator_of_0_to_99()
    {
        var model = new XibaoProtocol().Definition.Resolve("CCYB_1904");
        Assert.Equal("Xibao Smart Masturbation Cup", model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 99), feature.Output![OutputType.Oscillate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new XibaoProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["CCYB_*"], btle.Names);
        var service = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff2-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
