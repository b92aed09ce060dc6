using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Luvmazer.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("TKLM-W001-BT", "Luvmazer Finger Magic", "vibrate 0-255,rotate 0-255")]
    [InlineData("TKLM-W003-BT-RX", "Luvmazer Cat Paw", "vibrate 0-255,oscillate 0-255")]
    [InlineData("TKLM-C003-BT", "Luvmazer Cock Ring", "vibrate 0-255,vibrate 0-255")]
    [InlineData("TKLM-C004-BT", "Luvmazer Interstellar", "vibrate 0-255,oscillate 0-255,constrict 0-54")]
    [InlineData("TKLM-C005-BT", "Luvmazer Dildo", "vibrate 0-255,oscillate 0-255")]
    public void Every_model_resolves_with_its_features(string identifier, string name, string features)
    {
        var model = new LuvmazerProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(features, string.Join(",", model.Features.Select(f =>
        {
            var (type, output) = f.Output!.Single();
            return $"{type.ToString().ToLowerInvariant()} {output.Value.Min}-{output.Value.Max}";
        })));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var definition = new LuvmazerProtocol().Definition;
        Assert.Equal(5, definition.Configurations.Count);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(definition.Configurations.SelectMany(c => c.Identifier).Order(), btle.Names.Order());
        Assert.Equal(Guid.Parse("0000ffa1-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000ffa0-0000-1000-8000-00805f9b34fb")]["tx"]);
        Assert.Equal("Luvmazer Finger Magic", definition.Resolve("TKLM-OTHER").Name);
    }
}
