using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Cupido.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_device_has_one_vibrator_of_0_to_255()
    {
        var model = new CupidoProtocol().Definition.Resolve("MY2607-BLE-V1.0");
        Assert.Equal("Cupido Device", model.Name);
        Assert.Equal(new ValueRange(0, 255), Assert.Single(model.Features).Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new CupidoProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["MY2607-BLE-V1.0"], btle.Names);
        var service = btle.Services[Guid.Parse("0000f0b0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000f0b1-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("0000f0b2-0000-1000-8000-00805f9b34fb"), service["rx"]);
    }
}
