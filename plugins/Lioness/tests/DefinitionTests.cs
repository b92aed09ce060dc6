using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Lioness.Tests;

public class DefinitionTests
{
    private static string Describe(ResolvedDeviceConfiguration model) => string.Join(",", model.Features.Select(f =>
        string.Join("+", (f.Output ?? []).Select(o => $"{o.Key.ToString().ToLowerInvariant()} {o.Value.Value.Min}-{o.Value.Value.Max}")
            .Concat((f.Input ?? []).Select(i => $"{i.Key.ToString().ToLowerInvariant()} {string.Join("/", i.Value.Command)}")))));

    [Theory]
    [InlineData("Lioness")]
    [InlineData("Lioness2")]
    public void Every_advertised_name_is_the_one_model(string name)
    {
        var model = new LionessProtocol().Definition.Resolve(name);
        Assert.Equal("Lioness", model.Name);
        Assert.Equal("vibrate 0-100", Describe(model));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var definition = new LionessProtocol().Definition;
        Assert.Empty(definition.Configurations);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(["Lioness", "Lioness2"], btle.Names);
        Assert.Equal(Guid.Parse("d973f2f4-b19e-11e2-9e96-0800200c9a66"), btle.Services[Guid.Parse("d973f2ed-b19e-11e2-9e96-0800200c9a66")]["tx"]);
        Assert.Equal(Guid.Parse("d973f2e6-b19e-11e2-9e96-0800200c9a66"), btle.Services[Guid.Parse("d973f2e5-b19e-11e2-9e96-0800200c9a66")]["rx"]);
    }
}
