using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Cachito.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("CCTSK", "Cachito Lure Tao")]
    [InlineData("CCTXueGao", "Cachito Ice Cream")]
    public void Both_models_have_vibrators_of_5_and_100_steps(string identifier, string name)
    {
        var model = new CachitoProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal([new ValueRange(0, 5), new ValueRange(0, 100)], model.Features.Select(f => f.Output![OutputType.Vibrate].Value));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new CachitoProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["CCTSK", "CCTXueGao"], btle.Names.Order(StringComparer.Ordinal));
        var service = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff2-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
