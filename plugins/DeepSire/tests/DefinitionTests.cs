using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.DeepSire.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_Imp_3_has_one_vibrator_of_0_to_255()
    {
        var model = new DeepSireProtocol().Definition.Resolve("IMP 3");
        Assert.True(model.IsKnownModel);
        Assert.Equal("Kuirkish Imp 3", model.Name);
        Assert.Equal(new ValueRange(0, 255), Assert.Single(model.Features).Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void An_unknown_name_gets_the_defaults()
    {
        var model = new DeepSireProtocol().Definition.Resolve("IMP 4");
        Assert.False(model.IsKnownModel);
        Assert.Equal("DeepSire Device", model.Name);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new DeepSireProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["IMP 3"], btle.Names);
        var service = btle.Services[Guid.Parse("0000ffe0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffe1-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
