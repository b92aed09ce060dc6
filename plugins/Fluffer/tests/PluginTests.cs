using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Fluffer.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new FlufferPlugin().Configure(builder);
        Assert.Equal(["fluffer"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
