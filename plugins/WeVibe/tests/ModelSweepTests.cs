using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.WeVibe.Tests;

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
            var write = Assert.IsType<HardwareWrite>(Assert.Single(commands));
            Assert.Equal(Endpoints.Tx, write.Endpoint);
            Assert.Equal(8, write.Data.Length);
        }
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, [0x0f, 0, 0, 0, 0, 0, 0, 0], withResponse: true)], device.Handler.HandleStop());
        await device.Handler.DisposeAsync();
    }

    private static IReadOnlyList<IProtocol> RegisteredProtocols() => RecordingPluginBuilder.ProtocolsOf(new WeVibePlugin());
}
