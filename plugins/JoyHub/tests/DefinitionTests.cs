using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.JoyHub.Tests;

public class DefinitionTests
{
    private static readonly ProtocolDefinition Definition = new JoyHubProtocol().Definition;

    private static string Layout(ResolvedDeviceConfiguration model) =>
        string.Join(" ", model.Features.Where(f => f.Output is not null)
            .Select(f => $"{f.Index}:{f.Output!.Keys.Single().ToString().ToLowerInvariant()}{f.Output.Values.Single().Value}"));

    [Fact]
    public void Devices_json_holds_every_distinct_reference_model()
    {
        Assert.Equal(["joyhub"], DefinitionFile.LoadEmbedded(typeof(JoyHubPlugin).Assembly).Select(p => p.Name));
        // The reference file has 137 configurations; J-Peachy is listed twice, identically.
        Assert.Equal(136, Definition.Configurations.Count);
        var ids = Definition.Configurations.SelectMany(c => c.Identifier).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("J-MoonHorn", "JoyHub Moon Horn", "0:vibrate[0, 255] 5:constrict[0, 9] 6:temperature[0, 1]")]
    [InlineData("J-Petalwish2", "JoyHub Petalwish 2", "0:oscillate[0, 255] 2:vibrate[0, 255]")]
    [InlineData("J-RoseLin", "JoyHub RoseLin", "0:vibrate[0, 255] 3:rotate[0, 255] 4:constrict[0, 4]")]
    [InlineData("J-Rainbow", "JoyHub Rainbow", "0:vibrate[0, 255] 6:led[0, 1]")]
    [InlineData("J-Dodge", "JoyHub Dodge", "0:oscillate[0, 255] 1:vibrate[0, 255] 7:spray[0, 1]")]
    [InlineData("J-Diego", "JoyHub Diego", "0:oscillate[0, 255] 1:vibrate[0, 255] 5:temperature[0, 1]")]
    [InlineData("J-Virtuoso", "JoyHub Virtuoso", "2:rotate[0, 255] 4:constrict[0, 1]")]
    [InlineData("J-Ringstar", "JoyHub Starfish", "3:oscillate[0, 255]")]
    [InlineData("J-Peachy", "JoyHub Peachy", "0:vibrate[0, 255]")]
    [InlineData("JOYHUB-ROSELLA2", "JoyHub Rosella 2", "0:vibrate[0, 255]")]
    public void Models_resolve_with_the_reference_s_features(string identifier, string name, string layout)
    {
        var model = Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(layout, Layout(model));
    }

    [Fact]
    public void Motors_sit_on_features_0_to_3_and_nothing_has_inputs()
    {
        foreach (var identifier in Definition.Configurations.SelectMany(c => c.Identifier).Prepend(null))
        {
            var model = Definition.Resolve(identifier);
            Assert.Contains(model.Features, f => f.Output is not null);
            foreach (var feature in model.Features)
            {
                Assert.Null(feature.Input);
                if (feature.Output?.Keys.Any(t => t is OutputType.Vibrate or OutputType.Rotate or OutputType.Oscillate) == true)
                    Assert.InRange(feature.Index, 0, 3);
            }
        }
    }

    [Fact]
    public void Every_identifier_is_an_advertised_name_and_tx_is_ffa1()
    {
        var btle = Assert.Single(Definition.Communication).Btle!;
        Assert.Equal(btle.Names.Order(), Definition.Configurations.SelectMany(c => c.Identifier).Order());
        Assert.Equal(Guid.Parse("0000ffa1-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000ffa0-0000-1000-8000-00805f9b34fb")]["tx"]);
    }
}
