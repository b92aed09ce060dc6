using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Youou.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_Wand_has_one_vibrator_of_0_to_255()
    {
        var model = new YououProtocol().Definition.Resolve(YououProtocol.Identifier);
        Assert.Equal("Youou Wand Vibrator", model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 255), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public async Task Every_device_is_identified_as_VX001_()
    {
        var hardware = MemoryHardware.Create("VX001_9F3C", "tx");
        Assert.Equal("VX001_", await new YououProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new YououProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["VX001_*"], btle.Names);
        var service = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff6-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
