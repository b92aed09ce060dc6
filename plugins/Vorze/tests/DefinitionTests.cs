using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Vorze.Tests;

public class DefinitionTests
{
    [Fact]
    public void Devices_json_parses_with_both_protocols()
    {
        var protocols = DefinitionFile.LoadEmbedded(typeof(VorzePlugin).Assembly);
        Assert.Equal(["vorze-cyclone-x", "vorze-sa"], protocols.Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData("Bach smart", "Vorze Bach", OutputType.Vibrate, 0, 100)]
    [InlineData("ROCKET", "Adult Festa Rocket", OutputType.Vibrate, 0, 100)]
    [InlineData("CycSA", "Vorze A10 Cyclone SA", OutputType.Rotate, -99, 99)]
    [InlineData("UFOSA", "Vorze UFO SA", OutputType.Rotate, -99, 99)]
    [InlineData("UFO-TW", "Vorze UFO TW", OutputType.Rotate, -99, 99)]
    [InlineData("VorzePiston", "Vorze Piston", OutputType.HwPositionWithDuration, 0, 99)]
    [InlineData("OMORFI", "Vorze Omorfi", OutputType.Vibrate, 0, 99)]
    [InlineData("OMOR", "Vorze Omorfi", OutputType.Vibrate, 0, 99)]
    public void Every_vorze_sa_model_resolves(string identifier, string name, OutputType type, int min, int max)
    {
        var model = new VorzeSAProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(min, max), f.Output![type].Value));
        Assert.NotNull(VorzeModelKind.FromName(identifier));
    }

    [Fact]
    public void Every_configuration_identifier_is_advertised_and_has_a_packet_layout()
    {
        var definition = new VorzeSAProtocol().Definition;
        var names = definition.Communication.Single().Btle!.Names;
        foreach (var identifier in definition.Configurations.SelectMany(c => c.Identifier))
        {
            Assert.Contains(identifier, names);
            Assert.NotNull(VorzeModelKind.FromName(identifier));
        }
        Assert.Equal(8, names.Count);
    }

    [Fact]
    public void Vorze_sa_gatt_map_has_the_tx_characteristic()
    {
        var services = new VorzeSAProtocol().Definition.Communication.Single().Btle!.Services;
        var tx = services[Guid.Parse("40ee1111-63ec-4b7f-8ce7-712efd55b90e")]["tx"];
        Assert.Equal(Guid.Parse("40ee2222-63ec-4b7f-8ce7-712efd55b90e"), tx);
    }

    [Fact]
    public void Dual_models_have_two_features_and_single_models_one()
    {
        var definition = new VorzeSAProtocol().Definition;
        Assert.Equal(2, definition.Resolve("UFO-TW").Features.Count);
        Assert.Equal(2, definition.Resolve("OMORFI").Features.Count);
        Assert.Single(definition.Resolve("CycSA").Features);
        Assert.Equal(new ValueRange(0, 100000), definition.Resolve("VorzePiston").Features[0].Output![OutputType.HwPositionWithDuration].Duration);
    }

    [Fact]
    public void Cyclone_x_is_matched_by_hid_ids_and_rotates_ten_steps_each_way()
    {
        var definition = new CycloneXProtocol().Definition;
        var pair = definition.Communication.Single().Hid!.Pairs.Single();
        Assert.Equal((1155, 22352), (pair.VendorId, pair.ProductId));
        var model = definition.Resolve(null);
        Assert.Equal("Vorze Cyclone X10 Device", model.Name);
        Assert.Equal(new ValueRange(-10, 10), model.Features.Single().Output![OutputType.Rotate].Value);
    }

    [Fact]
    public void Unknown_vorze_sa_name_resolves_to_the_featureless_defaults()
    {
        var model = new VorzeSAProtocol().Definition.Resolve("Something else");
        Assert.False(model.IsKnownModel);
        Assert.Equal("Vorze Device", model.Name);
        Assert.Empty(model.Features);
    }
}
