using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.MaxPro.Tests;

public class DefinitionTests
{
    private static string Describe(ResolvedDeviceConfiguration model) => string.Join(",", model.Features.Select(f =>
        string.Join("+", (f.Output ?? []).Select(o => $"{o.Key.ToString().ToLowerInvariant()} {o.Value.Value.Min}-{o.Value.Value.Max}")
            .Concat((f.Input ?? []).Select(i => $"{i.Key.ToString().ToLowerInvariant()} {string.Join("/", i.Value.Command)}")))));

    [Theory]
    [InlineData("M2")]
    public void Every_advertised_name_is_the_one_model(string name)
    {
        var model = new MaxProProtocol().Definition.Resolve(name);
        Assert.Equal("MaxPro 2", model.Name);
        Assert.Equal("vibrate 0-100", Describe(model));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var definition = new MaxProProtocol().Definition;
        Assert.Empty(definition.Configurations);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(["M2"], btle.Names);
        Assert.Equal(Guid.Parse("6e400002-b5a3-f393-e0a9-e50e24dcca9e"), btle.Services[Guid.Parse("6e400001-b5a3-f393-e0a9-e50e24dcca9e")]["tx"]);
    }
}
