using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Galaku.Tests;

public class DefinitionTests
{
    private static readonly ProtocolDefinition Definition = new GalakuProtocol().Definition;

    private static string Outputs(ResolvedDeviceConfiguration model) =>
        string.Join(",", model.Features.Where(f => f.Output is not null).Select(f => f.Output!.Keys.Single().ToString().ToLowerInvariant()));

    [Fact]
    public void Devices_json_holds_every_distinct_reference_model()
    {
        Assert.Equal(["galaku", "galaku-pump"], DefinitionFile.LoadEmbedded(typeof(GalakuPlugin).Assembly).Select(p => p.Name));
        // The reference file has 107 configurations; six repeat an identifier of another, which selects one model only.
        Assert.Equal(101, Definition.Configurations.Count);
        var ids = Definition.Configurations.SelectMany(c => c.Identifier).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("GX21", "Galaku Vitality Cat", "vibrate")]
    [InlineData("GX85", "Galaku Shana", "vibrate")]
    [InlineData("G123", "Galaku 花sai", "vibrate")]
    [InlineData("CYX2", "Secret Lover Simon", "vibrate")]
    [InlineData("QD48", "Adorime Wearable Egg Vibrator", "vibrate")]
    [InlineData("G317", "Galaku Zaku Aircraft Cup", "oscillate,vibrate")]
    [InlineData("G339", "Galaku Rhino Prostate Massager", "vibrate,rotate")]
    [InlineData("TFG1", "Galaku Aurora Aircraft Cup", "vibrate,constrict")]
    [InlineData("SN80", "Adorime G-spot Rabbit Dildo Vibrator", "vibrate,vibrate")]
    [InlineData("GK27", "Galaku Cannon-GT", "vibrate")]
    [InlineData("GX27", "Galaku Cannon-GT", "vibrate")]
    [InlineData("AC695X_1(BLE)", "Galaku Vision", "vibrate")]
    // Listed twice in the reference with different features: the later entry is the one it uses.
    [InlineData("TFF1", "Galaku F1 Aircraft Cup", "vibrate,vibrate")]
    public void Models_resolve_with_their_motors_and_a_battery(string identifier, string name, string outputs)
    {
        var model = Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(outputs, Outputs(model));
        Assert.All(model.Features.Where(f => f.Output is not null), f => Assert.Equal(new ValueRange(0, 100), f.Output!.Values.Single().Value));
        var battery = Assert.Single(model.Features, f => f.Input is not null).Input![InputType.Battery];
        Assert.Equal([new ValueRange(0, 100)], battery.Value);
        Assert.Equal([InputCommandType.Read], battery.Command);
    }

    [Fact]
    public void Every_model_has_one_or_two_motors_and_a_battery()
    {
        foreach (var identifier in Definition.Configurations.SelectMany(c => c.Identifier).Prepend(null))
        {
            var model = Definition.Resolve(identifier);
            Assert.InRange(model.Features.Count(f => f.Output is not null), 1, 2);
            Assert.Single(model.Features, f => f.Input?.ContainsKey(InputType.Battery) == true);
        }
    }

    [Fact]
    public void Every_identifier_is_an_advertised_name_but_the_pump_s()
    {
        var btle = Assert.Single(Definition.Communication).Btle!;
        // V415 (Galaku Nebula) is kept from the reference's galaku models; only galaku-pump lists its name.
        Assert.Equal(["V415"], Definition.Configurations.SelectMany(c => c.Identifier).Where(i => !btle.Names.Contains(i)));
        Assert.Equal(btle.Names.Count, btle.Names.Distinct().Count());
    }

    [Fact]
    public void Tx_and_battery_are_in_service_1000()
    {
        var service = Definition.Communication.Single().Btle!.Services[Guid.Parse("00001000-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("00001001-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("00001002-0000-1000-8000-00805f9b34fb"), service["rxblebattery"]);
    }

    [Fact]
    public void Galaku_pump_has_the_Nebula_with_a_thruster_and_a_vibrator()
    {
        var definition = new GalakuPumpProtocol().Definition;
        var model = definition.Resolve("V415");
        Assert.True(model.IsKnownModel);
        Assert.Equal("Galaku Nebula", model.Name);
        Assert.Equal("oscillate,vibrate", Outputs(model));
        var btle = Assert.Single(definition.Communication).Btle!;
        Assert.Equal(["V415"], btle.Names);
        Assert.Equal(Guid.Parse("00001001-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("00001000-0000-1000-8000-00805f9b34fb")]["tx"]);
    }
}
