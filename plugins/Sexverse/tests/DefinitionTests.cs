using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Sexverse.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("Rex", "Sexverse Rex", "vibrate")]
    [InlineData("Cali", "Sexverse Cali", "vibrate,constrict")]
    [InlineData("LY165A01", "Sexverse Cali", "vibrate,constrict")]
    [InlineData("Olis", "Sexverse Olis", "vibrate,vibrate,rotate")]
    [InlineData("LY213A01", "Sexverse BuCUE", "oscillate,vibrate")]
    [InlineData("LY199B01", "Cooxer Bullet Vibe", "vibrate")]
    [InlineData("LY234A01", "Sexverse Tadpole", "vibrate")]
    [InlineData("LY271A01", "Sexverse Upton", "vibrate")]
    [InlineData("LY270A01", "Sexverse Una", "vibrate")]
    public void Every_model_resolves_with_its_motors(string identifier, string name, string outputs)
    {
        var model = new SexverseV1Protocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(outputs, string.Join(",", model.Features.Select(f => f.Output!.Keys.Single().ToString().ToLowerInvariant())));
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 255), f.Output!.Values.Single().Value));
    }

    [Fact]
    public void Eight_models_every_identifier_advertised()
    {
        var definition = new SexverseV1Protocol().Definition;
        Assert.Equal(8, definition.Configurations.Count);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(definition.Configurations.SelectMany(c => c.Identifier).Order(), btle.Names.Order());
        var service = btle.Services[Guid.Parse("0000ffe0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffe1-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("0000ffe2-0000-1000-8000-00805f9b34fb"), service["rx"]);
        Assert.Equal("Sexverse Device", definition.Resolve("LY000").Name);
    }
}
