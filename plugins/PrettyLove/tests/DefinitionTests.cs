using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.PrettyLove.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_device_has_one_vibrator_of_0_to_3()
    {
        var model = new PrettyLoveProtocol().Definition.Resolve(PrettyLoveProtocol.Identifier);
        Assert.Equal("Pretty Love Device", model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 3), feature.Output![OutputType.Vibrate].Value);
    }

    [Theory]
    [InlineData("Aogu BLE 1")]
    [InlineData("AB Shutter3 [Aogu BLE Device]")]
    public async Task Every_device_is_identified_as_Aogu_BLE(string name)
    {
        var hardware = MemoryHardware.Create(name, "tx", "rx");
        Assert.Equal("Aogu BLE", await new PrettyLoveProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new PrettyLoveProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["AB Shutter3 [Aogu BLE Device]", "Aogu BLE *"], btle.Names.Order(StringComparer.Ordinal));
        var service = btle.Services[Guid.Parse("0000ffe5-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffe9-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("0000ffe2-0000-1000-8000-00805f9b34fb"), service["rx"]);
    }
}
