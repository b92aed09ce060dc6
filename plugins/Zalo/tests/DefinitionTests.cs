using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Zalo.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("ZALO-Queen", "Zalo Queen", 2)]
    [InlineData("ZALO-King", "Zalo King", 2)]
    [InlineData("ZALO-Jeanne", "Zalo Jeanne", 1)]
    public void Every_model_resolves(string identifier, string name, int vibrators)
    {
        var model = new ZaloProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(vibrators, model.Features.Count);
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 8), f.Output![OutputType.Vibrate].Value));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new ZaloProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["ZALO-Jeanne", "ZALO-King", "ZALO-Queen"], btle.Names.Order(StringComparer.Ordinal));
        var service = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff1-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
