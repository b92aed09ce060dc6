using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.MagicMotion.Tests;

public class DefinitionTests
{
    private static readonly IReadOnlyList<ProtocolDefinition> Protocols = DefinitionFile.LoadEmbedded(typeof(MagicMotionProtocol).Assembly);

    [Fact]
    public void Devices_json_holds_the_four_protocols_each_protocol_class_loads()
    {
        Assert.Equal(["magic-motion-1", "magic-motion-2", "magic-motion-3", "magic-motion-4"], Protocols.Select(p => p.Name));
        Assert.Equal(Protocols.Select(p => p.Name), MagicMotionProtocol.All().Select(p => p.Name));
    }

    [Theory]
    [InlineData("magic-motion-1", 14)]
    [InlineData("magic-motion-2", 7)]
    [InlineData("magic-motion-3", 0)]
    [InlineData("magic-motion-4", 8)]
    public void Every_model_resolves_with_motors_and_a_battery(string protocol, int models)
    {
        var definition = Protocols.Single(p => p.Name == protocol);
        Assert.Equal(models, definition.Configurations.Count);
        var resolved = definition.Configurations.SelectMany(c => c.Identifier).Select(i => definition.Resolve(i)).Append(definition.Resolve(null));
        foreach (var model in resolved)
        {
            Assert.False(string.IsNullOrEmpty(model.Name));
            var outputs = model.Features.Where(f => f.Output is not null).ToList();
            Assert.InRange(outputs.Count, 1, 2);
            Assert.All(outputs, f => Assert.All(f.Output!.Values, o => Assert.InRange(o.Value.Max, 1, 100)));
            var battery = Assert.Single(model.Features, f => f.Input is not null);
            Assert.Equal([InputCommandType.Read], battery.Input![InputType.Battery].Command);
            Assert.Equal([new ValueRange(0, 100)], battery.Input[InputType.Battery].Value);
        }
    }

    [Fact]
    public void Every_protocol_maps_tx_and_the_ble_battery()
    {
        foreach (var protocol in Protocols)
        {
            var btle = Assert.Single(protocol.Communication).Btle!;
            Assert.NotEmpty(btle.Names);
            Assert.Equal(Guid.Parse("78667579-a914-49a4-8333-aa3c0cd8fedc"), btle.Services[Guid.Parse("78667579-7b48-43db-b8c5-7928a6b0a335")]["tx"]);
            Assert.Equal(Guid.Parse("00002a19-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000180f-0000-1000-8000-00805f9b34fb")]["rxblebattery"]);
        }
    }

    [Fact]
    public void Known_models_carry_their_reference_names_and_ranges()
    {
        var v1 = Protocols.Single(p => p.Name == "magic-motion-1");
        Assert.Equal("MagicMotion Fugu", v1.Resolve("Fugu2").Name);
        Assert.Contains(OutputType.Oscillate, v1.Resolve("Xone").Features[0].Output!.Keys);
        Assert.Equal(new ValueRange(0, 77), Protocols.Single(p => p.Name == "magic-motion-3").Resolve("Krush").Features[0].Output![OutputType.Vibrate].Value);
        Assert.Equal("MagicMotion Umi", Protocols.Single(p => p.Name == "magic-motion-4").Resolve("umi").Name);
    }

    /// <summary>Every model's handler drives each of its outputs at full range and stops them all.</summary>
    [Fact]
    public void Every_model_translates_each_output_and_stops()
    {
        foreach (var protocol in MagicMotionProtocol.All())
        {
            var identifiers = protocol.Definition.Configurations.SelectMany(c => c.Identifier).Cast<string?>().Append(null);
            foreach (var identifier in identifiers)
            {
                var model = protocol.Definition.Resolve(identifier);
                var handler = protocol.CreateHandler(new ProtocolDevice(MemoryHardware.Create(identifier ?? "unknown"), model, NullLogger.Instance));
                foreach (var feature in model.Features.Where(f => f.Output is not null))
                {
                    var (type, output) = Assert.Single(feature.Output!);
                    var write = Assert.IsType<Sdk.Hardware.HardwareWrite>(Assert.Single(handler.HandleOutputs([new OutputCommand(feature.Index, type, output.Value.Max)])));
                    Assert.Contains((byte)output.Value.Max, write.Data);
                }
                Assert.Single(handler.HandleStop().Select(c => c.Endpoint).Distinct());
            }
        }
    }
}
