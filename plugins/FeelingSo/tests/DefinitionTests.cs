using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.FeelingSo.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_Flair_Feel_has_a_vibrator_and_an_oscillator_of_0_to_19()
    {
        var model = new FeelingSoProtocol().Definition.Resolve("Flair Feel");
        Assert.Equal("FeelingSo Flair Feel", model.Name);
        Assert.Equal([OutputType.Vibrate, OutputType.Oscillate], model.Features.Select(f => f.Output!.Keys.Single()));
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 19), f.Output!.Values.Single().Value));
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new FeelingSoProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["Flair Feel"], btle.Names);
        var service = btle.Services[Guid.Parse("42410001-0000-0101-0000-736278637a72")];
        Assert.Equal(Guid.Parse("42410002-0000-0101-0000-736278637a72"), service["tx"]);
        Assert.Equal(Guid.Parse("42410003-0000-0101-0000-736278637a72"), service["rx"]);
    }
}
