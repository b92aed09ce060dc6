using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Aneros.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_Vivi_has_two_vibrators_of_0_to_127()
    {
        var model = new AnerosProtocol().Definition.Resolve("Massage Demo");
        Assert.Equal("Aneros Vivi", model.Name);
        Assert.Equal(2, model.Features.Count);
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 127), f.Output![OutputType.Vibrate].Value));
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new AnerosProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["Massage Demo"], btle.Names);
        var service = btle.Services[Guid.Parse("0000ff00-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ff01-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
