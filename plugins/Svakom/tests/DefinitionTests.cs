using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Svakom.Tests;

public class DefinitionTests
{
    private static readonly IReadOnlyList<ProtocolDefinition> Definitions = DefinitionFile.LoadEmbedded(typeof(SvakomProtocol).Assembly);

    private static readonly string[] Names =
    [
        "svakom-alex", "svakom-alex-v2", "svakom-avaneo", "svakom-barnard", "svakom-barney", "svakom-dice",
        "svakom-dt250a", "svakom-iker", "svakom-jordan", "svakom-pulse", "svakom-sam", "svakom-sam2",
        "svakom-suitcase", "svakom-tarax", "svakom-v1", "svakom-v2", "svakom-v3", "svakom-v4", "svakom-v5", "svakom-v6",
    ];

    public static TheoryData<string> Protocols() => [.. Names];

    [Fact]
    public void Devices_json_and_the_handlers_cover_the_same_twenty_protocols()
    {
        Assert.Equal(Names, Definitions.Select(d => d.Name).Order());
        Assert.Equal(Names, SvakomProtocol.All().Select(p => p.Name).Order());
    }

    [Fact]
    public void Model_counts_match_the_reference()
    {
        var counts = Definitions.ToDictionary(d => d.Name, d => d.Configurations.Count);
        Assert.Equal(43, counts.Values.Sum());
        Assert.Equal(8, counts["svakom-pulse"]);
        Assert.Equal(11, counts["svakom-v2"]);
        Assert.Equal(6, counts["svakom-v6"]);
    }

    /// <summary>
    /// Every model of every protocol resolves, and its handler drives each of its outputs at full
    /// range and stops them: no feature the definitions offer is left without bytes.
    /// </summary>
    [Theory]
    [MemberData(nameof(Protocols))]
    public void Every_model_resolves_and_every_output_translates(string name)
    {
        var protocol = SvakomProtocol.Named(name);
        var identifiers = protocol.Definition.Configurations.SelectMany(c => c.Identifier).Cast<string?>().Append(null);
        foreach (var identifier in identifiers)
        {
            var model = protocol.Definition.Resolve(identifier);
            Assert.False(string.IsNullOrEmpty(model.Name));
            Assert.Equal(identifier is not null, model.IsKnownModel);
            Assert.Equal(Enumerable.Range(0, model.Features.Count), model.Features.Select(f => f.Index));
            var hardware = MemoryHardware.Create(identifier ?? "unknown", "tx", "rx");
            var handler = protocol.CreateHandler(new ProtocolDevice(hardware, model, NullLogger.Instance));
            foreach (var feature in model.Features)
            {
                var (type, output) = Assert.Single(feature.Output!);
                Assert.Equal(0, output.Value.Min);
                Assert.NotEmpty(handler.HandleOutputs([new OutputCommand(feature.Index, type, output.Value.Max)]));
            }
            Assert.NotEmpty(handler.HandleStop());
        }
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void Every_protocol_matches_by_name_and_maps_tx(string name)
    {
        var btle = Assert.Single(Definitions.Single(d => d.Name == name).Communication).Btle!;
        Assert.NotEmpty(btle.Names);
        Assert.Contains(btle.Services.Values, s => s.ContainsKey("tx"));
    }

    [Fact]
    public void Special_communication_facts_survive_the_conversion()
    {
        var iker = Definitions.Single(d => d.Name == "svakom-iker").Communication[0].Btle!;
        var data = Assert.Single(iker.ManufacturerData);
        Assert.Equal(39, data.Company);
        Assert.Equal([83, 86, 65, 1, 11, 18, 1, 51, 68, 85, 202, 8], data.Data!.Select(b => (int)b));

        var sam = Definitions.Single(d => d.Name == "svakom-sam").Communication[0].Btle!;
        var main = sam.Services[Guid.Parse("0000ae00-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ae10-0000-1000-8000-00805f9b34fb"), main["txmode"]);
        Assert.Equal(Guid.Parse("0000ffb4-0000-1000-8000-00805f9b34fb"), sam.Services[Guid.Parse("0000ffac-0000-1000-8000-00805f9b34fb")]["firmware"]);
    }
}
