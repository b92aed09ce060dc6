using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Realov.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_device_has_one_vibrator_of_0_to_50()
    {
        var model = new RealovProtocol().Definition.Resolve("REALOV_VIBE");
        Assert.Equal("Realov Device", model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 50), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new RealovProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["REALOV_VIBE"], btle.Names);
        var service = btle.Services[Guid.Parse("0000ffe0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffe1-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
