using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Satisfyer.Tests;

public class DefinitionTests
{
    private static readonly ProtocolDefinition Satisfyer = DefinitionFile.LoadProtocol(typeof(SatisfyerProtocol).Assembly, "satisfyer");

    [Fact]
    public void Devices_json_holds_only_the_satisfyer_protocol()
    {
        var protocols = DefinitionFile.LoadEmbedded(typeof(SatisfyerProtocol).Assembly);
        Assert.Equal(["satisfyer"], protocols.Select(p => p.Name));
        Assert.Equal("satisfyer", new SatisfyerProtocol().Name);
    }

    [Fact]
    public void Every_model_resolves_to_one_to_three_vibrators_of_100_steps()
    {
        Assert.Equal(84, Satisfyer.Configurations.Count);
        foreach (var identifier in Satisfyer.Configurations.SelectMany(c => c.Identifier))
        {
            var model = Satisfyer.Resolve(identifier);
            Assert.True(model.IsKnownModel, identifier);
            Assert.StartsWith("Satisfyer ", model.Name, StringComparison.Ordinal);
            Assert.InRange(model.Features.Count, 1, 3);
            Assert.Equal(Enumerable.Range(0, model.Features.Count), model.Features.Select(f => f.Index));
            Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 100), f.Output![OutputType.Vibrate].Value));
        }
    }

    [Fact]
    public void Identifiers_are_unique_model_numbers()
    {
        var identifiers = Satisfyer.Configurations.SelectMany(c => c.Identifier).ToList();
        Assert.Equal(156, identifiers.Count);
        Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
        Assert.All(identifiers, i => Assert.True(uint.TryParse(i, out _), i));
    }

    [Fact]
    public void Models_without_features_inherit_the_single_vibrator()
    {
        var bigHeat = Satisfyer.Resolve("10007");
        Assert.Equal("Satisfyer Big Heat", bigHeat.Name);
        Assert.Single(bigHeat.Features);
        Assert.Equal("Satisfyer Double Flex", Satisfyer.Resolve("10065").Name);
        Assert.Equal(3, Satisfyer.Resolve("10065").Features.Count);
    }

    [Fact]
    public void Communication_matches_sf_names_and_maps_the_three_endpoints()
    {
        var btle = Assert.Single(Satisfyer.Communication).Btle!;
        Assert.Equal(["SF *"], btle.Names);
        Assert.Equal([93, 93], btle.ManufacturerData.Select(m => (int)m.Company));
        Assert.Equal([[0, 0, 39], [0, 0, 40]], btle.ManufacturerData.Select(m => m.Data!.ToArray()));
        var service = btle.Services[Guid.Parse("51361500-c5e7-47c7-8a6e-47ebc99d80e8")];
        Assert.Equal(Guid.Parse("51361501-c5e7-47c7-8a6e-47ebc99d80e8"), service["command"]);
        Assert.Equal(Guid.Parse("51361502-c5e7-47c7-8a6e-47ebc99d80e8"), service["tx"]);
        Assert.Equal(Guid.Parse("00002a24-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000180a-0000-1000-8000-00805f9b34fb")]["rxblemodel"]);
    }

    [Fact]
    public async Task Every_model_drives_each_vibrator_in_its_own_four_bytes()
    {
        var protocol = new SatisfyerProtocol(TimeSpan.FromHours(1));
        foreach (var identifier in Satisfyer.Configurations.SelectMany(c => c.Identifier))
        {
            var model = Satisfyer.Resolve(identifier);
            await using var handler = protocol.CreateHandler(new ProtocolDevice(TestDevice.CreateHardware(), model, NullLogger.Instance));
            foreach (var feature in model.Features)
            {
                var expected = new byte[model.Features.Count * 4];
                expected.AsSpan(feature.Index * 4, 4).Fill(100);
                Assert.Equal([HardwareCommand.Write(Endpoints.Tx, expected)], handler.HandleOutputs([new OutputCommand(feature.Index, OutputType.Vibrate, 100)]));
                handler.HandleOutputs([new OutputCommand(feature.Index, OutputType.Vibrate, 0)]);
            }
        }
    }
}
