using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Fluffer.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("FDGTHING", "Fluffer G-Thing", "vibrate 0..100")]
    [InlineData("FDG2G", "Fluffer G2G", "vibrate 0..100")]
    [InlineData("FDPR", "Fluffer Rock Hard Power Ring", "vibrate 0..100")]
    [InlineData("MBO", "MotorBunny Classic (Fluffer version)", "vibrate 0..100,rotate -100..100")]
    [InlineData("MB Controller", "MotorBunny Classic (Fluffer version)", "vibrate 0..100,rotate -100..100")]
    [InlineData("MBB", "MotorBunny Buck (Fluffer version)", "vibrate 0..100,oscillate 0..100")]
    [InlineData("MB Link 201", "MotorBunny Buck (Fluffer version)", "vibrate 0..100,oscillate 0..100")]
    public void Every_model_resolves_with_its_features(string identifier, string name, string features)
    {
        var model = new FlufferProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(features, string.Join(",", model.Features.Select(f =>
        {
            var (type, output) = f.Output!.Single();
            return $"{type.ToString().ToLowerInvariant()} {output.Value.Min}..{output.Value.Max}";
        })));
    }

    [Fact]
    public void Recognised_by_company_26698_with_the_gatt_map()
    {
        var definition = new FlufferProtocol().Definition;
        Assert.Equal(5, definition.Configurations.Count);
        var btle = definition.Communication.Single().Btle!;
        var company = Assert.Single(btle.ManufacturerData);
        Assert.Equal(26698, company.Company);
        Assert.Null(company.Data);
        var service = btle.Services[Guid.Parse("53300031-0060-4bd4-bbe5-a6920e4c5663")];
        Assert.Equal(Guid.Parse("53300032-0060-4bd4-bbe5-a6920e4c5663"), service["tx"]);
        Assert.Equal(Guid.Parse("53300033-0060-4bd4-bbe5-a6920e4c5663"), service["rx"]);
        Assert.Equal("Fluffer Device", definition.Resolve("Something").Name);
    }
}
