using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Kiiroo.Tests;

/// <summary>Every model of every protocol connects, takes every output at both ends of its range, and stops.</summary>
public class ModelSweepTests
{
    public static TheoryData<string, string> Models()
    {
        var data = new TheoryData<string, string>();
        foreach (var protocol in RegisteredProtocols())
            foreach (var identifier in protocol.Definition.Configurations.SelectMany(c => c.Identifier))
                data.Add(protocol.Name, identifier);
        return data;
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Model_handles_its_whole_range_and_stops(string protocolName, string identifier)
    {
        var protocol = RegisteredProtocols().Single(p => p.Name == protocolName);
        var device = await ProtocolTestDevice.ConnectAsync(protocol, identifier);
        Assert.True(device.Model.IsKnownModel);
        foreach (var output in device.OutputRangeEnds())
        {
            var commands = device.Handler.HandleOutputs([output]);
            // Only the first Onyx may defer a timed move to its timer.
            if (protocolName != "kiiroo-v1" || output.Type != OutputType.HwPositionWithDuration)
                Assert.NotEmpty(commands);
            Assert.All(commands, c => Assert.Contains(c.Endpoint, device.Hardware.Endpoints));
        }
        Assert.All(device.Handler.HandleStop(), c => Assert.Equal(Endpoints.Tx, c.Endpoint));
        await device.Handler.DisposeAsync();
    }

    private static IReadOnlyList<IProtocol> RegisteredProtocols() => RecordingPluginBuilder.ProtocolsOf(new KiirooPlugin());
}
