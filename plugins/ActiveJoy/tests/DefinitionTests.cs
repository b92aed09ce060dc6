using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.ActiveJoy.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_egg_has_one_vibrator_of_0_to_255()
    {
        var model = new ActiveJoyProtocol().Definition.Resolve("SS-TD-YDTD-001");
        Assert.Equal("IntoYou Remote Egg Vibrator", model.Name);
        Assert.Equal(new ValueRange(0, 255), Assert.Single(model.Features).Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new ActiveJoyProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["SS-TD-YDTD-001"], btle.Names);
        var service = btle.Services[Guid.Parse("0000f0b0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000f0b1-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("0000f0b2-0000-1000-8000-00805f9b34fb"), service["rx"]);
    }
}
