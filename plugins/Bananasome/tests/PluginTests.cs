using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Bananasome.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new BananasomePlugin().Configure(builder);
        Assert.Equal(["bananasome"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
