using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.NexusRevo.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_Revo_Stealth_vibrates_and_rotates_both_ways()
    {
        var model = new NexusRevoProtocol().Definition.Resolve("XW-LW3");
        Assert.Equal("Nexus Revo Stealth", model.Name);
        Assert.Equal(2, model.Features.Count);
        Assert.Equal(new ValueRange(0, 10), model.Features[0].Output![OutputType.Vibrate].Value);
        Assert.Equal(new ValueRange(-2, 2), model.Features[1].Output![OutputType.Rotate].Value);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new NexusRevoProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["XW-LW3"], btle.Names);
        var service = btle.Services[Guid.Parse("0000c570-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000c571-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
