using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.VibCrafter.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("be gentle", "VibCrafter Harlow", 2)]
    [InlineData("Hayden", "VibCrafter Hayden", 2)]
    [InlineData("Nidalee", "VibCrafter Nidalee", 2)]
    [InlineData("Janna", "VibCrafter Janna", 1)]
    public void Every_model_resolves(string identifier, string name, int vibrators)
    {
        var model = new VibCrafterProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(vibrators, model.Features.Count);
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 99), f.Output![OutputType.Vibrate].Value));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new VibCrafterProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["Hayden", "Janna", "Nidalee", "be gentle"], btle.Names.Order(StringComparer.Ordinal));
        var service = btle.Services[Guid.Parse("53300051-0060-4bd4-bbe5-a6920e4c5663")];
        Assert.Equal(Guid.Parse("53300052-0060-4bd4-bbe5-a6920e4c5663"), service["tx"]);
        Assert.Equal(Guid.Parse("53300053-0060-4bd4-bbe5-a6920e4c5663"), service["rx"]);
    }
}
