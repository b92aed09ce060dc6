using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Amorelie.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("4D01", "Amorelie Joy Shimmer")]
    [InlineData("4D02", "Amorelie Joy Move")]
    [InlineData("4D03", "Amorelie Joy Grow")]
    [InlineData("4D04", "Amorelie Joy Shuffle")]
    [InlineData("4D05", "Amorelie Joy Cha-Cha")]
    [InlineData("4D06", "Amorelie Joy Boogie")]
    [InlineData("4D07", "Amorelie Joy Salsa")]
    public void Every_model_resolves_to_one_vibrator_of_100_steps(string identifier, string name)
    {
        var model = new AmorelieJoyProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(new ValueRange(0, 100), model.Features.Single().Output![OutputType.Vibrate].Value);
    }

    [Theory]
    [InlineData("4D08")]
    [InlineData("4D09")]
    public void Advertised_names_without_a_model_get_the_default(string identifier)
    {
        var definition = new AmorelieJoyProtocol().Definition;
        Assert.Contains(identifier, definition.Communication.Single().Btle!.Names);
        var model = definition.Resolve(identifier);
        Assert.False(model.IsKnownModel);
        Assert.Equal("Amorelie Joy Device", model.Name);
        Assert.Equal(new ValueRange(0, 100), model.Features.Single().Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Gatt_map_and_names()
    {
        var definition = new AmorelieJoyProtocol().Definition;
        Assert.Equal(7, definition.Configurations.Count);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(9, btle.Names.Count);
        var service = btle.Services[Guid.Parse("0000ffe0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffe3-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("0000ffe2-0000-1000-8000-00805f9b34fb"), service["rx"]);
    }
}
