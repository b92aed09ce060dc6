using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.MysteryVibe.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("6907 MV1", "MysteryVibe Tenuto Mini", 3)]
    [InlineData("6908 MV1", "MysteryVibe Crescendo 2", 6)]
    [InlineData("6909 MV1", "MysteryVibe Tenuto 2", 4)]
    [InlineData("6909 MV2", "MysteryVibe Tenuto 2", 4)]
    [InlineData("6914 MV1", "MysteryVibe Legato", 4)]
    [InlineData("6915 MV1", "MysteryVibe Molto", 1)]
    public void Every_model_resolves_to_its_vibrators(string identifier, string name, int vibrators)
    {
        var model = new MysteryVibeV2Protocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(vibrators, model.Features.Count);
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 56), f.Output![OutputType.Vibrate].Value));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var definition = new MysteryVibeV2Protocol().Definition;
        Assert.Equal(5, definition.Configurations.Count);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(definition.Configurations.SelectMany(c => c.Identifier).Order(), btle.Names.Order());
        var service = btle.Services[Guid.Parse("f0006900-110c-478b-b74b-6f403b364a9c")];
        Assert.Equal(Guid.Parse("f0006901-110c-478b-b74b-6f403b364a9c"), service["txmode"]);
        Assert.Equal(Guid.Parse("f0006903-110c-478b-b74b-6f403b364a9c"), service["txvibrate"]);
        Assert.Equal(3, definition.Resolve("6999 MV9").Features.Count);
    }
}
