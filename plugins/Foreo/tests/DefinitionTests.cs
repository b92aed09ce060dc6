using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Foreo.Tests;

public class DefinitionTests
{
    private static readonly ProtocolDefinition Definition = new ForeoProtocol().Definition;

    [Fact]
    public void Devices_json_holds_the_foreo_protocol_with_every_reference_model()
    {
        Assert.Equal(["foreo"], DefinitionFile.LoadEmbedded(typeof(ForeoPlugin).Assembly).Select(p => p.Name));
        Assert.Equal(26, Definition.Configurations.Count);
        Assert.Equal(Definition.Configurations.Count, Definition.Configurations.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("FOFO", "Foreo LUNA fofo")]
    [InlineData("LUNA PLAY SMART", "Foreo LUNA fofo")]
    [InlineData("LUNA play smart 2", "Foreo LUNA play smart 2")]
    [InlineData("LUNA3", "Foreo LUNA 3")]
    [InlineData("LUNA 3 plus", "Foreo LUNA 3 plus")]
    [InlineData("LUNA3MEN", "Foreo LUNA 3 men")]
    [InlineData("LUNA mini 3", "Foreo LUNA 3 mini")]
    [InlineData("LUNA 4", "Foreo LUNA 4")]
    [InlineData("LUNA4PLUS", "Foreo LUNA 4 plus")]
    [InlineData("LUNA 4 FOR MEN", "Foreo LUNA 4 men")]
    [InlineData("LUNA 4 mini", "Foreo LUNA 4 mini")]
    [InlineData("UFO", "Foreo UFO")]
    [InlineData("UFO MIN", "Foreo UFO mini")]
    [InlineData("UFO 2", "Foreo UFO 2")]
    [InlineData("UFO3", "Foreo UFO 3")]
    [InlineData("UFO3go", "Foreo UFO 3 go")]
    [InlineData("UFO3eyes", "Foreo UFO 3 led")]
    [InlineData("UFO3mini", "Foreo UFO 3 mini")]
    [InlineData("UFO mini 2", "Foreo UFO mini 2")]
    [InlineData("BEAR", "Foreo BEAR")]
    [InlineData("BEAR_MINI", "Foreo BEAR mini")]
    [InlineData("BEAR 2", "Foreo BEAR 2")]
    [InlineData("BEAR2go", "Foreo BEAR 2 go")]
    [InlineData("BEAR2eyes", "Foreo BEAR 2 eyes")]
    [InlineData("BEAR2body", "Foreo BEAR 2 body")]
    [InlineData("KIWI", "Foreo KIWI")]
    [InlineData("KIWI derma", "Foreo KIWI derma")]
    public void Models_resolve_by_advertised_name_with_one_vibrator_of_ten_steps(string name, string model)
    {
        var resolved = Definition.Resolve(name);
        Assert.True(resolved.IsKnownModel);
        Assert.Equal(model, resolved.Name);
        var feature = Assert.Single(resolved.Features);
        Assert.Equal(new ValueRange(0, 10), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Every_identifier_is_an_advertised_name_except_the_reference_s_UFO3eyes()
    {
        var btle = Assert.Single(Definition.Communication).Btle!;
        var missing = Definition.Configurations.SelectMany(c => c.Identifier).Where(i => !btle.Names.Contains(i));
        // The reference lists "UFO3led" as the name and "UFO3eyes" as the identifier: kept as it is.
        Assert.Equal(["UFO3eyes"], missing);
        Assert.Contains("UFO3led", btle.Names);
    }

    [Fact]
    public void Tx_is_fff1_in_service_fff0()
    {
        var services = Definition.Communication.Single().Btle!.Services;
        Assert.Equal(Guid.Parse("0000fff1-0000-1000-8000-00805f9b34fb"), services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")]["tx"]);
    }

    [Fact]
    public void Identifiers_select_one_model_each()
    {
        var ids = Definition.Configurations.SelectMany(c => c.Identifier).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
