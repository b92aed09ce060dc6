using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Xiuxiuda.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_device_has_one_vibrator_of_0_to_19()
    {
        var model = new XiuxiudaProtocol().Definition.Resolve("XXD-Lush12B-XT");
        Assert.Equal("Xiuxiuda Device", model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 19), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new XiuxiudaProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["XXD-Lush*"], btle.Names);
        var service = btle.Services[Guid.Parse("53300001-0023-4bd4-bbd5-a6920e4c5653")];
        Assert.Equal(Guid.Parse("53300003-0023-4bd4-bbd5-a6920e4c5653"), service["tx"]);
    }
}
