using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Lovehoney.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("PROSTATE VIBE", "Lovehoney Desire Prostate Vibrator", 2)]
    [InlineData("KNICKER VIBE", "Lovehoney Desire Knicker Vibrator", 1)]
    [InlineData("LOVE EGG", "Lovehoney Desire Love Egg", 1)]
    public void Every_model_resolves(string identifier, string name, int vibrators)
    {
        var model = new LovehoneyDesireProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(vibrators, model.Features.Count);
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 127), f.Output![OutputType.Vibrate].Value));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new LovehoneyDesireProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["KNICKER VIBE", "LOVE EGG", "PROSTATE VIBE"], btle.Names.Order(StringComparer.Ordinal));
        var service = btle.Services[Guid.Parse("0000ff00-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ff01-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
