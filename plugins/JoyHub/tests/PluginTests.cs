using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.JoyHub.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_joyhub_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new JoyHubPlugin().Configure(builder);
        Assert.Equal(["joyhub"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
