using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Motorbunny.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("MB Controller", "Motorbunny Classic")]
    [InlineData("MB LINK 201", "Motorbunny Buck")]
    public void Both_models_vibrate_and_rotate_both_ways(string identifier, string name)
    {
        var model = new MotorbunnyProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(2, model.Features.Count);
        Assert.Equal(new ValueRange(0, 255), model.Features[0].Output![OutputType.Vibrate].Value);
        Assert.Equal(new ValueRange(-255, 255), model.Features[1].Output![OutputType.Rotate].Value);
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new MotorbunnyProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["MB Controller", "MB LINK 201"], btle.Names.Order(StringComparer.Ordinal));
        var service = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff6-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
