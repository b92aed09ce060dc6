using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Meese.Tests;

public class DefinitionTests
{
    [Fact]
    public void Tera_has_two_vibrators_of_10_and_3_steps()
    {
        var model = new MeeseProtocol().Definition.Resolve("Meese-V389");
        Assert.True(model.IsKnownModel);
        Assert.Equal("Meese Tera", model.Name);
        Assert.Equal([new ValueRange(0, 10), new ValueRange(0, 3)], model.Features.Select(f => f.Output![OutputType.Vibrate].Value));
    }

    [Fact]
    public void Modo_has_one_vibrator_of_10_steps()
    {
        var model = new MeeseProtocol().Definition.Resolve("Meese-cd");
        Assert.True(model.IsKnownModel);
        Assert.Equal("Meese Modo", model.Name);
        Assert.Equal(new ValueRange(0, 10), Assert.Single(model.Features).Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new MeeseProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["Meese-V389", "Meese-cd"], btle.Names.Order(StringComparer.Ordinal));
        var service = btle.Services[Guid.Parse("0000ffe0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffe1-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
