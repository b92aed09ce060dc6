using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.AdrienLastic.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("LVS-S001", "Adrien Lastic Palpitation", true)]
    [InlineData("LVS-S002", "Adrien Lastic Revelation", true)]
    [InlineData("Placeholder to avoid conflict with bad attempt to clone a Lovense Lush", "Adrien Lastic Device", false)]
    public void Models_have_one_vibrator_of_16_steps(string identifier, string name, bool known)
    {
        var model = new AdrienLasticProtocol().Definition.Resolve(identifier);
        Assert.Equal(known, model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(new ValueRange(0, 16), Assert.Single(model.Features).Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Recognised_by_the_advertised_service()
    {
        var btle = new AdrienLasticProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal([Guid.Parse("00001320-0000-1000-8000-00805f9b34fb")], btle.AdvertisedServices);
        Assert.Equal(["Placeholder to avoid conflict with bad attempt to clone a Lovense Lush"], btle.Names);
        var service = btle.Services[Guid.Parse("6e400001-b5a3-f393-e0a9-e50e24dcca9e")];
        Assert.Equal(Guid.Parse("6e400002-b5a3-f393-e0a9-e50e24dcca9e"), service["tx"]);
    }
}
