using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Synchro.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("Shinkuro", "Synchro", false)]
    [InlineData("synchro2", "Synchro", false)]
    [InlineData("synchro EX", "Synchro Exchange", true)]
    public void Every_model_resolves_with_one_signed_rotator(string identifier, string name, bool known)
    {
        var model = new SynchroProtocol().Definition.Resolve(identifier);
        Assert.Equal(name, model.Name);
        Assert.Equal(known, model.IsKnownModel);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(-6, 6), feature.Output![OutputType.Rotate].Value);
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new SynchroProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["Shinkuro", "synchro EX", "synchro2"], btle.Names.Order(StringComparer.Ordinal));
        var service = btle.Services[Guid.Parse("0000ffe0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffe1-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
