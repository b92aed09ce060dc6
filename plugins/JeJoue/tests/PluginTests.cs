using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.JeJoue.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new JeJouePlugin().Configure(builder);
        Assert.Equal(["jejoue"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
