using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.LoveNuts.Tests;

public class DefinitionTests
{
    private static string Describe(ResolvedDeviceConfiguration model) => string.Join(",", model.Features.Select(f =>
        string.Join("+", (f.Output ?? []).Select(o => $"{o.Key.ToString().ToLowerInvariant()} {o.Value.Value.Min}-{o.Value.Value.Max}")
            .Concat((f.Input ?? []).Select(i => $"{i.Key.ToString().ToLowerInvariant()} {string.Join("/", i.Value.Command)}")))));

    [Theory]
    [InlineData("Love_Nuts")]
    public void Every_advertised_name_is_the_one_model(string name)
    {
        var model = new LoveNutsProtocol().Definition.Resolve(name);
        Assert.Equal("Love Nut", model.Name);
        Assert.Equal("vibrate 0-15", Describe(model));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var definition = new LoveNutsProtocol().Definition;
        Assert.Empty(definition.Configurations);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(["Love_Nuts"], btle.Names);
        Assert.Equal(Guid.Parse("0000fff1-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")]["tx"]);
    }
}
