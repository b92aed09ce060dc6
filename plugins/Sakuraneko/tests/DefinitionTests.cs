using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Sakuraneko.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("sakuraneko-01", "Sakuraneko Korokoro")]
    [InlineData("sakuraneko-02", "Sakuraneko Nukunuku")]
    [InlineData("sakuraneko-03", "Sakuraneko Dokidoki")]
    public void Vibrator_models_resolve(string identifier, string name)
    {
        var model = new SakuranekoProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 100), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Koikoi_vibrates_and_rotates()
    {
        var model = new SakuranekoProtocol().Definition.Resolve("sakuraneko-04");
        Assert.Equal("Sakuraneko Koikoi", model.Name);
        Assert.Equal(2, model.Features.Count);
        Assert.Equal(new ValueRange(0, 100), model.Features[0].Output![OutputType.Vibrate].Value);
        Assert.Equal(new ValueRange(0, 100), model.Features[1].Output![OutputType.Rotate].Value);
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new SakuranekoProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["sakuraneko-01", "sakuraneko-02", "sakuraneko-03", "sakuraneko-04"], btle.Names.Order());
        var service = btle.Services[Guid.Parse("0000ffe0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffe1-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
