using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Htk.Tests;

public class DefinitionTests
{
    private static string Describe(ResolvedDeviceConfiguration model) => string.Join(",", model.Features.Select(f =>
        string.Join("+", (f.Output ?? []).Select(o => $"{o.Key.ToString().ToLowerInvariant()} {o.Value.Value.Min}-{o.Value.Value.Max}")
            .Concat((f.Input ?? []).Select(i => $"{i.Key.ToString().ToLowerInvariant()} {string.Join("/", i.Value.Command)}")))));

    [Theory]
    [InlineData("HTK-BLE-BM001")]
    public void Every_advertised_name_is_the_one_model(string name)
    {
        var model = new HtkBmProtocol().Definition.Resolve(name);
        Assert.Equal("HTK Breast Massager", model.Name);
        Assert.Equal("vibrate 0-1,vibrate 0-1", Describe(model));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var definition = new HtkBmProtocol().Definition;
        Assert.Empty(definition.Configurations);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(["HTK-BLE-BM001"], btle.Names);
        Assert.Equal(Guid.Parse("00002a06-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("00001802-0000-1000-8000-00805f9b34fb")]["tx"]);
        Assert.Equal(Guid.Parse("00002a19-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000180f-0000-1000-8000-00805f9b34fb")]["rxblebattery"]);
    }
}
