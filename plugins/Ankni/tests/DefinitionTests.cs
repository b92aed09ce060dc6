using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Ankni.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_Roselex_has_one_vibrator_with_speeds_0_to_3()
    {
        var model = new AnkniProtocol().Definition.Resolve("DSJM");
        Assert.Equal("Roselex Device", model.Name);
        Assert.Equal(new ValueRange(0, 3), Assert.Single(model.Features).Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new AnkniProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["DSJM"], btle.Names);
        Assert.Equal(Guid.Parse("0000fe01-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000fe00-0000-1000-8000-00805f9b34fb")]["tx"]);
        Assert.Equal(Guid.Parse("0000fe02-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000fffe-0000-1000-8000-00805f9b34fb")]["tx"]);
        Assert.Equal(Guid.Parse("00002a50-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000180a-0000-1000-8000-00805f9b34fb")]["generic0"]);
    }
}
