using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Kiiroo.Tests;

public class DefinitionTests
{
    private static readonly string[] ProtocolNames =
    [
        "kiiroo-v1", "kiiroo-v2", "kiiroo-v21", "kiiroo-v21-initialized", "kiiroo-v2-vibrator",
        "kiiroo-v3", "kiiroo-powershot", "kiiroo-prowand", "kiiroo-spot",
    ];

    private static IReadOnlyList<ProtocolDefinition> Definitions => DefinitionFile.LoadEmbedded(typeof(KiirooPlugin).Assembly);

    [Fact]
    public void Devices_json_holds_every_kiiroo_protocol()
    {
        Assert.Equal(ProtocolNames.Order(StringComparer.Ordinal), Definitions.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_model_resolves_by_each_identifier_and_is_advertised()
    {
        foreach (var protocol in Definitions)
        {
            var btle = Assert.Single(protocol.Communication).Btle!;
            Assert.NotEmpty(btle.Services);
            Assert.Contains(Endpoints.Tx, btle.Services.Values.SelectMany(map => map.Keys));
            foreach (var model in protocol.Configurations)
            {
                foreach (var identifier in model.Identifier)
                {
                    Assert.Contains(identifier, btle.Names);
                    var resolved = protocol.Resolve(identifier);
                    Assert.True(resolved.IsKnownModel, $"{protocol.Name}: {identifier}");
                    Assert.Equal(model.Name, resolved.Name);
                    Assert.NotEmpty(resolved.Features);
                    Assert.All(resolved.Features, f => Assert.True(f.Output is not null || f.Input is not null));
                }
            }
        }
    }

    [Theory]
    [InlineData("kiiroo-v1", "PEARL", "Kiiroo Pearl", "vibrate:0-4")]
    [InlineData("kiiroo-v1", "ONYX", "Kiiroo Onyx", "hw_position_with_duration:0-4")]
    [InlineData("kiiroo-v2", "Launch", "Fleshlight Launch", "hw_position_with_duration:0-99")]
    [InlineData("kiiroo-v2", "Onyx2", "Kiiroo Onyx 2", "hw_position_with_duration:0-99")]
    [InlineData("kiiroo-v21", "Pearl2.1", "Kiiroo Pearl 2.1", "vibrate:0-100 battery")]
    [InlineData("kiiroo-v21", "Titan1.1", "Kiiroo Titan 1.1", "vibrate:0-100 hw_position_with_duration:0-99")]
    [InlineData("kiiroo-v21", "Pulse Interactive", "Hot Octopuss Pulse Solo Interactive", "vibrate:0-6")]
    [InlineData("kiiroo-v21", "OhMiBod 4.0", "OhMiBod Esca 2", "vibrate:0-100")]
    [InlineData("kiiroo-v21-initialized", "KEON", "Kiiroo Keon", "hw_position_with_duration:0-99")]
    [InlineData("kiiroo-v21-initialized", "We-Vibe Rocketman", "Kiiroo Onyx+ Realm Edition", "hw_position_with_duration:0-99")]
    [InlineData("kiiroo-v2-vibrator", "Pearl2", "Kiiroo Pearl 2", "vibrate:0-100")]
    [InlineData("kiiroo-v2-vibrator", "Titan", "Kiiroo Titan", "vibrate:0-100 vibrate:0-100 vibrate:0-100")]
    [InlineData("kiiroo-v3", "Keon Wifi", "Kiiroo Keon", "hw_position_with_duration:0-99 battery")]
    [InlineData("kiiroo-powershot", "PowerShot", "Kiiroo PowerShot", "vibrate:0-100 vibrate:0-100 battery")]
    [InlineData("kiiroo-prowand", "ProWand", "Kiiroo ProWand", "vibrate:0-255 battery")]
    [InlineData("kiiroo-prowand", "Luxus", "Luxus", "vibrate:0-255 battery")]
    [InlineData("kiiroo-spot", "SPOT W1", "Kiiroo Spot", "vibrate:0-100 battery")]
    public void Models_have_the_reference_names_and_features(string protocolName, string identifier, string name, string features)
    {
        var model = Definitions.Single(p => p.Name == protocolName).Resolve(identifier);
        Assert.Equal(name, model.Name);
        Assert.Equal(features, string.Join(" ", model.Features.Select(Describe)));
        Assert.All(model.Features.Where(f => f.Output?.ContainsKey(OutputType.HwPositionWithDuration) == true),
            f => Assert.Equal(new ValueRange(0, 100000), f.Output![OutputType.HwPositionWithDuration].Duration));
    }

    [Fact]
    public void Battery_inputs_are_read_only_percentages()
    {
        var batteries = Definitions.SelectMany(p => p.Configurations.Append(p.Defaults)).SelectMany(c => c.Features ?? [])
            .Where(f => f.Input is not null).ToList();
        Assert.NotEmpty(batteries);
        Assert.All(batteries, f =>
        {
            var battery = f.Input![InputType.Battery];
            Assert.Equal([new ValueRange(0, 100)], battery.Value);
            Assert.Equal([InputCommandType.Read], battery.Command);
        });
    }

    [Fact]
    public void Plugin_registers_every_protocol_with_its_definition()
    {
        var builder = new RecordingPluginBuilder();
        new KiirooPlugin().Configure(builder);
        Assert.Equal(ProtocolNames, builder.Protocols.Select(p => p.Name));
        Assert.All(builder.Protocols, p => Assert.Equal(p.Name, p.Definition.Name));
    }

    private static string Describe(FeatureDefinition feature) =>
        feature.Output is { } output
            ? string.Join(" ", output.Select(o => $"{DefinitionFile.Options.PropertyNamingPolicy!.ConvertName(o.Key.ToString())}:{o.Value.Value.Min}-{o.Value.Value.Max}"))
            : "battery";
}
