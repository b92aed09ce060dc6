using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Hgod.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_device_has_one_vibrator_of_0_to_10()
    {
        var model = new HgodProtocol().Definition.Resolve("AMN NEO");
        Assert.Equal("Hgod Device", model.Name);
        Assert.Equal(new ValueRange(0, 10), Assert.Single(model.Features).Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new HgodProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["AMN NEO"], btle.Names);
        var service = btle.Services[Guid.Parse("0000ffe3-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffe1-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("0000ffe2-0000-1000-8000-00805f9b34fb"), service["rx"]);
    }
}
