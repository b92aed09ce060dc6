using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Picobong.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("Blow hole", "Picobong Blow hole")]
    [InlineData("Picobong Male Toy", "Picobong Blow hole")]
    [InlineData("Diver", "Picobong Diver")]
    [InlineData("Picobong Egg", "Picobong Diver")]
    [InlineData("Life guard", "Picobong Life guard")]
    [InlineData("Picobong Ring", "Picobong Life guard")]
    [InlineData("Surfer", "Picobong Surfer")]
    [InlineData("Picobong Butt Plug", "Picobong Surfer")]
    [InlineData("Egg driver", "Picobong Surfer")]
    [InlineData("Surfer_plug", "Picobong Surfer")]
    public void Every_name_resolves_to_its_model_with_one_vibrator(string identifier, string name)
    {
        var model = new PicobongProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 10), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var definition = new PicobongProtocol().Definition;
        var btle = definition.Communication.Single().Btle!;
        // Every advertised name is an identifier of some model, and the other way round.
        Assert.Equal(btle.Names.Order(), definition.Configurations.SelectMany(c => c.Identifier).Order());
        Assert.Equal(10, btle.Names.Count);
        var service = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff1-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
