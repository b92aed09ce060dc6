using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Fox.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("FOX")]
    [InlineData("FOX M70 Pro")]
    [InlineData("FoxM70Pro")]
    [InlineData("FOX M70-2")]
    public void Every_name_is_the_one_model_with_speeds_0_to_3(string name)
    {
        var model = new FoxProtocol().Definition.Resolve(name);
        Assert.Equal("Fox Device", model.Name);
        Assert.Equal(new ValueRange(0, 3), Assert.Single(model.Features).Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new FoxProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["FOX", "FOX M70 Pro", "FOX M70-2", "FoxM70Pro"], btle.Names.Order(StringComparer.Ordinal));
        var service = btle.Services[Guid.Parse("0000ae00-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ae01-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
