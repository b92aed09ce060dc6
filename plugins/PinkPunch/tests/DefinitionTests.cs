using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.PinkPunch.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("Pink_Punch", "Pink Punch Sunset Mushroom")]
    [InlineData("PinkPunch_Peachu", "Pink Punch Peachu")]
    [InlineData("PinkPunch_DreamBunny", "Pink Punch Dream Bunny")]
    [InlineData("PinkPunch_Peacaron", "Pink Punch Peacaron")]
    public void Every_model_resolves_to_one_vibrator(string identifier, string name)
    {
        var model = new PinkPunchProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 100), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void An_unknown_name_gets_the_default_model()
    {
        var model = new PinkPunchProtocol().Definition.Resolve("PinkPunch_Other");
        Assert.False(model.IsKnownModel);
        Assert.Equal("Pink Punch Device", model.Name);
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new PinkPunchProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["PinkPunch_DreamBunny", "PinkPunch_Peacaron", "PinkPunch_Peachu", "Pink_Punch"], btle.Names.Order(StringComparer.Ordinal));
        var service = Assert.Single(btle.Services);
        Assert.Equal(Guid.Parse("0000ffe0-0000-1000-8000-00805f9b34fb"), service.Key);
        Assert.Equal(Guid.Parse("0000ffe1-0000-1000-8000-00805f9b34fb"), Assert.Single(service.Value).Value);
    }
}
