using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Loob.Tests;

public class DefinitionTests
{
    private static string Describe(ResolvedDeviceConfiguration model) => string.Join(",", model.Features.Select(f =>
        string.Join("+", (f.Output ?? []).Select(o => $"{o.Key.ToString().ToLowerInvariant()} {o.Value.Value.Min}-{o.Value.Value.Max}")
            .Concat((f.Input ?? []).Select(i => $"{i.Key.ToString().ToLowerInvariant()} {string.Join("/", i.Value.Command)}")))));

    [Theory]
    [InlineData("LOOB")]
    public void Every_advertised_name_is_the_one_model(string name)
    {
        var model = new LoobProtocol().Definition.Resolve(name);
        Assert.Equal("Joyroid Loob", model.Name);
        Assert.Equal("hwpositionwithduration 0-1000", Describe(model));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var definition = new LoobProtocol().Definition;
        Assert.Empty(definition.Configurations);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(["LOOB"], btle.Names);
        Assert.Equal(Guid.Parse("ba5c49d2-04a3-4071-a0b5-35853eb08307"), btle.Services[Guid.Parse("b75c49d2-04a3-4071-a0b5-35853eb08307")]["tx"]);
    }
}
