using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Bananasome.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_Rocket_X7_has_an_oscillator_and_two_vibrators()
    {
        var model = new BananasomeProtocol().Definition.Resolve("火箭X7");
        Assert.Equal("Bananasome Rocket X7", model.Name);
        Assert.Equal([OutputType.Oscillate, OutputType.Vibrate, OutputType.Vibrate], model.Features.Select(f => f.Output!.Keys.Single()));
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 255), f.Output!.Values.Single().Value));
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new BananasomeProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["火箭X7"], btle.Names);
        var service = btle.Services[Guid.Parse("0000ae00-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ae01-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
