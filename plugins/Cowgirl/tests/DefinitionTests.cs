using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Cowgirl.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("THE COWGIRL", "The Cowgirl")]
    [InlineData("THE UNICORN", "The Unicorn")]
    public void Saddles_vibrate_and_rotate_in_255_steps(string identifier, string name)
    {
        var model = new CowgirlProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(2, model.Features.Count);
        Assert.Equal(new ValueRange(0, 255), model.Features[0].Output![OutputType.Vibrate].Value);
        Assert.Equal(new ValueRange(0, 255), model.Features[1].Output![OutputType.Rotate].Value);
    }

    [Fact]
    public void Cone_vibrates_in_128_steps()
    {
        var model = new CowgirlConeProtocol().Definition.Resolve("CG-CONE");
        Assert.True(model.IsKnownModel);
        Assert.Equal("The Cowgirl Cone", model.Name);
        Assert.Equal(new ValueRange(0, 128), Assert.Single(model.Features).Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Names_and_gatt_maps()
    {
        var saddle = new CowgirlProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["THE COWGIRL", "THE UNICORN"], saddle.Names.Order(StringComparer.Ordinal));
        Assert.Equal(Guid.Parse("0000fe01-0000-1000-8000-00805f9b34fb"), saddle.Services[Guid.Parse("0000fe00-0000-1000-8000-00805f9b34fb")]["tx"]);
        var cone = new CowgirlConeProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["CG-CONE"], cone.Names);
        Assert.Equal(Guid.Parse("0000ffe1-0000-1000-8000-00805f9b34fb"), cone.Services[Guid.Parse("0000ffe0-0000-1000-8000-00805f9b34fb")]["tx"]);
    }
}
