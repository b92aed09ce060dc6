using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.LoveDistance.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("REACH G", "Love Distance Reach G")]
    [InlineData("REACH", "Love Distance Reach")]
    [InlineData("MAG", "Love Distance Mag")]
    [InlineData("SPAN", "Love Distance Span")]
    [InlineData("RANGE", "Love Distance Range")]
    [InlineData("ORBIT", "Love Distance Range")]
    [InlineData("JOIN G", "Love Distance Join G")]
    [InlineData("LINK", "Love Distance Link")]
    [InlineData("GRASP", "Love Distance Grasp")]
    [InlineData("RECEIVE", "Love Distance Receive")]
    public void Every_model_resolves_to_one_vibrator_of_121_steps(string identifier, string name)
    {
        var model = new LoveDistanceProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Null(model.MessageGapMs);
        Assert.Equal(new ValueRange(0, 121), model.Features.Single().Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Ten_models_each_advertised_by_its_identifier()
    {
        var definition = new LoveDistanceProtocol().Definition;
        Assert.Equal(10, definition.Configurations.Count);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(definition.Configurations.SelectMany(c => c.Identifier).Order(), btle.Names.Order());
        var service = btle.Services[Guid.Parse("0000ff00-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ff01-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("0000ff02-0000-1000-8000-00805f9b34fb"), service["rx"]);
    }

    [Fact]
    public void An_unknown_name_gets_the_default_vibrator()
    {
        var model = new LoveDistanceProtocol().Definition.Resolve("OTHER");
        Assert.False(model.IsKnownModel);
        Assert.Equal("Love Distance Device", model.Name);
        Assert.Equal(new ValueRange(0, 121), model.Features.Single().Output![OutputType.Vibrate].Value);
    }
}
